# map, zip, filter, enumerate and reversed are types, as in CPython.
m = map(str, [1, 2])
checks = [('map', m), ('zip', zip('ab', 'cd')), ('filter', filter(None, [0, 1])), ('enumerate', enumerate('xy', 1)),
          ('reversed', reversed([1, 2])), ('reversed', reversed(range(3)))]
for name, obj in checks:
    cls = eval(name)
    print(name, cls, isinstance(obj, cls), type(obj).__name__, type(obj) is cls, list(obj))
print(isinstance(map, type), type(zip), callable(filter), map.__name__, enumerate.__qualname__)
print(list(map(pow, [2, 3], [3, 2])), list(zip(*[(1, 2), (3, 4)])), dict(enumerate('ab')), list(filter(str.isdigit, 'a1b2')))
print(list(zip('abc', range(3), strict=True)), list(enumerate(iterable='ab', start=5)), list(reversed('abc')))
for bad in ["map()", "map(len)", "zip('a', 'bc', strict=True)", "filter()", "enumerate()", "reversed(5)", "reversed({})", "enumerate([], 'x')"]:
    try:
        print(bad, list(eval(bad)))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
class R:
    def __reversed__(self):
        return iter('zyx')
    def __len__(self):
        return 3
print(list(reversed(R())), isinstance(iter([]), map), sorted(map(abs, [-3, 1, -2])))
