# LEGB scope resolution, global/nonlocal details
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    return inner()


print("enclosing wins", outer())


def uses_builtin():
    return len("abc")


def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")


print("builtin", uses_builtin(), shadows_builtin(), len("abc"))


def set_global():
    global x
    x = "modified global"


set_global()
print("after set_global", x)


def counter_factory():
    count = 0

    def incr():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return incr, get


inc, get = counter_factory()
inc()
inc()
print("shared nonlocal", get())


def three_levels():
    a = 1

    def level2():
        b = 2

        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b

        r = level3()
        return r, b

    r = level2()
    return r, a


print("three levels", three_levels())


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
