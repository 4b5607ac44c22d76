import itertools
from itertools import (count, cycle, repeat, chain, islice, accumulate, product, permutations,
                       combinations, combinations_with_replacement, zip_longest, groupby,
                       takewhile, dropwhile, starmap, tee, pairwise, compress, filterfalse)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('abc'), 7)), list(islice(cycle([]), 3)))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(islice(repeat(7), 2)), list(map(pow, range(5), repeat(2))))
print(list(chain('ab', [1, 2], (3,))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(islice('abcdefg', 3)), list(islice('abcdefg', 2, 5)), list(islice('abcdefg', 1, None, 2)), list(islice('abcdefg', 0, 6, 4)))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 3)), next(it))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=0)), list(accumulate('abc')))
print(list(product('ab', repeat=2)), list(product([1, 2], 'xy')), list(product()), list(product([], [1])))
print(len(list(product(range(3), repeat=3))), list(product('ab', [0], repeat=2))[:3])
print(list(permutations([1, 2, 3])), list(permutations('abcd', 2)), list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations('abcd', 2)), list(combinations(range(5), 3)), list(combinations([1, 2], 3)), list(combinations([1, 2], 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print([k for k, g in groupby('aabbbc')], list(groupby([])))
groups = groupby('aaabbb')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])
for letter, words in groupby(data, key=lambda w: w[0]):
    print(letter, list(words))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda a, b: a + b, zip('ab', 'cd'))))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
a, b, c = tee('xyz', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(list(pairwise('abcd')), list(pairwise([1])), list(pairwise([])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(20), 3)))
for x in count(3):
    if x > 5:
        break
    print(x, end=' ')
print()
def err(f, *a):
    try:
        print("ok", list(f(*a)))
    except Exception as ex:
        print(type(ex).__name__, ex)
err(islice, 'abc', -1)
err(islice, 'abc', 0, 2, 0)
err(combinations, 'abc', -1)
err(product, 'ab', -1) if False else None
print(list(zip(count(), 'abc')), dict(zip('abc', count(1))))

# count and repeat objects: repr (which tracks their state) and arguments.
from itertools import count as _count, repeat as _repeat
print(repr(_count(9, 2)), repr(_count()), repr(_count(1.5)), repr(_count(0, 1.0)), _count(3, -1))
print(repr(_repeat('a', 3)), repr(_repeat('a')), _repeat([1], -2), _repeat(None, times=2))
_c = _count(5, 3)
print(next(_c), next(_c), _c)
_r = _repeat('x', 2)
print(next(_r), _r, list(_r), _r)
print(list(zip(_count(), "abc")), list(map(pow, range(4), _repeat(2))))
print(type(_count()).__name__, type(_repeat(1)).__name__, isinstance(_count(), _count))
try:
    _count('a')
except TypeError as e:
    print("TypeError", e)
print(-1 in _repeat(-1, 1), 5 in _count(), list(zip(_repeat(1, 2), _count())))
