# generator send(), throw(), close()
def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
                print("  echo received", v)
            except ValueError as e:
                print("  echo caught ValueError", e)
                received.append("ERR")
    finally:
        print("  echo finally, received:", received)


g = echo()
print("prime", next(g))
print("send a ->", g.send("a"))
print("send b ->", g.send("b"))
print("throw ->", g.throw(ValueError("bad")))
print("send c ->", g.send("c"))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print("TypeError", e)


def simple():
    yield 1
    yield 2


s = simple()
print("first", next(s))
try:
    s.throw(KeyError("kk"))
except KeyError as e:
    print("throw propagated KeyError", e)
print("after throw exhausted", next(s, "exhausted"))


def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


ra = running_avg()
next(ra)
for v in [10, 20, 30, 40]:
    print("avg after", v, ra.send(v))


def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise


c = closer()
next(c)
c.close()
print("close on started gen done")
c2 = closer()
c2.close()
print("close on unstarted gen: no GeneratorExit printed")


def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


bc = bad_closer()
next(bc)
try:
    bc.close()
except RuntimeError as e:
    print("RuntimeError", e)


def throw_return():
    try:
        yield 1
    except IndexError:
        return "handled"


tr = throw_return()
next(tr)
try:
    tr.throw(IndexError)
except StopIteration as e:
    print("throw leading to return", e.value)


def delegator():
    try:
        yield from echo()
    except Exception as e:
        print("  delegator saw", type(e).__name__)


d = delegator()
next(d)
d.send("via delegator")
d.throw(ValueError("delegated throw"))
d.close()
print("delegator closed")


def state_machine():
    state = "idle"
    while True:
        cmd = yield state
        if state == "idle" and cmd == "start":
            state = "running"
        elif state == "running" and cmd == "pause":
            state = "paused"
        elif state == "paused" and cmd == "start":
            state = "running"
        elif cmd == "stop":
            state = "idle"


sm = state_machine()
print("sm", next(sm), [sm.send(c) for c in ["start", "pause", "bogus", "start", "stop"]])
