# try/except/else/finally: loops, tuples, raising in finally, nested handlers
def run(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


def t9():
    out = []
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                break
        finally:
            out.append(i)
    return out


def t10():
    try:
        raise TypeError("t")
    except (ValueError, TypeError) as e:
        return "tuple caught " + type(e).__name__


def t11():
    try:
        pass
    finally:
        raise RuntimeError("from finally")


def t12():
    try:
        try:
            1 / 0
        finally:
            print("  cleanup during propagation")
    except ZeroDivisionError:
        return "outer handled"


def t13():
    try:
        raise ValueError("x")
    except ValueError:
        try:
            raise KeyError("y")
        except KeyError as e:
            return "nested handler " + str(e)


def t14():
    try:
        val = int("12")
    except ValueError:
        val = -1
    else:
        val *= 2
    return val


def t15():
    try:
        raise ValueError("boom")
    except ValueError as e:
        pass
    try:
        return e
    except NameError as ne:
        return "e deleted after except: " + str(ne)


def t16():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError
            finally:
                out.append("inner" + str(i))
                if i == 1:
                    continue
        except ValueError:
            out.append("never")
        out.append("end" + str(i))
    return out


for i, fn in enumerate([t9, t10, t11, t12, t13, t14, t15, t16], 9):
    run(f"t{i}", fn)


def bare():
    try:
        [].pop()
    except:
        return "bare except caught"


print(bare())
