# Subscript and attribute targets, slice assignment
lst = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
lst[2:5] = ["a", "b"]
print("shrink", lst)
lst[1:1] = [100, 200, 300]
print("insert", lst)
lst[::3] = ["X"] * len(lst[::3])
print("ext slice", lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
lst[:] = "xyz"
print("replace all", lst)
lst[len(lst):] = [1, 2]
print("append via slice", lst)
lst[-2:] = []
print("remove via slice", lst)
r = list(range(8))
r[::-2] = "abcd"
print("neg step assign", r)


class Node:
    def __init__(self, val):
        self.val = val
        self.next = None


head = Node(1)
head.next = Node(2)
head.next.next = Node(3)
head.next.val = 20
cur = head
vals = []
while cur:
    vals.append(cur.val)
    cur = cur.next
print("linked", vals)

d = {}
d["k"] = d.get("k", 0) + 1
d[(1, 2)] = "tuple key"
d[3] = [1]
d[3].append(2)
print("dict", d)

m = [[0] * 2 for _ in range(2)]
m[0][1] = 5
m[1][0] = m[0][1] * 2
print("matrix", m)

alias = [[0] * 2] * 2
alias[0][0] = 9
print("aliasing gotcha", alias)


class Rec:
    pass


r1 = Rec()
setattr(r1, "dyn", 3)
r1.__dict__["other"] = 4
print("dyn", r1.dyn, r1.other, sorted(vars(r1)))

# assignment returns nothing, chaining across targets
a = lst2 = d["chain"] = 42
print("multi-target", a, lst2, d["chain"])
x = [1, 2, 3]
x[0] = x
print("self-ref", x)
dd = {}
dd["self"] = dd
print("self-ref dict", dd)
