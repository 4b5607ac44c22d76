# Cells and free variables read inside compiled loops (comprehensions over
# an enclosing variable), rebound by an inner function between and during
# loops, of changing kinds, and unbound.


def partition(a, pivot):
    lo = [x for x in a if x < pivot]
    hi = [x for x in a if x >= pivot]
    return len(lo), len(hi)


def counter():
    step = 1

    def bump(k):
        nonlocal step
        step = k

    def run(n):
        t = 0
        for i in range(n):
            t += step
            if i == n // 2:
                bump(2.5)
        return t

    return bump, run


def unbound():
    def inner(n):
        t = 0
        for i in range(n):
            if i == 250:
                t += later
            t += i
        return t

    r = []
    try:
        r.append(inner(300))
    except NameError as e:
        r.append(str(e))
    later = 7
    r.append(inner(300))
    return r


print(partition(list(range(1000)), 300), partition([0.5 * i for i in range(600)], 10.0))
bump, run = counter()
print(run(400))
bump(3)
print(run(10), run(301))
print(unbound())
