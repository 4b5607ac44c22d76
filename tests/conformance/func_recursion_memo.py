# Memoized recursion, recursion over nested data, recursion limits handled
memo = {}


def fib(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result


print("fib 100", fib(100))
print("fib table", [fib(i) for i in range(0, 50, 7)])

calls = 0


def fib_naive(n):
    global calls
    calls += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


print("naive fib 20", fib_naive(20), "calls", calls)


def count_change(amount, coins):
    cache = {}

    def go(a, i):
        if a == 0:
            return 1
        if a < 0 or i == len(coins):
            return 0
        key = (a, i)
        if key not in cache:
            cache[key] = go(a - coins[i], i) + go(a, i + 1)
        return cache[key]

    return go(amount, 0)


print("count change", count_change(100, [50, 25, 10, 5, 1]), count_change(10, [2, 3]))


def nested_sum(data):
    if isinstance(data, (int, float)):
        return data
    if isinstance(data, dict):
        return sum(nested_sum(v) for v in data.values())
    if isinstance(data, (list, tuple)):
        return sum(nested_sum(v) for v in data)
    return 0


tree = {"a": [1, 2, {"b": 3, "c": (4, 5)}], "d": {"e": {"f": 6}}, "g": "ignored"}
print("nested sum", nested_sum(tree))


def render(data, indent=0):
    pad = "  " * indent
    if isinstance(data, dict):
        for k, v in data.items():
            if isinstance(v, (dict, list)):
                print(f"{pad}{k}:")
                render(v, indent + 1)
            else:
                print(f"{pad}{k}: {v!r}")
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, (dict, list)):
                print(f"{pad}-")
                render(item, indent + 1)
            else:
                print(f"{pad}- {item!r}")


render({"name": "demo", "tags": ["x", "y"], "meta": {"ok": True, "nums": [1, {"deep": None}]}})


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print("recursive gcd", gcd(1071, 462), gcd(2 ** 30, 3 ** 10))


def flatten_dict(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten_dict(v, key))
        else:
            out[key] = v
    return out


print("flatten dict", flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": {}}))


def runaway(n):
    return runaway(n + 1) + 1


for attempt in range(2):
    try:
        runaway(0)
    except RecursionError as e:
        print("attempt", attempt, "caught", type(e).__name__)
print("still works after", fib(30))
