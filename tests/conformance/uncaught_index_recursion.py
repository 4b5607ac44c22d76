# Uncaught IndexError from a recursive function after output
def nth_from_end(lst, n, depth=0):
    print("  depth", depth, "len", len(lst))
    if n == 0:
        return lst[-1]
    return nth_from_end(lst[:-1], n - 1, depth + 1)


def safe_nth(lst, n):
    try:
        return nth_from_end(lst, n)
    except IndexError as e:
        return "error: " + str(e)


print("nth", nth_from_end([1, 2, 3, 4], 2))
print("safe", safe_nth([1], 3))


def sum_tree(node):
    if isinstance(node, int):
        return node
    return sum(sum_tree(child) for child in node)


print("tree sum", sum_tree([1, [2, [3, 4]], [[5]]]))


def depth(node):
    if not isinstance(node, list):
        return 0
    return 1 + max((depth(c) for c in node), default=0)


print("depth", depth([1, [2, [3, [4]]]]), depth([]))
print("now asking for too many")
print("nth", nth_from_end([1, 2], 3))
