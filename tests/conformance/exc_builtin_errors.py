# Standard exception types and their well-known messages
def attempt(label, fn, show_msg=True):
    try:
        result = fn()
        print(label, "ok", result)
    except Exception as e:
        if show_msg:
            print(label, type(e).__name__, "|", e)
        else:
            print(label, type(e).__name__)


FIVE = 5
attempt("zerodiv int", lambda: 1 / 0)
attempt("zerodiv floordiv", lambda: 1 // 0)
attempt("zerodiv mod", lambda: 5 % 0)
attempt("zerodiv float", lambda: 1.0 / 0)
attempt("keyerror", lambda: {}["missing"])
attempt("keyerror int", lambda: {1: 2}[3])
attempt("indexerror list", lambda: [1, 2][5])
attempt("indexerror tuple", lambda: (1,)[2])
attempt("indexerror str", lambda: "ab"[9])
attempt("pop empty", lambda: [].pop())
attempt("typeerror add", lambda: 1 + "a")
attempt("typeerror add rev", lambda: "a" + 1)
attempt("typeerror concat list", lambda: [1] + (2,))
attempt("typeerror sub", lambda: "a" - "b")
attempt("typeerror call", lambda: FIVE())
attempt("typeerror subscript", lambda: FIVE[0])
attempt("typeerror unhashable", lambda: {[1]: 2})
attempt("typeerror iter", lambda: iter(5))
attempt("typeerror lt", lambda: 1 < "a")
attempt("valueerror int", lambda: int("abc"))
attempt("valueerror int base", lambda: int("12", 2))
attempt("valueerror float", lambda: float("x1"))
attempt("valueerror remove", lambda: [1].remove(2))
attempt("valueerror index", lambda: [1, 2].index(3))
attempt("valueerror unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("nameerror", lambda: undefined_name)
attempt("attributeerror", lambda: (5).foo)
attempt("attributeerror str", lambda: "x".nope)
attempt("overflow", lambda: 2.0 ** 10000, False)
attempt("overflow int->float", lambda: float(10 ** 400), False)
attempt("str index", lambda: "abc".index("z"))
attempt("dict popitem", lambda: {}.popitem(), False)


class A:
    pass


attempt("attributeerror user", lambda: A().x)
attempt("attributeerror class", lambda: A.y)


def unbound():
    print(z)
    z = 1


attempt("unboundlocal", unbound)
print("UnboundLocalError is NameError", issubclass(UnboundLocalError, NameError))

for exc_type, base in [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
                       (KeyError, LookupError), (IndexError, LookupError),
                       (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
                       (UnboundLocalError, NameError), (StopIteration, Exception),
                       (AssertionError, Exception), (Exception, BaseException),
                       (KeyboardInterrupt, Exception), (GeneratorExit, Exception),
                       (ArithmeticError, Exception), (LookupError, Exception)]:
    print(f"{exc_type.__name__} subclass of {base.__name__}: {issubclass(exc_type, base)}")

try:
    {}["k"]
except LookupError as e:
    print("caught via LookupError", type(e).__name__)
try:
    10 % 0
except ArithmeticError as e:
    print("caught via ArithmeticError", type(e).__name__)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("NotImplementedError via RuntimeError", type(e).__name__)
try:
    [].pop(3)
except (KeyError, IndexError) as e:
    print("tuple catch", type(e).__name__)


def recurse(n):
    return recurse(n + 1) + 1


try:
    recurse(0)
except RecursionError as e:
    print("RecursionError caught", type(e).__name__)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", type(e).__name__, e.args)
