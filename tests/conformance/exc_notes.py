import sys
import traceback
import re


def show(lines):
    print(re.sub(r'File "[^"]*"', 'File "F"', "".join(lines)), end="")

e = ValueError("x")
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = TypeError("t")
print(repr(e.__context__))
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
for bad in ("__cause__", "__context__", "__traceback__"):
    try:
        setattr(e, bad, 5)
    except TypeError as err:
        print("TypeError:", err)
e.args = [1, 2]
print(e.args)
print("__notes__" in dir(e), hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print("TypeError:", err)
e2 = RuntimeError("r")
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as err:
    print("TypeError:", err)


def fail():
    try:
        raise ValueError("inner")
    except ValueError as exc:
        exc.add_note("added while handling")
        raise


try:
    fail()
except ValueError as exc:
    print(exc.__notes__)
    lines = traceback.format_exception(exc)
    show(lines)
    print(traceback.format_exception_only(type(exc), exc))

try:
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as z:
        z.add_note("a note on the cause")
        raise KeyError("outer") from z
except KeyError as k:
    k.add_note("outer note")
    show(traceback.format_exception(k))

# __traceback__ reset and copy
try:
    raise ValueError("tb")
except ValueError as v:
    tb = v.__traceback__
    print(tb.tb_lineno)
    v.__traceback__ = None
    print(v.__traceback__)
    w = TypeError("w").with_traceback(tb)
    print(w.__traceback__.tb_lineno)
    show(traceback.format_exception(w))
    v2 = ValueError("v2")
    v2.__traceback__ = tb
    print(v2.__traceback__.tb_lineno)

# suppress_context hides the context
try:
    try:
        raise OSError("first")
    except OSError:
        err = ValueError("second")
        err.__suppress_context__ = True
        raise err
except ValueError as x:
    print(repr(x.__context__), x.__suppress_context__)
    show(traceback.format_exception(x))

class MyErr(Exception):
    pass

m = MyErr("m")
m.add_note("note on subclass")
print(m.__notes__, m.__dict__)
print("".join(traceback.format_exception_only(MyErr, m)), end="")
