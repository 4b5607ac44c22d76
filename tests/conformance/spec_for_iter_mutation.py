# Containers mutated while a hot for-loop iterates them: lists appended to,
# popped and cleared mid-iteration, slices assigned, dicts and sets changing
# size (RuntimeError) or only values, and the loop variable rebinding the
# container name.


def walk_list(lst, action):
    seen = []
    for i, x in enumerate(lst):
        seen.append(x)
        action(lst, i, x)
        if len(seen) > 60:
            seen.append("cut")
            break
    return seen


def nothing(lst, i, x):
    pass


def grow(lst, i, x):
    if x < 5:
        lst.append(x + 10)


def shrink_front(lst, i, x):
    if lst:
        lst.pop(0)


def shrink_back(lst, i, x):
    if lst:
        lst.pop()


def clear_at_3(lst, i, x):
    if i == 3:
        lst.clear()


def replace_items(lst, i, x):
    if i + 1 < len(lst):
        lst[i + 1] = -lst[i + 1]


def insert_front(lst, i, x):
    if i < 3:
        lst.insert(0, "ins%d" % i)


def slice_assign(lst, i, x):
    if i == 1:
        lst[2:] = ["s1", "s2"]


for k in range(100):
    walk_list(list(range(10)), nothing)
for action in (nothing, grow, shrink_front, shrink_back, clear_at_3, replace_items, insert_front, slice_assign):
    data = list(range(8))
    print(action.__name__, walk_list(data, action), data)


def walk_dict(d, action):
    out = []
    try:
        for k in d:
            out.append(k)
            action(d, k)
    except RuntimeError as e:
        out.append("RuntimeError: %s" % e)
    return out


def dict_values_only(d, k):
    d[k] = d[k] * 2


def dict_add(d, k):
    d[str(k) + "!"] = 0


def dict_del(d, k):
    del d[k]


for k in range(100):
    walk_dict({1: 1, 2: 2}, dict_values_only)
for action in (dict_values_only, dict_add, dict_del):
    d = {"a": 1, "b": 2, "c": 3}
    print(action.__name__, walk_dict(d, action), d)

s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("set RuntimeError:", e, len(s))
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("set RuntimeError:", e, sorted(s))

# items()/values() views while values change
d = {i: i for i in range(10)}
total = 0
for k, v in d.items():
    d[k] = v * 10
    total += v
print("items with value updates", total, sum(d.values()))

# the loop rebinds the name of the list it iterates: the iteration continues over the old object
xs = [1, 2, 3]
out = []
for x in xs:
    out.append(x)
    xs = [100, 200]
print("rebinding", out, xs)

# nested loops over the same list while the inner loop mutates it
grid = list(range(6))
pairs = []
for a in grid:
    for b in grid:
        if b == a and len(grid) < 12:
            grid.append(a * 10 + b)
        pairs.append((a, b))
        if len(pairs) > 200:
            break
    if len(pairs) > 200:
        break
print("nested mutation", len(pairs), grid, pairs[-3:])

# tuple and str iteration while the names are rebound
t = (1, 2, 3)
acc = []
for v in t:
    t = t + (v,)
    acc.append(v)
print("tuple", acc, t)
st = "abc"
acc = []
for ch in st:
    st += ch.upper()
    acc.append(ch)
print("str", acc, st)

# a list iterator resumes after the list grows past its end
lst = [1, 2]
it = iter(lst)
print("first", next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted once")
lst.append(3)
print("after append", list(it))
lst2 = [1, 2]
it2 = iter(lst2)
next(it2)
lst2.append(3)
print("grown before exhaustion", list(it2))
