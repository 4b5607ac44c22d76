# The builtins a specializer calls directly (CALL_LEN, CALL_ISINSTANCE,
# CALL_TYPE_1, CALL_STR_1, CALL_TUPLE_1, CALL_LIST_APPEND, CALL_BUILTIN_O/
# FAST, method descriptors) at hot sites, fed unusual arguments, then
# shadowed by globals and list.append overridden in subclasses.


def f_len(x):
    return len(x)


def f_isinstance(x, t):
    return isinstance(x, t)


def f_type(x):
    return type(x)


def f_str(x):
    return str(x)


def f_tuple(x):
    return tuple(x)


def f_append(lst, v):
    lst.append(v)
    return lst


def f_upper(s):
    return s.upper()


def f_pop(lst):
    return lst.pop()


def f_get(d, k):
    return d.get(k, "default")


acc = []
for i in range(300):
    f_len("abc")
    f_isinstance(i, int)
    f_type(i)
    f_str(i)
    f_tuple([i])
    f_append(acc, i)
    f_upper("x")
    f_pop([i, i])
    f_get({1: 2}, i % 3)
print("warm", len(acc), f_len("abc"), f_isinstance(1, int), f_type(1).__name__, f_str(12), f_tuple("ab"),
      f_upper("abc"), f_pop([1, 2]), f_get({1: 2}, 1))


class Sized:
    def __len__(self):
        return 17


class Weird:
    pass


class Weirder(Weird):
    pass


class Strange:
    def __str__(self):
        return "Strange.__str__"

    def __repr__(self):
        return "Strange.__repr__"


class BadStr:
    def __str__(self):
        return 5


class MyStr(str):
    def upper(self):
        return "MyStr.upper"


class LogList(list):
    def append(self, v):
        list.append(self, ("logged", v))

    def pop(self, *a):
        return "no popping"


class MyDict(dict):
    def get(self, k, d=None):
        return "MyDict.get"


for rnd in range(2):
    print(rnd, "len", [f_len(x) for x in ("", "é€", [1, 2], (1,), {1: 2}, {3}, range(10), b"xy", Sized())])
    print(rnd, "isinstance", [f_isinstance(*a) for a in ((1, int), (True, int), (1, bool), (1.0, (str, float)), ("s", (int, (bytes, str))), (Weirder(), Weird), (Weird(), Weirder), (Weird(), (int, Weird)), (None, type(None)), (int, type))])
    print(rnd, "type", [f_type(x).__name__ for x in (1, True, 1.5, "s", None, [], (), {}, int, Sized(), Weirder, f_type, len, 2**70)])
    print(rnd, "str", [f_str(x) for x in (1, 1.5, None, True, "s", [1, "a"], Strange(), b"b", (1,), 2**64, -0.0)])
    print(rnd, "tuple", [f_tuple(x) for x in ("ab", [1], (2,), {3: 4}, range(3), iter([5]), (i for i in range(2)), {}.items())])
    print(rnd, "append", f_append([], 1), f_append(LogList(), 2), f_append(LogList([0]), 3))
    print(rnd, "methods", f_upper("abc"), f_upper(MyStr("abc")), f_pop([1, 2, 3]), f_pop(LogList([1])), f_get({}, 1), f_get(MyDict(), 1))

for call, args in [(f_len, (5,)), (f_len, (None,)), (f_isinstance, (1, 1)), (f_isinstance, (1, (int, 5))), (f_str, (BadStr(),)),
                   (f_tuple, (5,)), (f_append, ((), 1)), (f_upper, (5,)), (f_pop, ([],)), (f_get, ([], 1))]:
    try:
        call(*args)
    except (TypeError, IndexError, AttributeError) as e:
        print(call.__name__, type(e).__name__, e)

# str(x) where type(x).__str__ is patched after warm-up
for i in range(100):
    f_str(Strange())
Strange.__str__ = lambda self: "patched __str__"
print("patched str", f_str(Strange()))
del Strange.__str__
print("deleted __str__ falls back to __repr__", f_str(Strange()))

# shadow the builtins the sites call
len = lambda x: "fake len"  # noqa: E731
isinstance = lambda x, t: "fake isinstance"  # noqa: E731
type = lambda x: "fake type"  # noqa: E731
str = lambda x: "fake str"  # noqa: E731
tuple = list
print("shadowed", f_len([1]), f_isinstance(1, int), f_type(1), f_str(1), f_tuple("ab"))
del len, isinstance, type, str, tuple
print("restored", f_len([1]), f_isinstance(1, int), f_type(1).__name__, f_str(1), f_tuple("ab"))

# list.append patched through a subclass's method table at a hot site
ll = LogList()
for i in range(200):
    f_append(ll, i)
LogList.append = list.append
f_append(ll, "plain")
print("LogList after patch", ll[:2], ll[-2:], len(ll))
del LogList.append
f_append(ll, "inherited")
print("append inherited", ll[-1])
