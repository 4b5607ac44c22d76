# __enter__/__exit__ context managers
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name} exc={kind} msg={exc}")
        return self.suppress


with Tracker("a") as t:
    print("body, got", t.name)

with Tracker("s", suppress=True):
    print("raising inside")
    raise ValueError("boom")
print("after suppressed")

try:
    with Tracker("ns"):
        raise KeyError("k")
except KeyError as e:
    print("propagated KeyError", e)

with Tracker("x") as x, Tracker("y") as y:
    print("two items", x.name, y.name)

try:
    with Tracker("outer"), Tracker("inner", suppress=True):
        1 / 0
    print("inner suppressed, continuing")
    with Tracker("o2", suppress=True), Tracker("i2"):
        [][1]
    print("outer suppressed")
except Exception as e:
    print("unexpected", e)


class Resource:
    log = []

    def __init__(self, n):
        self.n = n

    def __enter__(self):
        Resource.log.append("open" + str(self.n))
        return self.n * 100

    def __exit__(self, *args):
        Resource.log.append("close" + str(self.n))
        return False


def use():
    with Resource(1) as r1:
        with Resource(2) as r2:
            return r1 + r2


print("return through with", use(), Resource.log)


def loop_with():
    out = []
    for i in range(4):
        with Tracker(f"loop{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out


print("loop with", loop_with())


class Timer:
    def __enter__(self):
        self.entered = True
        return "value-from-enter"

    def __exit__(self, t, v, tb):
        self.exited = True


tm = Timer()
with tm as val:
    print("as binds __enter__ result", val)
print("flags", tm.entered, tm.exited)


class ExitInspect:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit args:", t is None, v is None, tb is None)
        if t is not None:
            print("exc isinstance", isinstance(v, t), v.args)
        return True


with ExitInspect():
    pass
with ExitInspect():
    raise RuntimeError("x", 2)


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *a):
        self.level -= 1

    def say(self, s):
        print("  " * self.level + s)


with Indenter() as ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("back to one")
