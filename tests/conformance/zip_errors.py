for args in [(1,), ([1], 2), ("ab", None)]:
    try:
        zip(*args)
    except TypeError as e:
        print("TypeError:", e)
print(list(zip("ab", [1, 2, 3])), list(zip()))
try:
    list(zip("ab", [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
