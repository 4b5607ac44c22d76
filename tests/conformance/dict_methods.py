# dict methods and behaviors
d = {"b": 2, "a": 1}
d["c"] = 3
print("insertion order", d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print("get", d.get("a"), d.get("z"), d.get("z", 0))
print("setdefault existing", d.setdefault("a", 100), "new", d.setdefault("n", []), d)
d["n"].append(1)
print("setdefault returns stored obj", d["n"])
print("pop", d.pop("n"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print("popitem LIFO", d.popitem(), d)
d.update({"x": 10, "a": 11})
d.update([("y", 20)], z=30)
print("update", d)
print("in", "a" in d, "q" in d, 11 in d, 11 in d.values(), ("a", 11) in d.items())
print("len", len(d), len({}))
del d["x"]
print("del", d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError del", e)
print("fromkeys", dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print("fromkeys shares value", shared)
print("merge |", {"a": 1, "b": 2} | {"b": 3, "c": 4})
m = {"a": 1}
m |= {"z": 26}
print("merge |=", m)
print("dict()", dict(), dict(a=1, b=2), dict([("k", "v"), ("k2", "v2")]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print("copy", d.copy() == d, d.copy() is d)
print("clear", d.clear(), d)
print("overwrite keeps position", end=" ")
o = {"first": 1, "second": 2, "third": 3}
o["first"] = 100
print(list(o.items()))
del o["first"]
o["first"] = 1
print("re-insert goes to end", list(o))
print("keys view ops", sorted({"a": 1, "b": 2}.keys() & {"b", "c"}), sorted({"a": 1}.keys() | {"z"}))
vw = o.keys()
o["new"] = 0
print("views are live", list(vw), len(vw))
print("equality ignores order", {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
print("numeric key unification", {1: "int", 1.0: "float", True: "bool"})
print("comprehension", {k: v * 2 for k, v in {"p": 1, "q": 2}.items()})
print("iteration", [k for k in {"z": 0, "y": 1}], [(k, v) for k, v in {"z": 0}.items()])
print("sorted by value", sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))
print("max by value", max({"x": 3, "y": 1, "z": 2}, key=lambda k: {"x": 3, "y": 1, "z": 2}[k]))
try:
    for k in o:
        o["boom"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem empty")
print("nested", {"a": {"b": {"c": 1}}}["a"]["b"]["c"])
print("tuple keys", {(1, 2): "a", (3,): "b"}[(1, 2)])
print("reversed dict", list(reversed({"a": 1, "b": 2, "c": 3})))
print("values sum", sum({"a": 1, "b": 2}.values()))
print("repr", repr({"s": "q", 1: [1, 2], None: (1,), 2.5: {}}))
