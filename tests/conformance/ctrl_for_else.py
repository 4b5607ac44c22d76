# for loops with else, break, continue, nested loops
for i in range(3):
    print("for", i)
else:
    print("for else ran")

for i in range(10):
    if i == 4:
        print("break at", i)
        break
else:
    print("not reached")

for x in []:
    print("never")
else:
    print("else on empty")

primes = []
for n in range(2, 40):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print("primes", primes)

for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)

# nested with labelled break via flag
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)

# loop variable after loop
for k in range(5):
    pass
print("k after loop", k)

# modifying loop var doesn't affect iteration
for k in range(3):
    print("k", k)
    k = 100

# iteration over various iterables
for ch in "abc":
    print("char", ch, end=";")
print()
for key in {"b": 1, "a": 2}:
    print("key", key)
for a, b in zip("xy", [1, 2]):
    print("zip", a, b)
for idx, val in enumerate("pq", start=10):
    print("enum", idx, val)

# multiplication table
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(f"{i * j:3d}")
    print("".join(row))

# triple nested with continue in middle
count = 0
for a in range(3):
    for b in range(3):
        if a == b:
            continue
        for c in range(3):
            if c in (a, b):
                continue
            count += 1
            print("perm", a, b, c)
print("perm count", count)

# else with continue in last iteration still runs
for i in range(3):
    if i == 2:
        continue
else:
    print("else after continue")
# list mutated while iterating (append)
items = [1, 2, 3]
for it in items:
    if it < 3:
        items.append(it + 10)
print("grown", items)
