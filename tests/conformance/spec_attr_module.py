# Module attribute sites (`math.sqrt`, `math.pi`, `random.seed`, ...) that
# specialized on the module dict, after the module's attributes are
# rebound, deleted and re-added, and after the module name itself is
# rebound to another module or object.
import math
import random
import sys


def root(x):
    return math.sqrt(x)


def pi():
    return math.pi


def floor(x):
    return math.floor(x)


acc = 0.0
for i in range(300):
    acc += root(i) + pi() + floor(i / 3)
print("warm", round(acc, 6))

real_sqrt = math.sqrt
math.sqrt = lambda x: "fake sqrt of %r" % (x,)
print("patched", root(16), pi())
math.pi = 3
print("pi rebound", pi(), root(2))
del math.sqrt
try:
    root(4)
except AttributeError as e:
    print("AttributeError", e)
math.sqrt = real_sqrt
math.pi = real_sqrt(2) * 0 + 3.141592653589793
print("restored", root(16), pi())

# a module attribute added later, read by a hot site that failed before
def late():
    return math.brand_new


for i in range(100):
    try:
        late()
    except AttributeError:
        pass
math.brand_new = "now it exists"
print("added", late())
del math.brand_new
try:
    late()
except AttributeError as e:
    print("deleted again", e)

# rebinding the global name `math` to something else
saved = math
for i in range(100):
    floor(2.5)


class FakeMath:
    @staticmethod
    def floor(x):
        return "FakeMath.floor"

    pi = "fake pi"


math = FakeMath
print("name rebound to a class", floor(2.5), pi())
math = FakeMath()
print("to an instance", floor(2.5), pi())
math = random
try:
    floor(1.5)
except AttributeError as e:
    print("to another module", e)
math = saved
print("back", floor(2.5), pi())

# module attributes through getattr/setattr/__dict__
for i in range(100):
    getattr(math, "floor")(1.5)
setattr(math, "floor", lambda x: "setattr floor")
print("setattr", floor(1.5), getattr(math, "floor")(0))
math.__dict__["floor"] = lambda x: "dict floor"
print("module __dict__", floor(1.5))
del math.__dict__["floor"]
print("hasattr after dict delete", hasattr(math, "floor"))
import math as m2
print("same module object", m2 is math, hasattr(m2, "floor"))
math.floor = lambda x: int(x // 1)
print("floor again", floor(7.9), m2.floor(-0.5))

# deterministic random through a hot module-attribute site
random.seed(12345)
draws = [random.randint(1, 6) for _ in range(200)]
print("dice", draws[:10], sum(draws))
real_randint = random.randint
random.randint = lambda a, b: b
print("patched randint", [random.randint(1, 6) for _ in range(3)])
random.randint = real_randint
print("sys attrs", sys.maxsize, type(sys.argv).__name__)
