# typing: annotations at runtime, NamedTuple, TypedDict, special forms.
from typing import (Any, Callable, Dict, List, NamedTuple, Optional, Tuple, TypedDict, TypeVar,
                    Union, Generic, cast, get_type_hints)
import typing


def greet(name: str, times: int = 1) -> str:
    return ", ".join(["hi " + name] * times)


print(greet("bo", 2))
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...])
print(Optional[int] == Union[int, None], Union[int] is int, Union[int, Union[str, float]])
print(Callable[[int, str], bool], typing.Any)
T = TypeVar("T")
print(T, List[T])
print(cast(int, "not checked"))


class Employee(NamedTuple):
    name: str
    id: int = 3


e = Employee("ann")
print(e, e.name, e.id, e[0], len(e), isinstance(e, tuple))
print(e._replace(id=7), e._asdict(), Employee._fields, Employee._make(["x", 1]))
name, ident = Employee("bob", 9)
print(name, ident, Employee("a", 1) == ("a", 1))
try:
    Employee()
except TypeError as e2:
    print("TypeError:", e2)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__annotations__)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


print(Box(3).item, Box[int](4).item)


class Config:
    debug: bool = False
    name: str
    retries: int = 3


print(Config.__annotations__, get_type_hints(Config))
x: int = 5
y: List[int]
print(__annotations__)
print(greet.__name__, typing.TYPE_CHECKING)
