# Async generators (PEP 525): the protocol, await inside, async for,
# asend/athrow/aclose, exceptions in and out, finally blocks.
import asyncio


async def countdown(n, log):
    try:
        while n > 0:
            await asyncio.sleep(0)
            yield n
            n -= 1
    except GeneratorExit:
        log.append("exit")
        raise
    finally:
        await asyncio.sleep(0)
        log.append("finally")


async def echo():
    received = yield "ready"
    while True:
        try:
            received = yield f"echo {received}"
        except ValueError as e:
            print("  echo caught", e)
            received = yield "recovered"


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def leaks_stop_iteration():
    yield 1
    raise StopIteration


async def fails_after(n):
    for i in range(n):
        yield i
    raise KeyError("boom")


async def protocol():
    log = []
    g = countdown(3, log)
    print(type(g).__name__, g.__aiter__() is g)
    print(repr(g).split(" at ")[0])
    print(type(g.__anext__()).__name__, type(g.aclose()).__name__)
    print(await g.__anext__(), await g.asend(None), await anext(aiter(g)))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration", log)
    try:
        for _ in countdown(1, log):
            pass
    except TypeError as e:
        print("TypeError:", e)
    aw = countdown(2, []).__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)


async def sending():
    e = echo()
    print(await e.asend(None))
    for v in [1, "two", (3,)]:
        print(await e.asend(v))
    print(await e.athrow(ValueError("bad value")))
    print(await e.asend(4))
    await e.aclose()
    try:
        await e.asend(5)
    except StopAsyncIteration:
        print("closed echo is exhausted")
    fresh = echo()
    try:
        await fresh.asend(1)
    except TypeError as e:
        print("TypeError:", e)


async def closing():
    log = []
    g = countdown(10, log)
    async for v in g:
        if v == 8:
            break
    print("after break", log)
    await g.aclose()
    print("after aclose", log)
    await g.aclose()
    print("second aclose is a no-op", log)
    never = countdown(3, log)
    await never.aclose()
    print("unstarted aclose", log)
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


async def exceptions():
    log = []
    g = countdown(3, log)
    await g.__anext__()
    try:
        await g.athrow(KeyError("thrown"))
    except KeyError as e:
        print("KeyError came back out:", e, log)
    g2 = countdown(3, [])
    try:
        await g2.athrow(ValueError("before start"))
    except ValueError as e:
        print("ValueError:", e)
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("exhausted after throw")
    got = []
    try:
        async for x in fails_after(3):
            got.append(x)
    except KeyError as e:
        print("KeyError:", e, got)
    try:
        async for x in leaks_stop_iteration():
            print("item", x)
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)


async def ticks(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"


async def collect(name, n, delay):
    out = []
    async for t in ticks(name, n, delay):
        out.append(t)
    return out


async def with_gather():
    results = await asyncio.gather(collect("a", 3, 0.001), collect("b", 2, 0), collect("c", 0, 0))
    print(results)
    total = 0
    async for v in countdown(4, []):
        total += v
    print("total", total)


async def main():
    for section in [protocol, sending, closing, exceptions, with_gather]:
        print(f"-- {section.__name__}")
        await section()


asyncio.run(main())

print("-- syntax")
for src in [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from [1]\n",
    "async def f():\n    yield\n    return\n",
]:
    try:
        compile(src, "<src>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)

import types

print("-- types")
print(types.AsyncGeneratorType.__name__, isinstance(echo(), types.AsyncGeneratorType))
