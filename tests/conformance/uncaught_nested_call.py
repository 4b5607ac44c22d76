# Uncaught KeyError raised deep inside nested function calls
inventory = {"apple": 3, "pear": 5}


def lookup(name):
    return inventory[name]


def price_of(name, unit):
    qty = lookup(name)
    return qty * unit


def report(names):
    total = 0
    for n in names:
        v = price_of(n, 2)
        print("line", n, v)
        total += v
    return total


print("start report")
try:
    print("partial total", report(["apple", "pear"]))
finally:
    print("finally block runs before crash path begins")
print("full total", report(["apple", "kiwi", "pear"]))
print("unreachable")
