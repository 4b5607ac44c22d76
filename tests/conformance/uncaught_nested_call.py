# Uncaught KeyError raised deep inside nested function calls
inventory = {"apple": 3, "pear": 5, "plum": 0}
prices = {"apple": 2, "pear": 3, "plum": 7}


def lookup(name):
    return inventory[name]


def price_of(name):
    qty = lookup(name)
    return qty * prices[name]


def report(names):
    total = 0
    for n in names:
        v = price_of(n)
        print("  line", n, v)
        total += v
    return total


print("start report")
try:
    print("partial total", report(["apple", "pear", "plum"]))
finally:
    print("first report finished")

try:
    report(["banana"])
except KeyError as e:
    print("handled missing item", e)

print("second report (will crash)")
print("full total", report(["apple", "kiwi", "pear"]))
print("unreachable")
