# Async comprehensions (PEP 530): async for and await in list, set, dict
# comprehensions and generator expressions.
import asyncio


async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


class Ticker:
    """A hand-written async iterator (no async generator)."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    print([x async for x in arange(5)])
    print([x async for x in arange(10) if x % 3 == 0])
    print({x % 3 async for x in arange(10)})
    print({x: x * x async for x in arange(4)})
    print([await double(x) async for x in arange(3)])
    print([await double(x) for x in range(3)])
    print([(x, y) async for x in arange(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in arange(x)])
    print([[y async for y in arange(x)] async for x in arange(4)])
    print([x async for x in Ticker(3)])
    gen = (x * 10 async for x in arange(4))
    print(type(gen).__name__)
    print([y async for y in gen])
    gen2 = (await double(x) for x in [5, 6])
    print(type(gen2).__name__, [v async for v in gen2])
    print(sum([x async for x in arange(101)]))
    results = await asyncio.gather(*[first_n(k) for k in range(4)])
    print(results)
    try:
        print([x async for x in range(3)])
    except TypeError as e:
        print("TypeError:", e)


async def first_n(k):
    return [x async for x in arange(k)]


asyncio.run(main())

for src in [
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return (x async for x in y)\n",
    "async def f():\n    return {x: 1 async for x in y}\n",
]:
    try:
        compile(src, "<src>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
