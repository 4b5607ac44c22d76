# break/continue inside try/finally and try/except in loops
def loop1():
    log = []
    for i in range(5):
        try:
            if i == 2:
                continue
            if i == 4:
                break
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")
    else:
        log.append("else")
    return log


print("for+finally", loop1())


def loop2():
    log = []
    i = 0
    while i < 6:
        i += 1
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                log.append(f"even{i}")
            except ValueError as e:
                log.append(f"odd{e}")
                if i == 5:
                    break
                continue
            finally:
                log.append("f")
        finally:
            log.append("F")
    return log


print("while nested", loop2())


def loop3():
    for i in range(3):
        try:
            return f"returned at {i}"
        finally:
            print("  finally during return at", i)


print(loop3())


def loop4():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            if i == 1:
                break
    return out


print("break in finally", loop4())


def loop5():
    out = []
    for i in range(4):
        try:
            if i == 2:
                raise KeyError("swallowed")
            out.append(i)
        finally:
            if i == 2:
                continue
    return out


print("continue in finally swallows exc", loop5())


def loop6():
    out = []
    for outer in range(3):
        for inner in range(3):
            try:
                if inner == 1:
                    continue
                if outer == 1:
                    break
                out.append((outer, inner))
            finally:
                out.append("f")
    return out


print("nested loops", loop6())


def loop7():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ConnectionError("retry")
            result = "connected"
        except ConnectionError:
            print("  attempt", attempts, "failed")
            continue
        else:
            print("  attempt", attempts, "succeeded")
            break
        finally:
            print("  cleanup after attempt", attempts)
    return result, attempts


print("retry loop", loop7())


def loop8():
    results = []
    for x in ["1", "two", "3", None, "5"]:
        try:
            results.append(int(x))
        except ValueError:
            results.append("bad")
        except TypeError:
            results.append("none")
            continue
        finally:
            results.append("|")
    return results


print("parse loop", loop8())
