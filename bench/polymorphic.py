# Polymorphism: one call site (shape.area(), shape.perimeter(), obj.visit())
# sees several classes, including subclasses that inherit or override methods
# and a duck-typed class outside the hierarchy. Measures method lookup and
# call-site caching under megamorphic conditions.


class Shape:
    def describe(self):
        return self.name() + ":" + str(self.area() // 1)

    def name(self):
        return "shape"


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def name(self):
        return "rect"


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)

    def name(self):
        return "square"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r

    def perimeter(self):
        return 6.0 * self.r


class Triangle(Shape):
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

    def area(self):
        s = (self.a + self.b + self.c) / 2
        v = s * (s - self.a) * (s - self.b) * (s - self.c)
        return v ** 0.5 if v > 0 else 0.0

    def perimeter(self):
        return self.a + self.b + self.c

    def name(self):
        return "tri"


class Blob:
    # not a Shape: duck typing only
    def __init__(self, k):
        self.k = k

    def area(self):
        return self.k

    def perimeter(self):
        return self.k + 1

    def describe(self):
        return "blob"


def build(n):
    shapes = []
    for i in range(n):
        m = i % 5
        if m == 0:
            shapes.append(Rect(i % 7 + 1, i % 5 + 2))
        elif m == 1:
            shapes.append(Square(i % 9 + 1))
        elif m == 2:
            shapes.append(Circle(i % 4 + 1))
        elif m == 3:
            shapes.append(Triangle(3 + i % 3, 4 + i % 2, 5))
        else:
            shapes.append(Blob(i % 13))
    return shapes


def add(a, b):
    return a + b


def main():
    shapes = build(SHAPES)
    area = 0.0
    perim = 0.0
    for rep in range(REPS):
        for s in shapes:
            area += s.area()
            perim += s.perimeter()
    kinds = {}
    for s in shapes:
        d = s.describe()
        k = d.split(":")[0]
        kinds[k] = kinds.get(k, 0) + 1
    # one generic function called with ints, floats, strings, lists, tuples
    acc_i = 0
    acc_f = 0.0
    acc_s = ""
    acc_l = []
    for i in range(GENERIC):
        acc_i = add(acc_i, i)
        acc_f = add(acc_f, 0.5)
        if i % 100 == 0:
            acc_s = add(acc_s, "x")
            acc_l = add(acc_l, [i])
    inst = 0
    for s in shapes:
        if isinstance(s, Rect):
            inst += 1
        elif isinstance(s, Shape):
            inst += 2
    print("polymorphic", int(area * 1000), int(perim * 1000),
          sorted(kinds.items()), acc_i, int(acc_f), len(acc_s), sum(acc_l), inst)


SHAPES = 1000
REPS = 1000
GENERIC = 500000
main()
