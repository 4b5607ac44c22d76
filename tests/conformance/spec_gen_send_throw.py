# Generators driven at hot sites (FOR_ITER_GEN, SEND_GEN): send() with
# values of changing types, throw() caught and uncaught, close() running
# finally blocks, yield from delegating send/throw to subgenerators and to
# non-generator iterators, and generator functions rebound mid-run.


def accumulator():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            total = "reset by %s" % e
            continue
        if v is None:
            continue
        total = total + v if not isinstance(total, str) else v


def drive(g, values):
    out = []
    for v in values:
        out.append(g.send(v))
    return out


g = accumulator()
next(g)
for i in range(300):
    g.send(1)
print("warm", g.send(0))
print("ints", drive(g, [1, 2, 3]))
print("floats", drive(g, [0.5, 0.25]))
print("throw", g.throw(ValueError("boom")))
print("after reset", drive(g, ["s", "t"]))
print("str state takes any value", g.send(5), next(g))
g.throw(ValueError("again"))
print("after reset", g.send(7), g.send(None))
g.close()
print("closed", next(g, "exhausted"))


def with_finally(log):
    try:
        for i in range(1000):
            yield i
    finally:
        log.append("finally ran")


log = []
gf = with_finally(log)
for x in gf:
    if x == 150:
        break
gf.close()
print("close", log, next(gf, "closed"))
log2 = []
gf2 = with_finally(log2)
next(gf2)
try:
    gf2.throw(KeyError("k"))
except KeyError as e:
    print("uncaught throw propagates", repr(e), log2)


def sub(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got


def delegator():
    result = yield from sub(3)
    yield ("sub returned", result)
    result2 = yield from iter(["a", "b"])
    yield ("iter returned", result2)


d = delegator()
print("yield from", next(d), d.send("s1"), d.send("s2"), d.send("s3"), next(d), next(d), next(d))


def catching_sub():
    while True:
        try:
            yield "sub waiting"
        except ZeroDivisionError:
            yield "sub caught ZeroDivisionError"


def outer():
    yield from catching_sub()


o = outer()
print("throw through yield from", next(o), o.throw(ZeroDivisionError), next(o))
try:
    o.throw(IndexError("not caught"))
except IndexError as e:
    print("IndexError escaped", e)

# the same for-loop site over generators of different functions
def squares(n):
    for i in range(n):
        yield i * i


def letters(n):
    yield from "abcdefghij"[:n]


def consume(gen):
    out = []
    for v in gen:
        out.append(v)
    return out


for i in range(100):
    consume(squares(5))
print("gens", consume(squares(4)), consume(letters(3)), consume(x for x in (1, 2)), consume(iter(range(2))))

# generator raising inside a hot loop
def flaky(n):
    for i in range(n):
        if i == 7:
            raise ValueError("flaky at 7")
        yield i


for attempt in range(3):
    seen = []
    try:
        for v in flaky(10):
            seen.append(v)
    except ValueError as e:
        print("attempt", attempt, seen[-1], e)

# StopIteration inside a generator becomes RuntimeError
def leaks():
    yield 1
    raise StopIteration("leak")


try:
    list(leaks())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# return values through StopIteration.value at a hot site
def ret(v):
    return v
    yield


vals = []
for i in range(100):
    try:
        next(ret(i))
    except StopIteration as e:
        vals.append(e.value)
print("StopIteration values", vals[:3], sum(vals))

# send on a just-started generator
try:
    accumulator().send(1)
except TypeError as e:
    print("TypeError", e)
gs = squares(3)
print("gi_running", gs.gi_running, next(gs), list(gs))
