# Polymorphic call site: one + that sees ints, floats, strings
# The same `a + b` sees ints, then floats, then strings, then lists. Brisk
# specializes it for the types it sees first (BINARY_OP_ADD_INT); when the
# types change, the guard misses, the generic path runs (never a wrong
# answer) and after a cooldown the instruction re-specializes for the new
# types (BINARY_OP_ADD_FLOAT, BINARY_OP_ADD_UNICODE).

def add(a, b):
    return a + b


def fold(items, start):
    acc = start
    for item in items:
        acc = add(acc, item)
    return acc


print("ints:   ", fold(range(100_000), 0))
print("floats: ", fold([i * 0.25 for i in range(100_000)], 0.0))
print("strings:", fold(["ab", "cd", "ef"] * 3, ""))
print("lists:  ", fold([[1], [2, 3], [4]], []))
print("ints again:", fold(range(10), 100))
