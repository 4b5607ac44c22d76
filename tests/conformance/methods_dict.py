# dict methods, views and special methods


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, repr(e))


d = {"a": 1, "b": 2}
print("get", d.get("a"), d.get("z"), d.get("z", 0))
print("setdefault", d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
print("pop", d.pop("n"), d.pop("zz", "dflt"), d)
attempt("pop missing", lambda: d.pop("zz"))
print("popitem", d.popitem(), d)
attempt("popitem empty", lambda: {}.popitem())
d.update({"x": 1}, y=2)
d.update([("p", 0), ["q", 9]])
d.update(a=-1)
d.update()
print("update", d)
attempt("update 2 args", lambda: d.update({}, {}))
attempt("update bad element", lambda: d.update([1]))
attempt("update bad length", lambda: d.update([(1, 2, 3)]))
attempt("update int", lambda: d.update(5))


class Mapping:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, k):
        return k.upper()


d.update(Mapping())
print("update mapping", d)
print("views", list(d.keys()), list(d.values())[:3], list(d.items())[:2])
print("fromkeys", dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(2), "v"))
attempt("fromkeys no args", lambda: dict.fromkeys())
attempt("fromkeys 3 args", lambda: dict.fromkeys(1, 2, 3))
c = d.copy()
c["new"] = 1
print("copy", "new" in d, "new" in c, len(c) - len(d))
c.clear()
print("clear", c)
attempt("get no args", lambda: {}.get())
attempt("get kw", lambda: {}.get(key=1))
attempt("keys arg", lambda: {}.keys(1))
attempt("unhashable key", lambda: {}[[1]])
attempt("descriptor", lambda: dict.get([], 1))

# operators
e = {"a": 1, "b": 2}
f = {"b": 20, "c": 30}
print("or", e | f, f | e)
g = e
g.__ior__(f)
g |= [("z", 0)]
print("ior", e, g is e)
print("or dunders", e.__or__(1), e.__ror__({"q": 0}))
attempt("or list", lambda: {} | [])
print("eq", {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {1: 2}.__eq__([]), {1: 2, 3: 4} == {3: 4, 1: 2})
attempt("lt", lambda: {} < {})

# special methods
h = {"k": 1}
h.__setitem__("j", 2)
h.__delitem__("k")
print("dunders", h.__len__(), h.__getitem__("j"), h.__contains__("j"), h.__contains__("k"), h)
attempt("delitem missing", lambda: h.__delitem__("nope"))
attempt("getitem missing", lambda: h.__getitem__("nope"))
print("iter", list({1: 0, 2: 0}.__iter__()), list({1: 0, 2: 0, 3: 0}.__reversed__()), list(reversed({"x": 1, "y": 2})))
print("repr", {1: "a", "b": [None]}.__repr__(), repr({}))
rec = {}
rec["self"] = rec
print("recursive", rec)
print("hash", dict.__hash__)
attempt("unhashable", lambda: hash({}))

# views
v = {"a": 1, "b": 2, "c": 3}
k = v.keys()
v["d"] = 4
print("live view", len(k), "d" in k, list(k))
print("keys set ops", sorted(k & {"a", "z"}), sorted(k | ["q"]), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print("reflected", sorted({"a", "z"} & k), sorted(["q"] | k), sorted({"a", "y"} - k), sorted({"a"} ^ k))
print("items ops", sorted(v.items() & {("a", 1), ("b", 0)}), sorted(v.items() - {("a", 1)}))
print("items xor", sorted({"a": 1, "b": 2}.items() ^ {"a": 1, "b": 3, "c": 4}.items()))
print("view compare", k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k > {"a"}, {"a"} < k, v.items() == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print("isdisjoint", k.isdisjoint(["x"]), k.isdisjoint({"a"}), v.items().isdisjoint([("a", 1)]))
print("contains", ("a", 1) in v.items(), ("a", 2) in v.items(), 1 in v.values(), 9 in v.values())
print("reversed views", list(v.keys().__reversed__()), list(v.values().__reversed__()), list(v.items().__reversed__())[:2])
print("view repr", repr({1: 2}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
attempt("values op", lambda: v.values() | {1})
attempt("view hash", lambda: hash(k))
print("values eq", v.values() == v.values())
