# `collections.abc` is reachable without importing it (CPython's startup imports it).
import collections

print(isinstance([], collections.abc.Iterable), isinstance(3, collections.abc.Sized))
print(collections.abc.Mapping.__name__, collections.abc is __import__('collections.abc').abc)
try:
    collections.no_such_thing
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(collections, 'nope'), getattr(collections, 'nope', 'default'))
