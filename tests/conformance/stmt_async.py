# async def / await / async for / async with, driven by hand (no event loop).


async def add(a, b):
    return a + b


async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(drive(chain()))
c = add(1, 1)
print(type(c).__name__)
c.close()


class Ticket:
    """An awaitable whose __await__ is a generator (as Futures are)."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield ("waiting", self.value)
        return got * 2


async def uses_ticket():
    a = await Ticket(5)
    b = await Ticket(6)
    return a + b


co = uses_ticket()
print(co.send(None))
print(co.send(100))
try:
    co.send(7)
except StopIteration as e:
    print("done", e.value)


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        return self

    async def __aexit__(self, typ, exc, tb):
        self.log.append(f"exit {self.name} {typ.__name__ if typ else None}")
        return typ is KeyError


async def iterate():
    log = []
    total = 0
    async for v in Counter(4):
        if v == 3:
            continue
        total += v
    else:
        log.append("loop finished")
    async for v in Counter(10):
        if v > 2:
            break
        log.append(v)
    async with Resource("a", log) as r:
        log.append("inside " + r.name)
    async with Resource("b", log), Resource("c", log):
        raise KeyError("suppressed")
    try:
        async with Resource("d", log):
            raise ValueError("escapes")
    except ValueError as e:
        log.append("caught " + str(e))
    for i in range(3):
        async with Resource(str(i), log):
            if i == 1:
                break
    return total, log


total, log = drive(iterate())
print(total)
for line in log:
    print(line)


async def returns_early(log):
    async with Resource("ret", log):
        return "early"


log = []
print(drive(returns_early(log)), log)


async def fails():
    raise RuntimeError("boom")


try:
    drive(fails())
except RuntimeError as e:
    print("RuntimeError:", e)


async def await_bad():
    await 3


try:
    drive(await_bad())
except TypeError as e:
    print("TypeError:", e)


async def for_bad():
    async for x in [1, 2]:
        pass


try:
    drive(for_bad())
except TypeError as e:
    print("TypeError:", e)


async def with_bad():
    async with len:
        pass


try:
    drive(with_bad())
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)


async def thrower():
    try:
        await Ticket(1)
    except ValueError as e:
        return "handled " + str(e)


t = thrower()
t.send(None)
try:
    t.throw(ValueError("inner"))
except StopIteration as e:
    print(e.value)

for src in ["await x", "def f():\n    await x", "def f():\n    async for x in y: pass",
            "def f():\n    async with x: pass", "async def f():\n    yield from x"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
