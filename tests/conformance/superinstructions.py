# Superinstructions (LOAD_FAST__LOAD_FAST, STORE_FAST__LOAD_FAST, ...): the
# second half raising, jumps that land on a second half, a finalizer run
# between the halves, and the same code run before and after fusing.


def pair_sum(a, b):
    return a + b


def unbound_second(flag):
    if flag:
        y = 1
    x = 2
    return x + y


def unbound_after_store(flag):
    if flag:
        z = 3
    w = 4
    print("stored w", w)
    w = 5
    return z


def loop_target(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total


def swaps(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalized", self.name)


def finalizer_between():
    a = Noisy("first")
    b = a
    a = Noisy("second")
    b = a
    print("b is", b.name)
    a = None
    b = None
    print("both gone")


def constant_then_local(x):
    return 10 - x, x - 10


for n in range(4):
    print(pair_sum(n, n + 1), loop_target(n), swaps(n), constant_then_local(n))
for flag in (True, False):
    try:
        print("sum", unbound_second(flag))
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        print("z", unbound_after_store(flag))
    except UnboundLocalError as e:
        print(type(e).__name__, e)
finalizer_between()
print(swaps(100)[0] % 1000007)
