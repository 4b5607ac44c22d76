import sys
g = sys.getsizeof
print(g(0), g(1), g(2**30), g(2**60), g(-1), g(True), g(False), g(1.5), g(2**100), g(-2**64))
print(g(''), g('a'), g('ab'), g('é'), g('€'), g('😀'), g('aé'), g('hello world'))
print(g(b''), g(b'ab'), g(()), g((1,)), g((1, 2, 3)))
print(g([]))
l = []
for i in range(12):
    l.append(i)
    print(g(l), end=' ')
print()
print(g({}), g({'a': 1}), g({1: 1}), [g(dict.fromkeys(range(n))) for n in range(0, 25)])
print([g({str(i): i for i in range(n)}) for n in range(0, 25)])
print(g(set()), g({1}), [g(set(range(n))) for n in range(0, 25, 3)], g(frozenset()))
print(g(None), g(...), g(NotImplemented), g(range(3)), g(slice(1)))
class A:
    pass
print(g(A()))
class S:
    def __sizeof__(self):
        return 100
print(g(S()))
class Bad:
    def __sizeof__(self):
        raise TypeError("no")
print(g(Bad(), -1))
try:
    g(Bad())
except TypeError as e:
    print("TypeError", e)
class Neg:
    def __sizeof__(self):
        return -5
try:
    g(Neg())
except ValueError as e:
    print("ValueError", e)
print(g(1, 99))
print(g("x" * 1000) > g("x" * 10))
print(isinstance(g(print), int), isinstance(g(lambda: 0), int), isinstance(g(A), int))
