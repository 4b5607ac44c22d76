# types.MappingProxyType: a read-only, live view of a mapping.
import types
from collections import OrderedDict

d = {'a': 1, 'b': 2}
mp = types.MappingProxyType(d)
print(mp, type(mp), type(mp).__name__, len(mp), mp['a'], mp.get('z'), mp.get('z', 0), 'a' in mp)
print(list(mp), list(mp.keys()), list(mp.values()), list(mp.items()), list(reversed(mp)))
d['c'] = 3
print(mp, mp.copy(), mp == d, mp == {'a': 1}, mp | {'x': 0}, {'y': 9} | mp)
for action in [lambda: types.MappingProxyType([1]),
               lambda: types.MappingProxyType(5), lambda: hash(mp), lambda: mp['missing']]:
    try:
        action()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    mp['a'] = 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    del mp['a']
except TypeError as e:
    print(type(e).__name__, e)
print(repr(mp), str(mp))
print(types.MappingProxyType(OrderedDict([('k', 'v')])), dict(mp), sorted(mp), {**mp})
print(isinstance(mp, types.MappingProxyType), isinstance(d, types.MappingProxyType))
