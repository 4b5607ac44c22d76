# Function annotations: evaluated at definition time, stored in __annotations__.
from functools import singledispatch


def area(width: float, height: float = 1.0, *rest: int, scale: "factor" = 2, **opts: bool) -> float:
    return width * height * scale


print(area.__annotations__)
print(area(2, 3))


def plain(a, b=2):
    return a + b


print(plain.__annotations__, plain(1))
order = []


def note(tag):
    order.append(tag)
    return tag


def evaluated(x: note("x"), y: note("y")) -> note("ret"):
    pass


print(order, evaluated.__annotations__["return"])


class Tree:
    def insert(self, value: int) -> "Tree":
        return self


print(Tree.insert.__annotations__)


@singledispatch
def describe(x):
    return "something"


@describe.register
def _(x: int):
    return "an int"


@describe.register
def _(x: list):
    return "a list"


print(describe(3), describe([1]), describe("s"))
lam = lambda x: x
print(lam.__annotations__)


async def fetch(url: str) -> bytes:
    return b""


print(fetch.__annotations__)
