# Recursion: N-queens, Hanoi, permutations
# Python calls in Brisk never recurse on the native stack: frames live on
# the interpreter's own stack, so running out of depth is a RecursionError,
# never a crash.

def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        return 1
    found = 0
    for col in range(n):
        if col in cols or row + col in diag1 or row - col in diag2:
            continue
        found += queens(n, row + 1, cols + (col,), diag1 + (row + col,), diag2 + (row - col,))
    return found


def hanoi(n, source, target, spare, moves):
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([item] + rest)
    return out


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


for n in range(1, 9):
    print(f"{n} queens: {queens(n)} solutions")
moves = []
hanoi(10, "A", "C", "B", moves)
print("Hanoi with 10 discs:", len(moves), "moves, first three", moves[:3])
print("permutations of 'abc':", ["".join(p) for p in permutations(list("abc"))])
print("fib(22) =", fib(22))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError caught:", e)
