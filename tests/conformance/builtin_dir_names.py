# dir() of instances, classes, slotted classes and builtins lists what CPython lists.
class A:
    x = 1
    def m(self): pass
a = A(); a.y = 2
print(dir(a))
print(dir(A))
class S:
    __slots__ = ('p',)
print(dir(S()))
print(dir(object()))
print([n for n in ('real', 'imag', 'numerator', 'denominator', '__class__', '__module__', '__doc__') if n in dir(5)])
print([n for n in ('real', 'imag', '__class__', '__module__', 'hex') if n in dir(1.5)])
print('__module__' in dir([]), '__class__' in dir([]), '__lt__' in dir(object), '__dict__' in dir(int), 'append' in dir(list))
class B(A):
    __slots__ = ('q',)
class C(S):
    pass
print([n for n in dir(B()) if not n.startswith('__')], '__dict__' in dir(C()), [n for n in dir(C) if not n.startswith('__')])
