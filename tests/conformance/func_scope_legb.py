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
