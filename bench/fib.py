# Recursive calls: naive doubly-recursive Fibonacci plus Ackermann-style
# recursion. Measures the cost of Python-level calls and returns.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def main():
    total = 0
    for i in range(FIB_REPS):
        total += fib(FIB_N)
    t = tak(TAK_X, TAK_Y, TAK_Z)
    print("fib", FIB_N, total, "tak", t)


FIB_N = 30
FIB_REPS = 3
TAK_X, TAK_Y, TAK_Z = 22, 16, 8
main()
