# Backtracking search: N-queens solved with sets of occupied columns and
# diagonals, plus a small knapsack by dynamic programming over a list.
# Measures set add/remove/contains, tuples and recursion with many branches.


def queens(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return solutions


def knapsack(weights, values, cap):
    best = [0] * (cap + 1)
    for i in range(len(weights)):
        w = weights[i]
        v = values[i]
        c = cap
        while c >= w:
            cand = best[c - w] + v
            if cand > best[c]:
                best[c] = cand
            c -= 1
    return best[cap]


def main():
    sols = queens(N)
    first = sols[0]
    last = sols[-1]
    sym = 0
    sol_set = set(sols)
    for s in sols:
        mirrored = tuple([N - 1 - c for c in s])
        if mirrored in sol_set:
            sym += 1
    weights = [(i * 37) % 23 + 1 for i in range(ITEMS)]
    values = [(i * 53) % 31 + 1 for i in range(ITEMS)]
    ks = knapsack(weights, values, CAP)
    print("nqueens", N, len(sols), list(first), list(last), sym, "knapsack", ks)


N = 11
ITEMS = 500
CAP = 3000
main()
