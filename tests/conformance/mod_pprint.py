import pprint
import collections
import io

data = {
    'name': 'Brisk', 'version': (0, 1, 0), 'tags': ['python', 'rust', 'wasm', 'interpreter', 'bytecode'],
    'matrix': [[i * j for j in range(8)] for i in range(5)], 'nested': {'a': {'b': {'c': {'d': [1, 2, {'e': 3}]}}}},
    'empty': [{}, [], (), set(), ''], 'flags': {True: 'yes', False: 'no'}, 'single': (1,), 'ratio': 0.25,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, sort_dicts=False)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pprint(data['matrix'], compact=True, width=30)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), compact=True, indent=3, width=50)
pprint.pprint(list(range(30)))
pprint.pp(data, width=50)
print(pprint.pformat([1, 2, 3]), pprint.pformat({'b': 1, 'a': 2}), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
print(pprint.pformat((1,)), pprint.pformat(()), pprint.pformat('x'), pprint.pformat(12345678, underscore_numbers=True))
pprint.pprint({'big': [10 ** 6] * 9}, underscore_numbers=True, width=30)

# Sets and frozensets are sorted once they need more than one line.
pprint.pprint({3, 1, 2})
pprint.pprint(set(range(0, 60, 2)), width=40)
pprint.pprint(frozenset(['pear', 'apple', 'fig', 'banana', 'cherry', 'kiwi', 'mango']), width=30)
pprint.pprint([set(), frozenset(), {5}], width=5)
pprint.pprint({1: 'one', 'two': 2, (3,): [3], None: 0}, width=10)

# Strings are wrapped at whitespace.
text = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore '
        'et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.')
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint({'text': text, 'lines': 'first line\nsecond line is a bit longer than the first\nthird\n'}, width=40)
pprint.pprint(['short', text[:100], 'x' * 90], width=50)
pprint.pprint(('a' * 30 + ' ') * 4, width=20)
pprint.pprint('no_spaces_' * 12)

# Nested tuples and lists near the width limit.
pprint.pprint([(i, str(i) * i) for i in range(12)], width=40)
pprint.pprint(((1, 2), [3, (4, [5, (6,)])]) * 4, width=20)
pprint.pprint([[[[[[1, 2, 3]]]]]], width=10)
pprint.pprint([[[[[[1, 2, 3]]]]]], depth=3)
pprint.pprint({'k%d' % i: list(range(i)) for i in range(10)}, width=50)
pprint.pprint({'k': {'inner_%d' % i: 'v' * i for i in range(6)}}, width=30, indent=2)

# Collections.
pprint.pprint(collections.OrderedDict((str(i), i * i) for i in range(15)))
pprint.pprint(collections.OrderedDict())
pprint.pprint(collections.Counter('abracadabra simsalabim hocus pocus'), width=40)
pprint.pprint(collections.defaultdict(list, {'fruits': ['apple', 'banana', 'cherry'], 'veg': ['kale', 'leek']}),
              width=40)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=35), width=40)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


class MyDict(dict):
    pass


class MyList(list):
    def __repr__(self):
        return 'MyList!'


pprint.pprint([Point(i, -i) for i in range(10)])
pprint.pprint(MyDict(zip('abcdefghijkl', range(100, 112))))
pprint.pprint([MyList(range(40))] * 3)

# Recursion, readability and saferepr.
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a', (2.5, None)]))
print(pprint.isreadable(Point(1, 2)), pprint.isreadable(object()), pprint.saferepr({'b': [1, 2], 'a': (3,)}))
print(pprint.saferepr(r).startswith('[1, 2, <Recursion on list with id='))
d = {'self': None}
d['self'] = d
print(pprint.isrecursive(d), pprint.PrettyPrinter().isrecursive([1]))

# Streams and the PrettyPrinter class.
buf = io.StringIO()
pprint.pprint(data['tags'], stream=buf, width=20)
print(repr(buf.getvalue()))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True)
print(pp.pformat(data['nested']))
pp.pprint(list(range(25)))
print(pp.isreadable([1, 2]), pp.format([1, 2], {}, 0, 0))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
print(sorted(pprint.__all__))
