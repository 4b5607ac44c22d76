# Errors raised where a guard of a compiled loop fails: the interpreter
# redoes the instruction and raises with the right line and state.
import traceback


def walk(a, steps):
    i = 0
    t = 0
    while i < steps:
        t += a[i]
        a[i] = t
        i += 1
    return t


def neg(a):
    t = 0
    for i in range(0, 1000):
        t += a[-i - 1]
    return t


def store(a):
    for i in range(1000):
        a[i] = i * 2
    return a


def roots(xs):
    t = 0.0
    for i in range(len(xs)):
        t = t + xs[i] ** 0.5
    return t


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def overwrite(a):
    for i in range(len(a)):
        a[i] = i
    return len(a)


def last(tb):
    while tb.tb_next:
        tb = tb.tb_next
    return tb.tb_lineno


for f, arg in ((walk, ([1] * 400, 401)), (neg, (list(range(600)),)), (store, ([0] * 700,)),
               (roots, ([4.0] * 300 + [-1.0],))):
    try:
        r = f(*arg)
        print(f.__name__, "returned", r)
    except (IndexError, ValueError) as e:
        print(f.__name__, type(e).__name__, e, "line", last(e.__traceback__))
        print([line.split(', ', 1)[1] for line in traceback.format_exc().splitlines() if line.strip().startswith('File')])

w = [1] * 400
try:
    walk(w, 500)
except IndexError:
    print("state after the error", w[0], w[1], w[399], w[-1])
print(roots([16.0] * 500), roots([0.0] * 300 + [1e300]))
items = [1] * 300 + [D(1), 2, D(2)] + [3] * 10
print(overwrite(items))
print("end", items[300:303])
