# bool and None behaviors
print("bool values", True, False, bool(1), bool(0), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool(None))
print("bool is int", isinstance(True, int), issubclass(bool, int), True == 1, False == 0)
print("arithmetic", True + True, True * 3, True / 2, -True, True - False, True ** 10)
print("str/repr", str(True), repr(False), f"{True}", "%s" % False)
print("type", type(True).__name__, type(None).__name__)
print("bool()", bool(), bool(bool), bool(object()), bool(range(0)), bool({0: 0}))
print("not", not True, not False, not not 5, not None)
print("and/or return values", True and 5, False and 5, True or 5, None or 0 or [] or "last")
print("comparison", True > False, True < 2, sorted([True, False, 2, -1, 0]))
print("bool in containers", [1, True, 1.0].count(True), {True: "a", 1: "b"}, len({1, True, 1.0}))
print("sum bools", sum([True, True, False, True]), sum(x > 2 for x in range(6)))
print("int()", int(True), float(False), str(int(False)))
print("bitwise bools", True & True, True | False, True ^ True, type(True | False).__name__)
print("bool ops with ints", True & 3, False | 4, type(True & 3).__name__)
print("index with bool", ["no", "yes"][True], ["no", "yes"][False], "ab"[True])

print("None", None, repr(None), str(None), type(None).__name__)
print("None equality", None == None, None is None, None == 0, None == False, None != "")
x = None
print("is None idiom", x is None, x is not None)


def no_return():
    pass


def bare_return():
    return


print("functions return None", no_return(), bare_return(), no_return() is None)
print("print returns None", print("  (printing)") is None)
print("list.append returns None", [].append(1))
print("dict get missing", {}.get("k"), {}.get("k", "dflt"))
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError", e)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError", e)
try:
    len(None)
except TypeError as e:
    print("TypeError", e)
try:
    None < 1
except TypeError as e:
    print("TypeError", e)
print("None in list", None in [1, None], [None] * 3, (None,))
print("dict with None key", {None: 1}[None])
print("sorted with None key", sorted([3, None, 1, None], key=lambda v: (v is None, v or 0)))
print("bool of custom", bool(type("T", (), {"__bool__": lambda s: False})()))
print("truthy filter", list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print("all/any on empty", all([]), any([]), all([None]), any([None, 0, 1]))
print("isinstance checks", isinstance(None, object), isinstance(False, bool), isinstance(0, bool))
print("hash bools", hash(True), hash(False))
t = True
t += 1
print("augmented bool becomes int", t, type(t).__name__)
