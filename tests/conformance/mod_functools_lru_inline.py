# lru_cache calls run a miss of a Python function as an inline frame: hits,
# misses, eviction, exceptions (not cached), keywords, maxsize=0, generators,
# memoized recursion and calls that do not come from CALL (map).
import functools, sys
@functools.lru_cache(None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(400) % 1000000007, fib.cache_info())
@functools.lru_cache(maxsize=3)
def sq(x):
    print("miss", x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(v)
print(sq.cache_info())
@functools.lru_cache(None)
def boom(n):
    if n == 3:
        raise ValueError(n)
    return n
for n in [1, 3, 3, 1]:
    try:
        print(boom(n))
    except ValueError as e:
        print("error", e)
print(boom.cache_info())
@functools.cache
def kw(a, *, b=2):
    return a * b
print(kw(3), kw(3, b=5), kw(3), kw.cache_info())
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x + 1
print(nocache(1), nocache(1), nocache.cache_info())
@functools.lru_cache
def gen(n):
    yield from range(n)
print(list(gen(3)), list(gen(3)), gen.cache_info())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
@functools.lru_cache(None)
def memo(n):
    return 0 if n == 0 else 1 + memo(n - 1)
print(memo(300))
try:
    memo(10**6)
except RecursionError as e:
    print("RecursionError")
print(list(map(memo, [1, 2, 3])))
