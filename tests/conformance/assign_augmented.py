# Augmented assignment with every operator
x = 10
x += 5
print("+=", x)
x -= 3
print("-=", x)
x *= 4
print("*=", x)
x //= 5
print("//=", x)
x %= 7
print("%=", x)
x **= 3
print("**=", x)
y = 7
y /= 2
print("/=", y)
b = 0b1100
b &= 0b1010
print("&=", b)
b |= 0b0101
print("|=", b)
b ^= 0b1111
print("^=", b)
b <<= 3
print("<<=", b)
b >>= 2
print(">>=", b)
n = -17
n //= 5
print("neg //=", n)
n = -17
n %= 5
print("neg %=", n)

# augmented on strings, lists, tuples
s = "ab"
s += "cd"
s *= 2
print("str", s)
lst = [1, 2]
alias = lst
lst += [3]
print("list += keeps identity", alias, alias is lst)
lst *= 2
print("list *=", lst, alias is lst)
t = (1, 2)
talias = t
t += (3,)
print("tuple +=", t, talias, t is talias)

# augmented on subscripts and attributes
d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print("dict aug", d)
arr = [1, 2, 3]
arr[1] *= 10
arr[-1] **= 2
print("list item aug", arr)


class Box:
    def __init__(self):
        self.v = 1


bx = Box()
bx.v += 41
bx.v <<= 1
print("attr aug", bx.v)

# evaluation order: subscript evaluated once
calls = []


def idx():
    calls.append("idx")
    return 0


data = [5]
data[idx()] += 1
print("once", data, calls)

# matrix-like nested
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * 3 + j
print("grid", grid)
f = 1.5
f += 1
f *= 2
print("float aug", f)


class Mat:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return Mat(self.v * other.v + 1)


m = Mat(3)
m @= Mat(4)
print("@= via __matmul__", m.v)
