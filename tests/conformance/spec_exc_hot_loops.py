# Exceptions raised from inside specialized code: a hot loop whose
# operation starts failing (TypeError, KeyError, AttributeError, IndexError,
# ZeroDivisionError, OverflowError), the traceback's line numbers
# (tb_lineno, tb_next chain), exception chaining, and loops that resume.


def risky(values, d, objs):
    total = 0
    for i, v in enumerate(values):
        total += v
        total += d[i % 3]
        total += objs[i].n
    return total


class N:
    def __init__(self, n):
        self.n = n


vals = list(range(200))
objs = [N(i) for i in range(200)]
d = {0: 1, 1: 2, 2: 3}
print("warm", risky(vals, d, objs))


def report(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except Exception as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(type(e).__name__, e, "lines", lines)


report(risky, vals[:150] + ["x"], d, objs)
report(risky, vals, {0: 1, 1: 2}, objs)
del objs[120].n
report(risky, vals, d, objs)
objs[120].n = 0
report(risky, vals, d, objs[:100])
report(risky, vals, d, objs)


def divide_all(xs, ys):
    return [x // y for x, y in zip(xs, ys)]


report(divide_all, list(range(100)), [1] * 50 + [0] + [1] * 49)
report(divide_all, list(range(100)), [2] * 100)


def convert(xs):
    out = []
    for x in xs:
        out.append(int(x))
    return out


report(convert, ["1"] * 100 + ["x"])
report(convert, [1.5] * 100 + [float("inf")])
report(convert, [1.5] * 100 + [float("nan")])


def nested_raise(depth):
    if depth == 0:
        raise LookupError("bottom")
    return nested_raise(depth - 1)


for i in range(50):
    try:
        nested_raise(3)
    except LookupError:
        pass
report(nested_raise, 3)


# chaining inside hot loops
def chained(n):
    for i in range(n):
        try:
            {}[i]
        except KeyError as e:
            if i == n - 1:
                raise ValueError("wrapped %d" % i) from e
    return "done"


report(chained, 100)
try:
    chained(100)
except ValueError as e:
    print("cause", repr(e.__cause__), "context is cause", e.__context__ is e.__cause__, e.__suppress_context__)


def implicit(n):
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            if i == n - 1:
                raise TypeError("during handling")
    return "none"


try:
    implicit(100)
except TypeError as e:
    print("context", repr(e.__context__), e.__cause__, e.__suppress_context__)

# a loop that catches, counts and continues, with the error type changing
errors = {}
items = [1, "a", None, [1], 0, 2.5, {}, (1,)] * 30
for it in items:
    try:
        r = 10 / it + it[0]
    except Exception as e:
        key = type(e).__name__
        errors[key] = errors.get(key, 0) + 1
print("error counts", sorted(errors.items()))

# finally blocks and else clauses inside hot loops
trace = []
for i in range(200):
    try:
        if i % 50 == 0:
            raise RuntimeError(i)
    except RuntimeError as e:
        trace.append(("caught", e.args[0]))
    else:
        if i % 50 == 1:
            trace.append(("else", i))
    finally:
        if i % 50 == 2:
            trace.append(("finally", i))
print("trace", trace)


def early_return():
    for i in range(1000):
        try:
            if i == 100:
                return i
        finally:
            if i == 100:
                print("finally before return", i)


print("returned", early_return())
