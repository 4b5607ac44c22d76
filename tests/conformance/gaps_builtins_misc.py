"""The module docstring is __doc__."""
# sys.hash_info, the standard streams' small methods, chr/pow argument
# errors, int(bytearray), type(None)().
import sys


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.width)
print(hash(float("inf")) == sys.hash_info.inf, hash(2**61 - 1), hash(-1), hash(1j) == sys.hash_info.imag)
print(sys.stdout.isatty(), sys.stdout.writable(), sys.stdout.readable(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.encoding, sys.stdout.name, sys.stderr.name)
sys.stdout.writelines(["one ", "two\n"])
n = sys.stdout.write("written\n")
print(n)
attempt("chr str", lambda: chr("a"))
attempt("chr float", lambda: chr(1.5))
attempt("chr big", lambda: chr(2**40))
attempt("chr huge", lambda: chr(2**70))
attempt("chr neg", lambda: chr(-1))
attempt("chr over", lambda: chr(0x110000))
attempt("chr ok", lambda: chr(0x1F600))
attempt("pow none", lambda: pow())
attempt("pow one", lambda: pow(2))
attempt("pow kw", lambda: pow(base=2, exp=5, mod=7))
attempt("int bytearray", lambda: int(bytearray(b"-17")))
attempt("int bytearray base", lambda: int(bytearray(b"ff"), 16) if False else "skipped")
attempt("NoneType()", lambda: type(None)())
attempt("ellipsis()", lambda: type(Ellipsis)())


# A script's namespace, as CPython starts it.
print(__doc__, __name__, __file__.endswith("gaps_builtins_misc.py"), __package__, __spec__, __cached__)
print([n for n in sorted(dir()) if n.startswith("__")])
ns = {}
exec('"""exec doc"""\nvalue = 1', ns)
print(ns["__doc__"], ns["value"])


class NotIterable:
    pass


attempt("list *", lambda: [*NotIterable()])
attempt("call *", lambda: print(*NotIterable()))
attempt("call 1, *", lambda: print(1, *NotIterable()))
attempt("unpack", lambda: [a for a, b in [NotIterable()]])

# Argument errors of builtins, worded as CPython words them.
for label, fn in [
    ("getattr name", lambda: getattr(1, 2)),
    ("setattr name", lambda: setattr(1, 2, 3)),
    ("hasattr name", lambda: hasattr(1, 2)),
    ("delattr name", lambda: delattr(1, 2)),
    ("isinstance arg 2", lambda: isinstance(1, [int])),
    ("issubclass arg 2", lambda: issubclass(int, [int])),
    ("iter callable", lambda: iter(1, 2)),
    ("enumerate none", lambda: enumerate()),
    ("reversed none", lambda: reversed()),
    ("sum none", lambda: sum()),
    ("sum three", lambda: sum([], 1, 2)),
    ("ord empty bytes", lambda: ord(b"")),
    ("ord two bytes", lambda: ord(b"ab")),
    ("ord int", lambda: ord(1)),
    ("locals arg", lambda: locals(1)),
    ("pow four", lambda: pow(1, 2, 3, 4)),
    ("super int", lambda: super(1)),
    ("object.__new__ int", lambda: object.__new__(1)),
]:
    attempt(label, fn)

# % formatting with a mapping leaves no positional values.
for fmt, a in [("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%(a)s %(b)d", {"a": 1, "b": 2}), ("%(a)*d", {"a": 1})]:
    attempt(fmt, lambda: fmt % a)

# In __main__, __builtins__ is the builtins module.
import builtins

print(type(__builtins__).__name__, __builtins__.len("ab"), "print" in dir(__builtins__), __builtins__.__name__)
print(vars(__builtins__) is vars(builtins), repr(__builtins__), globals()["__builtins__"] is __builtins__)
