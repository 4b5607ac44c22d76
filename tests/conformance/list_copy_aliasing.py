# List copying, aliasing, nested mutation, identity
a = [1, [2, 3], 4]
b = a
c = a[:]
d = list(a)
e = a.copy()
f = [x for x in a]
a[0] = 100
a[1].append(99)
print("a", a)
print("alias b", b)
print("shallow copies share inner list", c, d, e, f)
print("identity", b is a, c is a, c[1] is a[1])


def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x


g = deep_copy(a)
a[1].append(-1)
print("manual deep copy unaffected", g, a)

grid_bad = [[0] * 3] * 3
grid_bad[0][0] = 1
print("multiplied rows alias", grid_bad)
grid_good = [[0] * 3 for _ in range(3)]
grid_good[0][0] = 1
print("comprehension rows independent", grid_good)


def modify(lst):
    lst.append("added")
    lst = ["rebound"]
    return lst


orig = ["x"]
ret = modify(orig)
print("mutation visible, rebinding not", orig, ret)


def extend_in_place(lst, items):
    lst += items


l1 = [1]
extend_in_place(l1, [2, 3])
print("+= mutates argument", l1)


def concat_new(lst, items):
    lst = lst + items
    return lst


l2 = [1]
r2 = concat_new(l2, [2])
print("+ creates new", l2, r2)
t = ([1], [2])
t[0].extend([10])
print("tuple holding lists", t)
nested = [[]] * 2
nested[0].append("shared")
print("shared nested", nested, nested[0] is nested[1])
x = [1, 2, 3]
y = x
x = x + [4]
print("rebinding breaks alias", x, y)
x = [1, 2, 3]
y = x
x += [4]
print("in-place keeps alias", x, y)
m = [1, 2, 3]
m[:] = [7, 8]
print("slice assignment keeps identity", m)
lst = [0, 1, 2, 3, 4, 5]
for item in lst[:]:
    if item % 2:
        lst.remove(item)
print("iterate over copy while removing", lst)
self_ref = [1, 2]
self_ref.append(self_ref)
print("self reference", self_ref, self_ref[2] is self_ref, len(self_ref))
d1 = {"k": [1]}
d2 = d1.copy()
d2["k"].append(2)
d2["new"] = 0
print("dict shallow copy", d1, d2)
print("equality vs identity of copies", [1, [2]] == [1, [2]], c == d, c is d)
