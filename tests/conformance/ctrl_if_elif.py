# if / elif / else chains and truthiness
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


for v in [-5, 0, 3, 42, 1000]:
    print("classify", v, classify(v))


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


print("fizzbuzz", " ".join(fizzbuzz(i) for i in range(1, 21)))

for val in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], {}, {"k": 0}, (), (None,), None, range(0), range(1)]:
    if val:
        print("truthy", repr(val))
    else:
        print("falsy", repr(val))

x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if not x:
    print("not x")
else:
    print("x is truthy")

print("empty set falsy", bool(set()), bool({0}), bool(frozenset()))

# short-circuit
def t(label, result):
    print("  eval", label)
    return result


print("and:", t("a", 0) and t("b", 1))
print("or:", t("a", 0) or t("b", 2))
print("mix:", t("a", 1) and t("b", 0) or t("c", 3))
print("not:", not t("a", []))
print("and returns last", 1 and 2 and 3, "or returns first", 0 or "" or "x")
print("and falsy", 1 and 0 and 3, None or 0)


def grade(score):
    if score >= 90: return "A"
    if score >= 80: return "B"
    if score >= 70: return "C"
    return "F"


print("grades", [grade(s) for s in (95, 85, 75, 10)])
level = 3
msg = "high" if level > 5 else "mid" if level > 2 else "low"
print("chained ternary", msg)
if (n := len("hello")) > 3:
    print("walrus in if", n)
