# with statement: multiple items, suppression, exception flow
events = []


class CM:
    def __init__(self, name, suppress=(), fail_enter=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter

    def __enter__(self):
        events.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        events.append(f"exit {self.name} {et.__name__ if et else '-'}")
        return et is not None and issubclass(et, self.suppress)


def show(label):
    print(label, events)
    events.clear()


with CM("a") as a, CM("b") as b, CM("c") as c:
    events.append(a + b + c)
show("three items")

with CM("a", suppress=(KeyError,)), CM("b"):
    raise KeyError("x")
show("outer suppresses")

try:
    with CM("a"), CM("b", suppress=(ValueError,)):
        raise TypeError("no")
except TypeError:
    events.append("caught TypeError")
show("not suppressed")

try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        events.append("body")
except RuntimeError as e:
    events.append(str(e))
show("enter failure")

with CM("l", suppress=(LookupError,)):
    {}["q"]
    events.append("unreachable")
show("suppress by base class")


def ret_inside():
    with CM("r"):
        return "returned"


print(ret_inside())
show("return inside with")

for i in range(3):
    with CM(f"i{i}", suppress=(ZeroDivisionError,)):
        if i == 1:
            1 / 0
        events.append(f"body{i}")
show("suppress in loop")


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)


with Suppress(ValueError, IndexError):
    int("bad")
print("after suppressed int('bad')")
with Suppress(IndexError):
    [][0]
print("after suppressed IndexError")
try:
    with Suppress(IndexError):
        {}[0]
except KeyError as e:
    print("KeyError not suppressed", e)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("  rolled back due to", et.__name__)
        return False


store = {"x": 1}
with Transaction(store) as s:
    s["y"] = 2
print("committed", store)
try:
    with Transaction(store) as s:
        s["z"] = 3
        s["x"] = 100
        raise ValueError("abort")
except ValueError:
    pass
print("after rollback", store)


class ExitReturnsTruthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"


with ExitReturnsTruthy():
    raise OSError("swallowed by truthy string")
print("truthy non-bool suppresses too")
