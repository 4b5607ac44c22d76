# Classic sorting algorithms implemented by hand
def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def selection_sort(a):
    a = list(a)
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a


def quicksort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    less = [x for x in a if x < pivot]
    equal = [x for x in a if x == pivot]
    greater = [x for x in a if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
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


def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a


def counting_sort(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out.extend([i + lo] * c)
    return out


def pseudo_random(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        out.append(seed % 100 - 50)
    return out


datasets = [[], [1], [2, 1], [5, 2, 9, 1, 5, 6], list(range(10, 0, -1)), pseudo_random(42, 25), [3, 3, 3, -1, 0]]
algos = [insertion_sort, selection_sort, quicksort, merge_sort, heap_sort, counting_sort]
for data in datasets:
    expected = sorted(data)
    results = {alg.__name__: alg(data) == expected for alg in algos}
    print(len(data), all(results.values()), expected[:8])
print("random data", pseudo_random(7, 10))
print("strings", quicksort(list("quicksort")), merge_sort(["pear", "apple", "fig"]))
print("floats", heap_sort([3.5, -1.25, 2.0, 0.0, -0.5]))
print("stable merge sort on keys", [p for p in merge_sort([(1, "b"), (0, "z"), (1, "a"), (0, "y")])])
