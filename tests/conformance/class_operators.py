# Arithmetic operator dunders incl. reflected and in-place
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        print("  __radd__ called")
        return self.__add__(o)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return Vec(+self.x, +self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, o):
        print("  __iadd__ called")
        self.x += o.x
        self.y += o.y
        return self

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    __hash__ = None


a, b = Vec(1, 2), Vec(3, 4)
print("add", a + b)
print("add scalar", a + 10)
print("radd", 10 + a)
print("sub", b - a)
print("mul", a * 3, "rmul", 3 * a, "dot", a * b)
print("truediv", b / 2, "floordiv", b // 2, "mod", b % 3, "pow", b ** 2)
print("neg", -a, "pos", +a, "abs", abs(b))
keep = a
a += b
print("iadd", a, keep is a)
c = Vec(0, 0)
c -= Vec(1, 1)
print("isub fallback", c)
print("sum with radd", sum([Vec(1, 1), Vec(2, 2)]))
try:
    a + "s"
except TypeError as e:
    print("TypeError", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))

    __radd__ = __add__

    def __isub__(self, o):
        return Money(self.cents - o.cents)

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


m = Money(150)
m2 = m
m2 -= Money(25)
print("money", m, m2, m is m2, 5 + m, sum([Money(1), Money(2)], Money(0)))


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __rsub__(self, o): return Bits(o - self.v)
    def __matmul__(self, o): return Bits(self.v * 1000 + o.v)
    def __repr__(self): return f"Bits({bin(self.v)})"


x, y = Bits(0b1100), Bits(0b1010)
print("bits", x & y, x | y, x ^ y, x << 2, x >> 2, ~x, 20 - x, x @ y)


class Left:
    def __add__(self, o):
        return NotImplemented


class Right:
    def __radd__(self, o):
        return "Right.__radd__"


print("fallback to radd", Left() + Right())


class SubVec(Vec):
    def __radd__(self, o):
        return "SubVec.__radd__ first"


print("subclass reflected priority", Vec(1, 1) + SubVec(2, 2))
