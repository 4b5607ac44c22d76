# Template method pattern, NotImplementedError, polymorphism, isinstance dispatch
class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area not implemented")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    name = "rect"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    name = "square"

    def __init__(self, s):
        super().__init__(s, s)


class Circle(Shape):
    name = "circle"
    PI = 3.141592653589793

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r


class Triangle(Shape):
    name = "triangle"

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("invalid triangle sides")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5


class Blob(Shape):
    name = "blob"


shapes = [Rect(3, 4), Square(2.5), Circle(1), Triangle(3, 4, 5)]
for s in shapes:
    print(s.describe())
print("sorted by area", [s.name for s in sorted(shapes)])
print("largest", max(shapes).name, "total area", round(sum(s.area() for s in shapes), 4))
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Blob().perimeter()
except NotImplementedError as e:
    print("NotImplementedError with no message:", repr(str(e)))
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError", e)
print("isinstance dispatch", [("rect-like" if isinstance(s, Rect) else "round" if isinstance(s, Circle) else "other") for s in shapes])


class Exporter:
    def export(self, data):
        out = [self.header()]
        for row in data:
            out.append(self.row(row))
        out.append(self.footer())
        return "\n".join(x for x in out if x)

    def header(self):
        return ""

    def footer(self):
        return ""

    def row(self, r):
        raise NotImplementedError


class CSVExporter(Exporter):
    def header(self):
        return "name,qty"

    def row(self, r):
        return f"{r[0]},{r[1]}"


class MarkdownExporter(Exporter):
    def header(self):
        return "| name | qty |\n|---|---|"

    def row(self, r):
        return f"| {r[0]} | {r[1]} |"

    def footer(self):
        return "(end)"


data = [("apple", 3), ("pear", 5)]
for exp in (CSVExporter(), MarkdownExporter()):
    print(f"--- {type(exp).__name__}")
    print(exp.export(data))
