# printf-style % with tuple subclasses (namedtuples) and mappings.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print("x=%d y=%d" % p, "%s" % (p,), "%r" % (p,))


class Pair(tuple):
    pass


print("%s-%s" % Pair(("a", "b")), "%(k)s" % {"k": "v"})
try:
    "%d %d" % Pair((1,))
except TypeError as e:
    print("TypeError:", e)
