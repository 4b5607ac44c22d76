# Uncaught TypeError raised while consuming a generator
def values():
    yield 1
    yield 2
    yield "three"
    yield 4


total = 0
for v in values():
    print("adding", v)
    total = total + v
    print("running total", total)
print("unreachable")
