# How exception groups are reported (traceback.format_exception), as CPython 3.11 draws them.
import re
import sys
import traceback


def show(e, **kw):
    text = "".join(traceback.format_exception(e, **kw))
    print(re.sub(r'File "[^"]*"', 'File "F"', text), end="")


def raiser(e):
    raise e


def caught(e):
    try:
        raiser(e)
    except BaseException as x:
        return x


wide = caught(ExceptionGroup("wide", [ValueError(i) for i in range(18)]))
show(wide)
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
show(caught(deep))

try:
    raise KeyError("cause")
except KeyError as k:
    member = caught(ValueError("member with a cause"))
    member.__cause__ = k
inner = ExceptionGroup("inner", [TypeError("t"), caught(OSError("os"))])
g = ExceptionGroup("mixed", [member, inner, caught(RuntimeError("r"))])
g.add_note("note on the group")
g.add_note("second note")
inner.exceptions[0].add_note("note on a member")
show(caught(g))
show(g, chain=False)
print(traceback.format_exception_only(type(g), g))
print("".join(traceback.format_exception_only(ExceptionGroup, ExceptionGroup("x", [ValueError()]))), end="")
traceback.print_exception(ExceptionGroup("printed", [ValueError(1)]), file=sys.stdout)
print("unraised:")
show(ExceptionGroup("never raised", [ValueError(1), ExceptionGroup("n", [TypeError(2)])]))
try:
    try:
        raise ExceptionGroup("ctx", [ValueError(1)])
    except ExceptionGroup:
        raise RuntimeError("while handling")
except RuntimeError as r:
    show(r)
