# Dict and set comprehensions, generator expressions
words = ["apple", "banana", "cherry", "avocado", "blueberry", "cranberry", "apricot"]
by_len = {w: len(w) for w in words}
print("by_len", by_len)
first_letter = {}
for w in words:
    first_letter.setdefault(w[0], []).append(w)
print("grouped", first_letter)
grouped = {k: [w for w in words if w[0] == k] for k in "abc"}
print("grouped comp", grouped)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print("inverted (last wins)", inverted)
squares = {n: n * n for n in range(6) if n % 2}
print("odd squares", squares)
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print("nested dict", nested)
print("dict from zip", {k: v for k, v in zip("xyz", range(3))})

s = {x % 5 for x in range(20)}
print("set comp", sorted(s))
letters = {c for c in "mississippi"}
print("letters", sorted(letters))
lens = {len(w) for w in words}
print("distinct lens", sorted(lens))
print("set comp cond", sorted({x for x in range(30) if x % 7 == 0}))
print("frozenset of comp", sorted(frozenset(c.upper() for c in "hello")))

gen = (x * x for x in range(5))
print("genexpr type", type(gen).__name__)
print("genexpr consume", list(gen), list(gen))
print("sum genexpr", sum(x for x in range(101)))
print("max genexpr", max(len(w) for w in words))
print("any/all genexpr", any(w.startswith("c") for w in words), all(len(w) > 4 for w in words))
print("join genexpr", "-".join(str(i) for i in range(5)))
print("nested genexpr", list((i, j) for i in range(2) for j in "ab"))
print("sorted genexpr", sorted((w for w in words), key=len))
print("dict from genexpr", dict((w[:2], len(w)) for w in words[:3]))

k = "untouched"
_ = {k: 1 for k in range(3)}
_ = {k for k in range(3)}
_ = list(k for k in range(3))
print("no leak", k)

funcs = {n: (lambda n=n: n * 10) for n in range(3)}
print("dict of lambdas", {k2: f() for k2, f in funcs.items()})
text = "one two three two one two"
counts = {w: text.split().count(w) for w in text.split()}
print("word counts", counts)
print("sorted by count", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

# genexpr early binding of first iterable
data = [1, 2, 3]
g = (d * 2 for d in data)
data = [100]
print("first iterable bound early", list(g))
cond_dict = {n: ("even" if n % 2 == 0 else "odd") for n in range(4)}
print("cond values", cond_dict)
print("dict comp keys tuples", {(a, b): a + b for a in range(2) for b in range(2)})
