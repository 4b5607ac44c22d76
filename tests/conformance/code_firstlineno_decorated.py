# co_firstlineno of decorated functions and classes is the line of the
# first decorator; errors inside still report their own lines.
import functools
import traceback


def deco(*args):
    return lambda f: f


def plain():
    pass


@deco()
def one():
    pass


@deco(1,
      2)
@functools.lru_cache
def two():
    return 1 / 0


@deco()
class K:
    @staticmethod
    @deco()
    def m():
        pass


for fn in [plain, one, two.__wrapped__, K.m]:
    print(fn.__name__, fn.__code__.co_firstlineno - plain.__code__.co_firstlineno)
try:
    two()
except ZeroDivisionError:
    print([line.split(', ', 1)[1] for line in traceback.format_exc().splitlines() if 'in two' in line])
