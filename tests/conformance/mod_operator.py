import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.invert(5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 5), operator.rshift(64, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.getitem('hello', slice(1, 3)))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iadd(1, 2), operator.imul([0], 3), operator.__add__(1, 1), operator.length_hint([1, 2]))

pairs = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(0)), itemgetter(1, 0)(pairs[0]))
print(itemgetter('k')({'k': 'v'}), itemgetter(slice(0, 2))('abcdef'), list(map(itemgetter(0), pairs)))
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('x'), attrgetter('a.b', 'c'), methodcaller('split', ',', maxsplit=1))

class P:
    def __init__(self, name, age, inner=None):
        self.name, self.age, self.inner = name, age, inner
    def __repr__(self):
        return f'P({self.name})'
people = [P('Ann', 30), P('Bob', 25), P('Cy', 35, P('In', 1))]
print(sorted(people, key=attrgetter('age')), attrgetter('name', 'age')(people[0]), attrgetter('inner.name')(people[2]))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'), methodcaller('replace', 'a', 'o', 1)('banana'))
print(methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(max(pairs, key=itemgetter(1)), min(people, key=attrgetter('age')))
try:
    itemgetter(5)([1])
except IndexError as e:
    print('IndexError', e)
try:
    attrgetter('zz')(people[0])
except AttributeError as e:
    print('AttributeError', e)
print(operator.call(len, 'abcd'))
