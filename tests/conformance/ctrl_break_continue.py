# break and continue in various loop shapes
print("skip odds:", [i for i in range(10) if i % 2 == 0])
out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print("continue/break", out)

words = ["alpha", "beta", "", "gamma", "STOP", "delta"]
for w in words:
    if not w:
        print("  empty, skipping")
        continue
    if w == "STOP":
        print("  stop word found")
        break
    print("  word", w)

target = 23
for a in range(10):
    for b in range(10):
        if a * 3 + b * 2 == target:
            print("solution", a, b)
            break
    else:
        continue
    break

n = 0
while True:
    n += 1
    if n % 3:
        continue
    if n > 12:
        break
    print("while multiple of 3:", n)

matrix = [[1, 2, 3], [4, -5, 6], [7, 8, 9]]
for r, row in enumerate(matrix):
    neg = False
    for c, v in enumerate(row):
        if v < 0:
            print("first negative at", (r, c))
            neg = True
            break
    if neg:
        break

count = 0
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        count += 1
print("triangular even count", count)


def find_first(pred, items):
    for idx, item in enumerate(items):
        if pred(item):
            return idx
    return -1


print("find_first", find_first(lambda x: x > 3, [1, 5, 2, 7]), find_first(str.isupper, "abc"))

i = 10
while i > 0:
    i -= 3
    if i == 4:
        continue
    print("countdown", i)
else:
    print("while finished normally with i =", i)

tokens = "a b # comment c d".split()
kept = []
for t in tokens:
    if t == "#":
        break
    kept.append(t)
print("before comment", kept)

total = 0
for x in range(100):
    if x % 7 != 0:
        continue
    total += x
    if total > 100:
        break
print("partial sum of multiples of 7", total, "stopped at", x)
for ch in "hello world":
    if ch in "aeiou":
        continue
    print(ch, end="")
print()
