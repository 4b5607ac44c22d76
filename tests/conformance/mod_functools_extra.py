# functools and itertools extras: singledispatch, total_ordering, cmp_to_key, cached_property.
from functools import singledispatch, total_ordering, cmp_to_key, cached_property, partialmethod
import itertools as it
@singledispatch
def show(x): return "obj"
@show.register(int)
def _(x): return "int"
@show.register
def _(x: str): return "str"
print(show(1), show("a"), show(2.0))
@total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    @cached_property
    def x(self):
        print("computing"); return 5
c = C(); print(c.x, c.x)
print(list(it.pairwise([1, 2, 3])), list(it.batched([1, 2, 3, 4, 5], 2)) if hasattr(it, "batched") else "nobatched", list(it.combinations_with_replacement("ab", 2)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.starmap(pow, [(2, 3)])), list(it.zip_longest("ab", "c", fillvalue="-")), list(it.groupby("aabbc"))[0][0])
print(list(it.product("ab", repeat=2)), list(it.compress("abc", [1, 0, 1])), list(it.dropwhile(lambda v: v < 2, [1, 2, 1])), list(it.filterfalse(None, [0, 1])), list(it.tee([1, 2])[1]), list(it.chain.from_iterable([[1], [2]])))
