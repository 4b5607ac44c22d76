# generator finalization with try/finally; infinite generators with break
log = []


def resource(name):
    log.append("open " + name)
    try:
        for i in range(100):
            yield f"{name}{i}"
    finally:
        log.append("close " + name)


g = resource("r")
for item in g:
    if item == "r2":
        break
print("log after break (not yet closed)", log)
g.close()
print("log after explicit close", log)

log.clear()


def consume_with_close():
    gen = resource("s")
    try:
        return [next(gen), next(gen)]
    finally:
        gen.close()


print("consumed", consume_with_close(), log)

log.clear()
print("full consumption", list(resource("f"))[-1], log)


def naturals():
    n = 0
    while True:
        yield n
        n += 1


total = 0
for n in naturals():
    if n > 1000:
        break
    total += n
print("sum 0..1000", total)

evens = (n for n in naturals() if n % 2 == 0)
print("first evens", [next(evens) for _ in range(5)])


def cycle(seq):
    while True:
        for s in seq:
            yield s


cyc = cycle("abc")
print("cycle", "".join(next(cyc) for _ in range(8)))


def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


print("take_while", list(take_while(lambda x: x * x < 50, naturals())))


def finally_order():
    try:
        yield "a"
        yield "b"
    finally:
        print("  finally_order cleanup")


for x in finally_order():
    print("  got", x)
print("after loop")


def with_except():
    try:
        yield 1
        raise ValueError("inside gen")
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        yield "finally yield"


print("except/finally gen", list(with_except()))


def gen_exc():
    yield 1
    raise KeyError("gen-key")


try:
    for v in gen_exc():
        print("  gen_exc yielded", v)
except KeyError as e:
    print("KeyError escaped generator", e)


def counter_gen():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("  counter_gen finalized at", i)


cg = counter_gen()
for _ in range(3):
    next(cg)
cg.close()
cg.close()
print("double close ok")


def stop_in_gen():
    yield 1
    return
    yield 2


print("return stops", list(stop_in_gen()))


def raise_stop():
    yield 1
    raise StopIteration


try:
    list(raise_stop())
except RuntimeError as e:
    print("RuntimeError", e)
