# subclasses of builtin containers and numbers: inherited methods and
# special methods, super() calls, operators and hashing


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


s = Stack([1, 2])
s.push(3).push(4)
print("stack", s, len(s), s[0], s[-1], s[1:3], type(s[1:3]).__name__, 3 in s, list(reversed(s)))
s[0] = 10
del s[1]
s += [7]
s *= 2
print("stack mutated", s, type(s).__name__, s.count(7), s.index(4))
print("stack ops", s + [0], type(s + [0]).__name__, [0] + s, s * 0, s == [10, 3, 4, 7, 10, 3, 4, 7], s < [11])
s.sort(reverse=True)
print("stack sorted", s, bool(Stack()), s.copy(), type(s.copy()).__name__)
attempt("stack hash", lambda: hash(s))


class Counted(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


c = Counted((3, 1, 2), "t")
print("init", c, c.tag, sorted(c), len(c))


class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


dd = DefaultDict(list, {"x": [0]}, y=[1])
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print("missing", dd, len(dd), "a" in dd, dd.get("zz"), "zz" in dd, sorted(dd.keys()))


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = Upper()
u["a"] = 1
u.update(b=2)
print("dict override", u, u["A"], u["a"], type(Upper.fromkeys("xy", 0)).__name__, Upper.fromkeys("xy", 0))
attempt("dict missing key", lambda: u["zz"])
print("dict ops", u | {"C": 3}, type(u | {"C": 3}).__name__, {"Z": 0} | u, u == {"A": 1, "b": 2})
attempt("dict hash", lambda: hash(u))


class Tags(set):
    def tagged(self):
        return sorted("#" + t for t in self)


t = Tags(["b", "a"])
t.add("c")
t |= {"d"}
print("set subclass", t.tagged(), type(t).__name__, len(t), "a" in t, type(t | {"z"}).__name__, type(t.copy()).__name__)
print("set subclass ops", sorted(t & {"a", "q"}), sorted(t - {"a"}), sorted({"a", "q"} - t), t >= {"a"}, t == {"a", "b", "c", "d"})
print("set repr", repr(Tags()), repr(Tags([1])), repr(type("F", (frozenset,), {})([2])))
attempt("set hash", lambda: hash(t))


class Frozen(frozenset):
    pass


fz = Frozen([1, 2])
print("frozenset subclass", hash(fz) == hash(frozenset([1, 2])), {fz: 1}[frozenset([2, 1])], type(fz | {3}).__name__, fz.copy() is fz)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print("tuple subclass", p, p.x, p[1], len(p), p + (5,), p * 2, p == (3, 4), p < (3, 5), hash(p) == hash((3, 4)))
print("tuple methods", p.count(3), p.index(4), list(p), 4 in p, {p: "ok"}[(3, 4)])


class Money(int):
    def __repr__(self):
        return "Money(" + str(int(self)) + ")"

    def __add__(self, other):
        return Money(super().__add__(other))

    __radd__ = __add__


m = Money(5)
print("int subclass", m, m + 3, 3 + m, m * 2, -m, abs(Money(-3)), m == 5, m < 6, hash(m) == hash(5), int(m), float(m))
print("int subclass methods", m.bit_length(), m.to_bytes(1, "big"), m.as_integer_ratio(), Money.from_bytes(b"\x07", "big"))
print("int subclass misc", sum([m, m]), [10, 20, 30, 40, 50, 60][m], {5: "five"}[m], round(Money(1234), -2), divmod(m, 2), m ** 2, m // 2, m % 3)


class Celsius(float):
    def __repr__(self):
        return "Celsius(" + super().__repr__() + ")"


temp = Celsius(21.5)
print("float subclass", temp, temp + 1, 1 + temp, temp * 2, temp > 20, int(temp), round(temp), temp.is_integer(), temp.hex())
print("float subclass misc", hash(temp) == hash(21.5), -temp, abs(Celsius(-1.5)), temp.as_integer_ratio(), Celsius.fromhex("0x1p1"))


class Flag(int):
    pass


print("bool-like", Flag(1) & 3, 3 | Flag(4), Flag(6) ^ Flag(3), ~Flag(0), Flag(1) << 3)
print("format", f"{m}", f"{m:>4}", format(m, "03d"), m.__format__(""), f"{temp:.3f}", temp.__format__(".1f"), True.__format__(""))
attempt("format spec type", lambda: (5).__format__(1))
