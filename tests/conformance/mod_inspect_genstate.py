# inspect.getgeneratorstate and getcoroutinestate through a generator's life.
import inspect


def counter(n):
    for i in range(n):
        print('  inside:', inspect.getgeneratorstate(g))
        yield i


g = counter(2)
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(list(g), inspect.getgeneratorstate(g))
h = counter(5)
next(h)
h.close()
print(inspect.getgeneratorstate(h), inspect.getgeneratorstate(counter(1)))
e = (x for x in [])
print(inspect.getgeneratorstate(e), list(e), inspect.getgeneratorstate(e))


async def work():
    return 42


c = work()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as stop:
    print('result', stop.value, inspect.getcoroutinestate(c))
for bad, fn in [(3, inspect.getgeneratorstate), (g, inspect.getcoroutinestate), (work, inspect.getcoroutinestate)]:
    try:
        fn(bad)
    except AttributeError as err:
        print(type(err).__name__, err)
print(inspect.GEN_CREATED, inspect.CORO_CLOSED)
