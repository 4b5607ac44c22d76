# Division and modulo sites that are hot with good divisors, then hit zero
# (int, float, big int, bool, subclasses); the error must be raised and
# caught each time and the site must keep working afterwards.


def fdiv(a, b):
    return a // b


def tdiv(a, b):
    return a / b


def mod(a, b):
    return a % b


def dm(a, b):
    return divmod(a, b)


def run(f, name):
    ok = 0
    errors = []
    for i in range(400):
        b = i % 9 - 4          # ..., -1, 0, 1, ...
        a = i * 7 - 1000
        try:
            r = f(a, b)
            ok += r if not isinstance(r, tuple) else r[0] + r[1]
        except ZeroDivisionError as e:
            errors.append(str(e))
    print(name, "sum", ok, "errors", len(errors), sorted(set(errors)))


run(fdiv, "floordiv")
run(tdiv, "truediv")
run(mod, "mod")
run(dm, "divmod")

zeros = [0, 0.0, -0.0, False, 2**70 - 2**70]
numerators = [1, -1, 0, 1.5, 2**80, True]
for f, name in [(fdiv, "//"), (tdiv, "/"), (mod, "%"), (dm, "divmod")]:
    for _ in range(50):
        f(10, 3)
    for a in numerators:
        for z in zeros:
            try:
                r = f(a, z)
                print(name, a, z, "->", r)
            except ZeroDivisionError as e:
                print(name, repr(a), repr(z), "ZeroDivisionError:", e)
    print(name, "after zeros", f(17, 5), f(-17, 5), f(17.5, -5))

# float sites: warm then zero
acc = 0.0
for i in range(1, 200):
    acc += tdiv(1.0, float(i))
print("harmonic", round(acc, 10))
for z in [0.0, 0]:
    try:
        tdiv(1.0, z)
    except ZeroDivisionError as e:
        print("float/zero", e)
    try:
        mod(1.5, z)
    except ZeroDivisionError as e:
        print("float%zero", e)
    try:
        fdiv(1.5, z)
    except ZeroDivisionError as e:
        print("float//zero", e)


class Num(int):
    def __floordiv__(self, other):
        if other == 0:
            return "no zero for Num"
        return int.__floordiv__(self, other)

    def __rmod__(self, other):
        return ("rmod", other, int(self))


for _ in range(2):
    print("subclass", fdiv(Num(9), 2), fdiv(Num(9), 0), mod(7, Num(0)), mod(7, Num(3)))

# the error escapes a hot loop and the loop restarts
vals = [5, 4, 3, 2, 1, 0, -1]
for attempt in range(3):
    total = 0
    try:
        for v in vals * 40:
            total += 100 // v
    except ZeroDivisionError as e:
        print("attempt", attempt, "total so far", total, "error", e)
    vals = [v for v in vals if v != 0] if attempt == 1 else vals
print("final total", total)

# modulo with negative and float operands after int warm-up
for _ in range(100):
    mod(13, 4)
for a, b in [(-13, 4), (13, -4), (-13, -4), (13.5, 4), (-13.5, 4), (13, -4.5), (-0.0, 5), (2**65, -3), (-(2**65), 3)]:
    print("mod", a, b, mod(a, b), fdiv(a, b))
