# inspect.signature of the __init__ that dataclasses generate.
import dataclasses
import inspect
import typing


@dataclasses.dataclass
class P:
    x: int
    y: float = 0.0
    tags: list = dataclasses.field(default_factory=list)
    hidden: int = dataclasses.field(default=5, init=False)


@dataclasses.dataclass(kw_only=True)
class Q:
    name: str
    opts: typing.Optional[dict] = None


@dataclasses.dataclass
class R(P):
    z: str = 'z'
    scale: dataclasses.InitVar[int] = 1

    def __post_init__(self, scale):
        self.y *= scale


for cls in [P, Q, R]:
    print(cls.__name__, inspect.signature(cls))
    print(' ', inspect.signature(cls.__init__))
print(P.__init__.__annotations__)
p = P(1)
print(p, P(2, 1.5, [1]), R(1, 2.0, scale=3))
print(inspect.signature(P).bind(1, tags=[]).arguments)
