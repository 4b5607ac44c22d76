# Uncaught ZeroDivisionError after some output; exit status 1
def average(xs):
    return sum(xs) / len(xs)


def describe(xs):
    lo, hi = min(xs), max(xs)
    return f"min={lo} max={hi} spread={hi - lo}"


data = [[1, 2, 3], [10, 20], [5], [-4, 4, 9, 11]]
for d in data:
    print("average of", d, "=", average(d), "|", describe(d))

totals = {}
for d in data:
    totals[len(d)] = totals.get(len(d), 0) + sum(d)
print("totals by length", totals)

ratios = []
for a, b in [(10, 4), (9, 3), (-7, 2)]:
    ratios.append((a / b, a // b, a % b))
print("ratios", ratios)

try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("handled:", e)

print("about to average an empty list")
print("result", average([]))
print("never printed")
