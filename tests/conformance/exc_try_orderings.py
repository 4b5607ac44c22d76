# try/except/else/finally orderings
def run(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


def t1():
    out = []
    try:
        out.append("try")
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out


def t2():
    out = []
    try:
        out.append("try")
        raise ValueError("v")
    except ValueError as e:
        out.append("except " + str(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out


def t3():
    out = []
    try:
        try:
            out.append("inner try")
            raise KeyError("k")
        except ValueError:
            out.append("wrong handler")
        finally:
            out.append("inner finally")
    except KeyError as e:
        out.append("outer caught " + repr(e))
    return out


def t4():
    try:
        return "from try"
    finally:
        print("  finally runs before return")


def t5():
    try:
        return "from try"
    finally:
        return "from finally"


def t6():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"


def t7():
    x = 1
    try:
        return x
    finally:
        x = 2


def t8():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


for i, fn in enumerate([t1, t2, t3, t4, t5, t6, t7, t8], 1):
    run(f"t{i}", fn)
