# Uncaught IndexError from a recursive function after output
def nth_from_end(lst, n, depth=0):
    print("  depth", depth, "len", len(lst))
    if n == 0:
        return lst[-1]
    return nth_from_end(lst[:-1], n - 1, depth + 1)


print("nth", nth_from_end([1, 2, 3, 4], 2))
print("now asking for too many")
print("nth", nth_from_end([1, 2], 3))
