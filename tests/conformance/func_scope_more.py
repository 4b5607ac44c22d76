# More scoping: class bodies, loop closures, conditional locals, globals from nested functions
x = "global"


class Scope:
    y = 5
    z = y * 2

    def method(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)


print("class body scope", Scope.z, Scope().method())


def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * i
        fs.append(f)
    return [f() for f in fs]


print("loop closures", loop_closures())


def param_shadow(x):
    return x


print("param shadows global", param_shadow("param"), x)


def conditional_local(flag):
    if flag:
        v = "set"
    try:
        return v
    except UnboundLocalError:
        return "unbound"


print("conditional local", conditional_local(True), conditional_local(False))
total = 0


def add_to_total(n):
    global total
    for i in range(n):
        total += i
    return total


print("global accumulation", add_to_total(5), add_to_total(3), total)


def make_gen():
    state = []

    def push(v):
        state.append(v)

    def snapshot():
        return tuple(state)

    return push, snapshot


push, snap = make_gen()
push(1)
push(2)
print("mutating closure without nonlocal", snap())


def global_in_nested():
    def inner():
        global new_name
        new_name = "from inner"

    inner()


global_in_nested()
print("global created in nested", new_name)
lam = lambda: x
x = "rebound later"
print("lambda sees late global", lam())
