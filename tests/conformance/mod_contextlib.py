# contextlib: contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import contextlib
import io

log = []

@contextmanager
def tag(name):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")

with tag("b") as t:
    log.append(t)
print(log)

log.clear()
try:
    with tag("i"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e, log)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@tag("deco")
def decorated(x):
    log.append("body %d" % x)
    return x * 2

log.clear()
print(decorated(5), log)
print(decorated(6), log)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

class Resource:
    def close(self):
        print("closed")

with closing(Resource()) as r:
    print("using", type(r).__name__)

with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

with ExitStack() as stack:
    for n in ("x", "y", "z"):
        print("entered", stack.enter_context(tag(n)))
    stack.callback(print, "callback ran")
print(log[-3:])

def fails():
    raise OSError("cleanup")

try:
    with ExitStack() as stack:
        stack.callback(fails)
        stack.callback(print, "first callback")
except OSError as e:
    print("OSError:", e)

with ExitStack() as outer:
    outer.callback(print, "moved callback")
    moved = outer.pop_all()
print("outer closed")
moved.close()

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", 2)
print(repr(buf.getvalue()))

class Suppressor(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return True

with Suppressor() as s:
    raise RuntimeError("gone")
print("Suppressor is itself:", isinstance(s, Suppressor))
