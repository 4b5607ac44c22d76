# A generator's handled exception is its own: sys.exc_info() inside and
# outside across yields, and close() of one that ignores GeneratorExit.
import sys
def g():
    try:
        raise KeyError('k')
    except KeyError:
        yield 1
        print('inside', sys.exc_info()[0].__name__)
    yield 2
x = g()
next(x)
print('outside', sys.exc_info())
try:
    raise ValueError
except ValueError:
    print('handling', sys.exc_info()[0].__name__)
    next(x)
    print('still', sys.exc_info()[0].__name__)
print('after', sys.exc_info())
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e, repr(e.__context__))
print(sys.exc_info())
try:
    raise TypeError('t')
except TypeError as e:
    print('context clean', repr(e.__context__))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught', e, sys.exc_info()[1] is e)
c = catcher()
next(c)
c.throw(ValueError('one'))
c.throw(ValueError('two'))
print('end', sys.exc_info())
