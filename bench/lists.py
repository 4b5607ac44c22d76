# List work: hand-written sorts (insertion sort, merge sort, quicksort),
# matrix multiplication with nested lists, and list comprehensions.
# Measures list indexing, append, slicing and comprehension loops.


def lcg_list(n, seed):
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % 100000)
    return out


def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    less = [x for x in a if x < pivot]
    equal = [x for x in a if x == pivot]
    greater = [x for x in a if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    bt = [[b[r][c] for r in range(k)] for c in range(m)]
    out = []
    for i in range(n):
        row = a[i]
        out_row = []
        for j in range(m):
            col = bt[j]
            s = 0
            for t in range(k):
                s += row[t] * col[t]
            out_row.append(s)
        out.append(out_row)
    return out


def checksum(a):
    s = 0
    for i, x in enumerate(a):
        s = (s * 31 + x * (i + 1)) % 1000000007
    return s


def main():
    data = lcg_list(INS_N, 7)
    s1 = insertion_sort(data)
    big = lcg_list(SORT_N, 99)
    s2 = merge_sort(big)
    s3 = quicksort(big)
    ok = s2 == s3 and s2 == sorted(big) and s1 == sorted(data)
    a = [[(i * j + 1) % 17 for j in range(MAT_N)] for i in range(MAT_N)]
    b = [[(i + 2 * j) % 13 for j in range(MAT_N)] for i in range(MAT_N)]
    c = matmul(a, b)
    trace = sum([c[i][i] for i in range(MAT_N)])
    evens = [x * x for x in big if x % 2 == 0]
    nested = [[x + y for y in range(5)] for x in range(1000)]
    flat = [v for row in nested for v in row]
    print("lists", ok, checksum(s1), checksum(s2), trace, sum(c[MAT_N - 1]),
          len(evens), sum(evens) % 1000003, sum(flat), max(big), min(big))


INS_N = 1800
SORT_N = 60000
MAT_N = 70
main()
