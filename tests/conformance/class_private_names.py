class Account:
    __count = 0
    def __init__(self, b):
        self.__balance = b
        Account.__count += 1
    def __helper(self):
        return self.__balance * 2
    def get(self):
        return self.__helper()
    @classmethod
    def count(cls):
        return cls.__count
class _Under:
    def __init__(self):
        self.__x = 1
class ___:
    def __init__(self):
        self.__y = 2
a = Account(5)
print(a.get(), a._Account__balance, Account.count(), Account._Account__count)
print(sorted(k for k in vars(a)), '_Account__helper' in Account.__dict__)
print(vars(_Under()), vars(___()))
try:
    a.__balance
except AttributeError as e:
    print(e)
class B(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return str(e)
print(B(3).peek())
class Outer:
    class __Inner:
        pass
    def make(self):
        return self.__Inner()
    def f(self):
        return [self.__z for _ in range(1)] if hasattr(self, '_Outer__z') else (lambda: self.__q)
print(type(Outer().make()).__name__, hasattr(Outer, '_Outer__Inner'))
o = Outer(); o._Outer__q = 7; print(o.f()())
