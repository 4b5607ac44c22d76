# Exceptions raised and caught in a loop: built-in exceptions (ZeroDivision,
# KeyError, IndexError, ValueError), user-defined exception classes with
# attributes, try/except/else/finally, and exceptions crossing call frames.
# Measures raise, unwinding, except-clause matching and finally blocks.


class AppError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, msg)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


def lookup(table, key):
    if key % 7 == 0:
        raise NotFound(404, "missing")
    if key % 11 == 0:
        raise Invalid(400, "bad")
    return table[key % len(table)]


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1


def main():
    table = [3, 1, 4, 1, 5, 9, 2, 6]
    d = {"a": 1, "b": 2}
    caught = {"zero": 0, "key": 0, "index": 0, "value": 0, "notfound": 0,
              "invalid": 0, "finally": 0, "else": 0, "deep": 0}
    total = 0
    codes = 0
    for i in range(N):
        try:
            total += 100 // (i % 5)
        except ZeroDivisionError:
            caught["zero"] += 1
        try:
            total += d["c" if i % 4 == 0 else "a"]
        except KeyError:
            caught["key"] += 1
        try:
            total += table[i % 10]
        except IndexError:
            caught["index"] += 1
        else:
            caught["else"] += 1
        try:
            total += lookup(table, i)
        except NotFound as e:
            caught["notfound"] += 1
            codes += e.code
        except AppError as e:
            caught["invalid"] += 1
            codes += e.code
        finally:
            caught["finally"] += 1
        try:
            if i % 3 == 0:
                raise ValueError(str(i))
        except (TypeError, ValueError) as e:
            caught["value"] += 1
            total += len(e.args[0])
        if i % 50 == 0:
            try:
                deep(20)
            except ValueError:
                caught["deep"] += 1
    summary = []
    for k in sorted(caught):
        summary.append(k + "=" + str(caught[k]))
    print("exceptions", total, codes, " ".join(summary))


N = 300000
main()
