# Uncaught AssertionError with a message after printing results
def checked_sqrt(n):
    assert n >= 0, f"negative input {n}"
    x = n
    for _ in range(30):
        x = (x + n / x) / 2 if x else 0
    return round(x, 6)


for n in [4, 2, 0.25, 100]:
    print("sqrt", n, checked_sqrt(n))
print("checking -1")
checked_sqrt(-1)
print("unreachable")
