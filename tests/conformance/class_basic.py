# Class basics: class vs instance attributes, methods, repr/str
class BankAccount:
    bank_name = "PyBank"
    interest = 0.02
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        BankAccount.count += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        self.history.append(("wd", amount))
        return self.balance

    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self.balance})"

    def __str__(self):
        return f"{self.owner}: ${self.balance:,.2f}"


a = BankAccount("alice", 100)
b = BankAccount("bob")
print("count", BankAccount.count)
print("deposit", a.deposit(50))
print("withdraw", a.withdraw(30))
try:
    b.withdraw(10)
except ValueError as e:
    print("ValueError", e)
try:
    b.deposit(-1)
except ValueError as e:
    print("ValueError", e)
print("repr", repr(a), [a, b])
print("str", str(a), "|", b)
print("history", a.history)

print("class attr via instance", a.bank_name)
a.bank_name = "Private"
print("instance shadows", a.bank_name, b.bank_name, BankAccount.bank_name)
BankAccount.bank_name = "NewBank"
print("class change", a.bank_name, b.bank_name)
del a.bank_name
print("after del", a.bank_name)
print("vars", sorted(vars(b)))
print("type name", type(a).__name__, a.__class__.__name__)
print("method bound", a.deposit.__self__ is a)
unbound = BankAccount.deposit
print("call via class", unbound(b, 5))


class Empty:
    pass


e = Empty()
e.x = 1
print("dynamic attr", e.x, hasattr(e, "y"))
try:
    e.y
except AttributeError as ex:
    print("AttributeError", ex)
print("isinstance", isinstance(a, BankAccount), isinstance(e, BankAccount), isinstance(a, object))


class Point:
    """A 2D point."""

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(1, 2).moved(3, 4)
print("point", p.x, p.y, p.dist2(Point()))
print("doc", Point.__doc__)
print("mutable class attr shared:")


class Bag:
    items = []

    def add(self, x):
        self.items.append(x)


b1, b2 = Bag(), Bag()
b1.add(1)
b2.add(2)
print("shared", b1.items, b2.items, Bag.items)
