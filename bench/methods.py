# Attribute access and method calls on instances: a 2-D vector class and an
# accumulator object. Measures instance attribute loads/stores, bound method
# calls, __init__ calls and small-object allocation.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def length2(self):
        return self.dot(self)


class Accumulator:
    def __init__(self):
        self.total = 0
        self.count = 0
        self.last = None

    def push(self, v):
        self.total += v.length2()
        self.count += 1
        self.last = v

    def mean(self):
        return self.total // self.count


def main():
    acc = Accumulator()
    v = Vec(1, 2)
    step = Vec(3, -1)
    for i in range(N):
        w = v.add(step).scale(2)
        acc.push(w)
        v = Vec(w.x % 1000, w.y % 997)
        if acc.count % 3 == 0:
            step.x = step.x + 1
            step.y = (step.y * 7 + i) % 11
    print("methods", acc.count, acc.total, acc.mean(), acc.last.x, acc.last.y)


N = 350000
main()
