# Return/exception interactions with finally, evaluation order
def f1():
    try:
        return "try"
    finally:
        print("  f1 finally")


def f2():
    try:
        raise ValueError("x")
    except ValueError:
        return "except"
    finally:
        print("  f2 finally")


def f3():
    try:
        return "try"
    finally:
        return "finally overrides"


def f4():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop end"


def f5():
    result = []
    try:
        result.append("a")
        return result
    finally:
        result.append("b")


def f6():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("  f6 inner finally")
    except KeyError as e:
        return "caught " + str(e)
    finally:
        print("  f6 outer finally")


def f7():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise TypeError("during handler")
        finally:
            print("  f7 finally inside handler")


def f8():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            print("  f8 finally", count)


def f9():
    def gen():
        try:
            yield 1
            yield 2
        finally:
            print("  f9 generator finally")

    g = gen()
    try:
        for v in g:
            return v
    finally:
        g.close()


def f10():
    x = 0
    try:
        x = 1
        raise RuntimeError
    except RuntimeError:
        x = 2
        return x
    finally:
        x = 3
        print("  f10 x in finally", x)


for fn in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10]:
    try:
        print(fn.__name__, "->", fn())
    except Exception as e:
        print(fn.__name__, "raised", type(e).__name__, e, "| context:", type(e.__context__).__name__)


def order():
    log = []

    def step(name, value=None):
        log.append(name)
        return value

    try:
        step("try")
        return step("return-expr", "value")
    finally:
        step("finally")
        print("  log at finally", log)


print("order ->", order())
