# Argument-building errors at hot `f(*args, **kwargs)` sites: CPython names
# the callee (`__main__.point()`) and rejects a keyword repeated after `**`.


def point(x, y=0, *, label="p"):
    return f"{label}({x},{y})"


def collect(*args, **kwargs):
    return (args, sorted(kwargs))


def site(f, a, k):
    return f(*a, **k)


for i in range(300):
    site(point, (i,), {"y": 1})
print("warm", site(point, (1,), {"label": "w"}))

for call in [
    lambda: collect(**{"a": 1}, **{"a": 2}),
    lambda: point(1, **{"label": "x"}, label="y"),
    lambda: point(1, label="y", **{"label": "x"}),
    lambda: point(*5),
    lambda: point(**[1]),
    lambda: site(point, 5, {}),
    lambda: site(point, (), [("x", 1)]),
    lambda: site(len, (), {"a": 1, **{"a": 2}}),
]:
    try:
        print("no error?", call())
    except TypeError as e:
        print("TypeError", e)
