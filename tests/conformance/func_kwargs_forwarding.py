# Argument forwarding, unpacking, introspection of call patterns
def describe(*args, **kwargs):
    parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
    return "call(" + ", ".join(parts) + ")"


print(describe())
print(describe(1, "two", three=3))
print(describe(*"ab", **{"x": None}))
print(describe(*[1, 2], 3, *(4,), k=5, **{"m": 6}, z=7))


def logged(fn):
    def wrapper(*args, **kwargs):
        print("  ->", fn.__name__, describe(*args, **kwargs))
        result = fn(*args, **kwargs)
        print("  <-", fn.__name__, repr(result))
        return result

    return wrapper


@logged
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"


area(3)
area(3, 4)
area(w=2, h=5, unit="cm")
area(*[6, 7], **{"unit": "km"})


def merge_options(defaults, /, **overrides):
    out = dict(defaults)
    out.update(overrides)
    return out


print("merge options", merge_options({"a": 1, "defaults": "x"}, defaults="ok", b=2))


def pos_only(a, b, /):
    return a - b


print("pos only", pos_only(10, 3), pos_only(*[3, 10]))
try:
    pos_only(a=1, b=2)
except TypeError:
    print("TypeError pos_only with keywords")


def kw_only(*, a, b=2):
    return a * b


print("kw only", kw_only(a=3), kw_only(b=10, a=1), kw_only(**{"a": 4, "b": 4}))
try:
    kw_only(1)
except TypeError as e:
    print("TypeError", e)


def everything(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))


print(everything(1, d=4))
print(everything(1, 20, 30, 40, 50, d=4, e=6, f=7, g=8))
print(everything(*range(6), **{"d": "D", "z": "Z"}))
try:
    everything(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)


print("apply", apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(dict, a=1))
print("str.format via kwargs", "{x}/{y}".format(**{"x": 1, "y": 2}))
params = {"sep": "-", "end": "|\n"}
print("print kwargs", "a", "b", **params)
print("zip(*) as transpose", list(zip(*[(1, "a"), (2, "b")])))
print("max over star args", max(*[4, 8, 1]), min(*"hello"))
try:
    describe(**{1: "bad"})
except TypeError as e:
    print("TypeError keywords must be strings")
