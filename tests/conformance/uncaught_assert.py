# Uncaught AssertionError with a message after printing results
def checked_sqrt(n):
    assert n >= 0, f"negative input {n}"
    x = n
    for _ in range(30):
        x = (x + n / x) / 2 if x else 0
    return round(x, 6)


def checked_mean(xs):
    assert xs, "empty input"
    return sum(xs) / len(xs)


for n in [4, 2, 0.25, 100, 0]:
    print("sqrt", n, checked_sqrt(n))
print("mean", checked_mean([1, 2, 3, 4]))
for bad in ([], -9):
    try:
        if isinstance(bad, list):
            checked_mean(bad)
        else:
            checked_sqrt(bad)
    except AssertionError as e:
        print("handled AssertionError:", e)
try:
    assert 1 > 2
except AssertionError as e:
    print("bare assert message is empty:", repr(str(e)))
print("checking -1")
checked_sqrt(-1)
print("unreachable")
