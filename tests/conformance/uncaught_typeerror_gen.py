# Uncaught TypeError raised while consuming a generator
def values():
    yield 1
    yield 2.5
    yield True
    yield "three"
    yield 4


def labelled(gen):
    for i, v in enumerate(gen):
        yield f"item{i}", v


for label, v in labelled(values()):
    print(label, type(v).__name__, repr(v))

numbers = [v for v in values() if not isinstance(v, str)]
print("numbers only", numbers, "sum", sum(numbers))

try:
    sum(values())
except TypeError as e:
    print("handled:", e)

total = 0
for v in values():
    print("adding", repr(v))
    total = total + v
    print("running total", total)
print("unreachable")
