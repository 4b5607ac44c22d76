# Errors a call's *args / **kwargs raise name the function; exception
# attributes the VM fills in; exit()/quit(); type(None)().


def star(*args, **kwargs):
    return args, kwargs


class Box:
    def method(self, *a, **k):
        return a, k


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("dup after **", lambda: star(**{"a": 1}, a=2))
attempt("dup before **", lambda: star(a=2, **{"a": 1}))
attempt("dup two **", lambda: star(**{"a": 1}, **{"a": 2}))
attempt("** list", lambda: star(**[1]))
attempt("* int", lambda: star(*1))
attempt("* None", lambda: star(1, *None))
attempt("dict dup", lambda: dict(**{"a": 1}, a=2))
attempt("method dup", lambda: Box().method(**{"k": 1}, k=2))
attempt("class ** int", lambda: Box(**5))
attempt("mixed ok", lambda: star(1, *[2], 3, **{"x": 1}, y=2, **{"z": 3}))
attempt("list * ok", lambda: [*range(2), *"ab"])
attempt("list * bad", lambda: [*5])
attempt("dict ** bad", lambda: {**[1]})
attempt("gen arg", lambda: eval("star(x for x in 'ab', 1)"))
attempt("gen sole", lambda: list(star(x for x in "ab")[0][0]))
attempt("gen paren", lambda: star((x for x in "ab"), 1)[0][1])

# NameError / AttributeError / ImportError name
try:
    undefined_thing
except NameError as e:
    print("NameError.name", e.name)
try:
    (1).no_such_attr
except AttributeError as e:
    print("AttributeError.name", e.name)
print("NameError('x').name", NameError("x").name)
try:
    import no_such_module_here
except ImportError as e:
    print("ImportError.name", type(e).__name__, e.name, e.path)

# Unicode errors
try:
    b"ab\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("decode", e.encoding, e.start, e.end, e.reason)
try:
    "a\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print("encode", e.encoding, e.start, e.end, e.reason)

# Fields assigned on exceptions
e = ValueError("a")
e.args = ("b", 2)
print(e.args, str(e), repr(e))
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = None
print(e.__context__)
e.note_like = "custom"
print(e.note_like)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError", err)

# OSError picks its subclass from errno
for errno in (2, 13, 17, 21, 99):
    err = OSError(errno, "message")
    print(errno, type(err).__name__, err, err.errno, err.strerror)

# SyntaxError with details
se = SyntaxError("bad thing", ("file.py", 3, 4, "x = (", 3, 5))
print(str(se), se.msg, se.filename, se.lineno, se.offset, se.text)
print(str(SyntaxError("plain")))

# exit / quit raise SystemExit
for f in (exit, quit):
    try:
        f(3)
    except SystemExit as ex:
        print("SystemExit", ex.code)

print(type(None)(), type(...)(), type(NotImplemented)())
print(300 in b"abc" if False else "", 97 in b"abc", True in b"\x01")
try:
    300 in b"abc"
except ValueError as ex:
    print("ValueError", ex)
try:
    "a" in b"abc"
except TypeError as ex:
    print("TypeError", ex)
print(int(bytearray(b" 42 ")), repr(object())[:15])
print(compile("1", "<s>", "eval").co_filename, star.__code__.co_firstlineno, star.__code__.co_qualname)
print(repr(compile("1", "<s>", "eval")).startswith("<code object <module> at 0x"))
