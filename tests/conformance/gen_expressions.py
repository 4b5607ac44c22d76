# Generator expressions: laziness, single-use, scoping, as arguments
calls = []


def noisy(x):
    calls.append(x)
    return x * x


g = (noisy(i) for i in range(5))
print("nothing evaluated yet", calls)
print("first", next(g), calls)
print("rest", list(g), calls)
print("exhausted", list(g))
print("as sole argument", sum(x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]))
print("with other args", sorted((x % 3 for x in range(7)), reverse=True))
print("join", ",".join(str(i) for i in range(5)))
print("tuple/list/set/dict from genexpr", tuple(i for i in "ab"), list(i * 2 for i in range(3)),
      sorted(set(i % 2 for i in range(5))), dict((i, i * i) for i in range(3)))
print("nested genexpr", list((i, j) for i in range(3) for j in range(i)))
print("condition", list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print("any short-circuit", any(noisy(x) > 5 for x in range(100)), calls[-3:])
outer = 10
print("closure over outer", list(x + outer for x in range(3)))
x = "unchanged"
list(x for x in range(3))
print("no leak", x)
data = [1, 2, 3]
gen = (d * 10 for d in data)
data.append(4)
print("sees mutation of same list", list(gen))
src = [1, 2]
gen2 = (v for v in src)
src = [100, 200]
print("first iterable bound at creation", list(gen2))
matrix = [[1, 2], [3, 4]]
print("flatten", list(v for row in matrix for v in row))
print("genexpr of genexpr", sum(y for y in (x * x for x in range(4))))
print("type", type(i for i in ()).__name__)
gen3 = (i for i in range(3))
print("iter(gen) is gen", iter(gen3) is gen3)
print("next with default", next((i for i in [] ), "empty"), next((i for i in range(5) if i > 2), None))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
words = ["alpha", "beta", "gamma", "delta"]
print("first long word", next(w for w in words if len(w) > 4))
print("index of first", next(i for i, w in enumerate(words) if w.startswith("g")))
total_chars = sum(len(w) for w in words)
print("total chars", total_chars)
print("zip of genexprs", list(zip((i for i in range(3)), (c for c in "xyz"))))


class Holder:
    factor = 3
    base = [1, 2, 3]
    values = [i * 2 for i in base]
    try:
        bad = [factor * i for i in range(3)]
    except NameError as e:
        err = str(e)


print("class scope first iterable", Holder.values)
print("class scope not visible inside comprehension:", Holder.err)
