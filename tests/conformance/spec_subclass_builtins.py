# Hot sites that a specializer would fast-path for exact builtins (len,
# iteration, list.append, dict lookups, str concatenation, int arithmetic)
# fed subclasses of int/str/list/dict/tuple whose dunders are overridden,
# and subclasses whose dunders are patched after the sites warmed up.


def length(x):
    return len(x)


def items_of(x):
    return [v for v in x]


def push(lst, v):
    lst.append(v)
    return lst


def lookup(d, k):
    return d[k]


def concat(a, b):
    return a + b


def inc(x):
    return x + 1


for i in range(300):
    length([0] * (i % 5))
    items_of((i, i))
    push([], i)
    lookup({i: i}, i)
    concat("a", "b")
    inc(i)
print("warm", length([1, 2]), items_of((1, 2)), push([0], 1), lookup({1: 2}, 1), concat("a", "b"), inc(41))


class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) * 100)

    def __repr__(self):
        return "MyInt(%d)" % int(self)


class MyStr(str):
    def __add__(self, other):
        return MyStr(str(self) + "+" + str(other))

    def __len__(self):
        return 1000

    def __iter__(self):
        return iter(["S"])


class MyList(list):
    def append(self, v):
        list.append(self, v * 2)

    def __len__(self):
        return list.__len__(self) + 100

    def __iter__(self):
        return iter(list(list.__iter__(self))[::-1])


class MyDict(dict):
    def __getitem__(self, k):
        return ("dict-sub", dict.__getitem__(self, k))

    def __len__(self):
        return -1 + 1


class MyTuple(tuple):
    def __len__(self):
        return 7

    def __iter__(self):
        return iter("tup")


class Key(str):
    def __hash__(self):
        return hash(str(self).lower())

    def __eq__(self, other):
        return str(self).lower() == str(other).lower()


class Plain(list):
    pass


for rnd in range(2):
    print(rnd, "int", inc(MyInt(1)), inc(5), type(inc(True)).__name__, inc(True))
    print(rnd, "str", concat(MyStr("a"), "b"), concat("a", MyStr("b")), length(MyStr("xy")), items_of(MyStr("xy")))
    ml = MyList([1, 2])
    print(rnd, "list", push(ml, 5), length(ml), items_of(ml), list.__len__(ml), list(ml), sorted(ml))
    print(rnd, "plain", push(Plain([1]), 2), length(Plain([1])), items_of(Plain("ab")))
    md = MyDict(a=1)
    print(rnd, "dict", lookup(md, "a"), length(md), md.get("a"), dict(md), list(md.items()))
    mt = MyTuple((1, 2))
    print(rnd, "tuple", length(mt), items_of(mt), mt[0], tuple(mt), mt + (3,))
    keys = {Key("Name"): 1}
    print(rnd, "key", lookup(keys, Key("NAME")), Key("a") in {Key("A"): 0}, lookup({"name": 5}, Key("name")))
    try:
        lookup({"name": 5}, Key("NAME"))
    except KeyError as e:
        print(rnd, "KeyError", e)

# patch the subclass's dunders after the sites are hot
counts = []
ml = MyList([1, 2, 3])
for i in range(200):
    if i == 100:
        MyList.__len__ = lambda self: 3
        MyList.append = list.append
    counts.append(length(ml))
    if i % 50 == 0:
        push(ml, i)
print("patched list", counts[0], counts[99], counts[100], counts[-1], list.__iter__(ml).__next__(), list(list.__iter__(ml)))
del MyList.__iter__
print("unpatched iter", items_of(ml))
for i in range(200):
    if i == 100:
        MyInt.__add__ = int.__add__
    r = inc(MyInt(i))
print("int add restored", r, type(r).__name__)
del MyInt.__add__
print("int add deleted", inc(MyInt(7)), type(inc(MyInt(7))).__name__)

# builtins' own methods on subclass instances return base types
print(type(MyStr("ab").upper()).__name__, type(MyInt(3) * 2).__name__, type(MyList([1]) * 2).__name__,
      type(MyTuple((1,))[0:1]).__name__, type(MyDict(a=1).copy()).__name__)
