# Closures, nonlocal, global
def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c1 = make_counter()
c2 = make_counter(100)
print("c1", c1(), c1(), c1(5))
print("c2", c2(), c2(-50))
print("c1 again", c1())


def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders


print("late binding", [f(10) for f in make_adders()])


def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]


print("fixed binding", [f(10) for f in make_adders_fixed()])

total = 0


def add_global(n):
    global total
    total += n


add_global(5)
add_global(7)
print("global total", total)


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"

        inner()
        return x

    r = middle()
    return r, x


print("nested nonlocal", outer())


def accumulator():
    items = []

    def add(v):
        items.append(v)
        return list(items)

    return add


acc = accumulator()
acc(1)
print("acc", acc(2))


def shadow():
    x = 1

    def g():
        x = 2
        return x

    return g(), x


print("shadow", shadow())

x = "global x"


def read_global():
    return x


def local_shadow():
    x = "local x"
    return x


print(read_global(), "|", local_shadow(), "|", x)


def bad():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


bad()


def make_bank(balance):
    def deposit(a):
        nonlocal balance
        balance += a
        return balance

    def withdraw(a):
        nonlocal balance
        if a > balance:
            return "insufficient"
        balance -= a
        return balance

    return deposit, withdraw


dep, wd = make_bank(50)
print("bank", dep(25), wd(100), wd(30), dep(5))


def gen_global():
    global newglobal
    newglobal = "created"


gen_global()
print("new global", newglobal)
