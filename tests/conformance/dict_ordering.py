# Dict insertion ordering semantics in detail
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print("insertion order", list(d))
d["alpha"] = 100
print("update keeps position", list(d.items()))
del d["zeta"]
d["zeta"] = 1
print("delete+reinsert moves to end", list(d))
d.pop("mid")
d.setdefault("mid", 0)
print("pop+setdefault", list(d))
d.update({"new1": 1, "alpha": 2, "new2": 2})
print("update order", list(d.items()))
print("popitem removes last", d.popitem(), list(d))
print("reversed", list(reversed(d)), list(reversed(d.items()))[:2])
print("keys/values/items aligned", list(zip(d.keys(), d.values())) == list(d.items()))
ints = {}
for n in [5, 3, 9, 1, 7]:
    ints[n] = n * n
print("int keys keep insertion order", list(ints))
print("equality ignores order", {1: 1, 2: 2} == {2: 2, 1: 1})
print("comprehension order", {c: i for i, c in enumerate("dcba")})
print("fromkeys order", list(dict.fromkeys("mississippi")))
print("dedupe preserving order", "".join(dict.fromkeys("abracadabra")))
merged = {"a": 1, "b": 2} | {"c": 3, "a": 9}
print("merge order", merged)
dd = dict(b=1, a=2)
dd2 = dict([("y", 1), ("x", 2)])
print("constructors order", dd, dd2)
lst_of_pairs = sorted({"b": 2, "c": 1, "a": 3}.items())
print("sorted items", lst_of_pairs, dict(lst_of_pairs))
by_value = dict(sorted({"b": 2, "c": 1, "a": 3}.items(), key=lambda kv: kv[1]))
print("rebuild sorted by value", by_value)
cnt = {}
for ch in "hello world":
    if ch != " ":
        cnt[ch] = cnt.get(ch, 0) + 1
print("first-seen order counts", cnt)
print("max count first in order", max(cnt, key=cnt.get))
lru = {}


def access(key):
    if key in lru:
        lru[key] = lru.pop(key)
    else:
        lru[key] = True
        if len(lru) > 3:
            oldest = next(iter(lru))
            del lru[oldest]
    return list(lru)


for key in ["a", "b", "c", "a", "d", "b", "e"]:
    print("lru access", key, access(key))
nested = {"outer": {"z": 1, "a": 2}}
nested["outer"]["m"] = 3
print("nested order", nested)
print("iter while reading values", [k + str(v) for k, v in {"x": 1, "y": 2}.items()])
print("set of keys sorted", sorted({"q": 1, "b": 2}.keys()))
