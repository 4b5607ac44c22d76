# assert with and without message
def check(label, fn):
    try:
        fn()
        print(label, "passed")
    except AssertionError as e:
        print(label, "AssertionError", repr(str(e)), e.args)


def a1():
    assert True


def a2():
    assert 1 + 1 == 3


def a3():
    assert 1 + 1 == 3, "math is broken"


def a4():
    x = []
    assert x, f"list is empty: {x}"


def a5():
    assert [1], "non-empty passes"


def a6():
    assert None, ("tuple", "message")


def a7():
    assert 0, 42


check("a1", a1)
check("a2", a2)
check("a3", a3)
check("a4", a4)
check("a5", a5)
check("a6", a6)
check("a7", a7)

evaluated = []


def side(v):
    evaluated.append(v)
    return v


def lazy_message():
    assert side(True), side("msg not evaluated")
    assert side(False), side("msg evaluated")


check("lazy", lazy_message)
print("evaluated", evaluated)


def safe_div(a, b):
    assert b != 0, "divisor must be nonzero"
    return a / b


print("safe_div", safe_div(10, 4))
try:
    safe_div(1, 0)
except AssertionError as e:
    print("caught", e)


def invariant_stack():
    stack = []
    for i in range(5):
        stack.append(i)
        assert len(stack) == i + 1
    while stack:
        stack.pop()
    assert not stack
    return "invariants held"


print(invariant_stack())
try:
    assert isinstance("s", int), "expected int"
except AssertionError as e:
    print("isinstance assert", e, "| is Exception", isinstance(e, Exception))
try:
    raise AssertionError("manual")
except AssertionError as e:
    print("manual raise", e)
