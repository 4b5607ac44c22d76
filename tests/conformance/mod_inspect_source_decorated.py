# inspect.getsource of decorated functions (decorators over several lines),
# coroutines, nested classes and multi-line lambdas.
import inspect
import functools


def deco(*a, **k):
    def wrap(f):
        return f
    return wrap


@deco(1,
      2)
@deco(
    key='v')
def multi(x):
    return x


class Outer:
    @deco(
        3)
    async def am(self):
        await self.other()

    def other(self):
        pass


if True:
    def in_if(y):
        return y   # comment

    z = 1


def make():
    class Local:
        """Doc."""
        def m(self):
            return '''
text
'''
    return Local


fn = (lambda a,
      b: a + b)
items = sorted([3, 1], key=lambda v: -v)
for o in [multi, Outer.am, in_if, make(), make().m, fn, Outer]:
    print('----')
    print(inspect.getsource(o), end='')
print(inspect.getsourcelines(multi)[1], inspect.getsourcelines(Outer.am)[1])
print(inspect.iscoroutinefunction(Outer.am), inspect.iscoroutinefunction(Outer().am))
