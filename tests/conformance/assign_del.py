# del of names, subscripts, slices, attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)

lst = list(range(10))
del lst[0]
print("del idx", lst)
del lst[-1]
print("del neg", lst)
del lst[2:4]
print("del slice", lst)
del lst[::2]
print("del step", lst)
del lst[:]
print("del all", lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print("del key", d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)

try:
    del lst[5]
except IndexError as e:
    print("IndexError", e)


class P:
    cls_attr = "c"

    def __init__(self):
        self.a = 1
        self.b = 2


p = P()
del p.a
print("has a", hasattr(p, "a"), "has b", hasattr(p, "b"))
try:
    del p.a
except AttributeError as e:
    print("AttributeError", e)
print("cls attr via inst", p.cls_attr)
del P.cls_attr
print("cls attr gone", hasattr(p, "cls_attr"))

a, b, c = 1, 2, 3
del a, b
print("c remains", c)
try:
    print(a)
except NameError as e:
    print("NameError", e)

nested = [[1, 2, 3], [4, 5, 6]]
del nested[1][0]
print("nested del", nested)
del nested[0][::-2]
print("nested del step", nested)


def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(f())

g = 100


def h():
    global g
    del g


h()
print("global deleted", "g" in globals())

# del in loop over copy
nums = [1, 2, 3, 4, 5, 6]
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 2 == 0:
        del nums[i]
print("filtered", nums)

# Deleting attributes of builtin values: read-only when the type has it.
for _src in ['del [].append', 'del [].foo', '[].append = 1', 'del (1).bit_length', 'del "s".upper', 'del {}.keys', 'del (1.5).nope']:
    try:
        exec(_src)
    except AttributeError as e:
        print(_src, "->", e)
