# Conditional expressions and short-circuit evaluation in depth
def log(v, label):
    print(f"  eval {label}")
    return v


print("ternary only evaluates chosen branch:")
r = log("yes", "then") if log(True, "cond") else log("no", "else")
print("result", r)
r = log("yes", "then") if log(0, "cond") else log("no", "else")
print("result", r)

print("and chain stops at first falsy:")
r = log(1, "a") and log(0, "b") and log(2, "c")
print("result", r)
print("or chain stops at first truthy:")
r = log(0, "a") or log("", "b") or log("x", "c") or log("y", "d")
print("result", r)


def sign(n):
    return "positive" if n > 0 else "negative" if n < 0 else "zero"


print("sign", [sign(n) for n in (-3, 0, 7)])


def clamp(v, lo, hi):
    return lo if v < lo else hi if v > hi else v


print("clamp", [clamp(v, 0, 10) for v in (-5, 5, 15)])
print("max via ternary", (lambda a, b: a if a >= b else b)(3, 9))
items = []
print("default for empty", items[0] if items else "empty", (items or ["fallback"])[0])
name = ""
print("or default idiom", name or "anonymous", None or 0 or "z")
config = {"debug": False}
print("get with ternary", "on" if config.get("debug") else "off", "set" if "debug" in config else "unset")
n = 15
print("fizzbuzz ternary", "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n)
print("ternary in f-string", f"{'even' if n % 2 == 0 else 'odd'}")
print("ternary as argument", max(1, 2) if True else min(1, 2), len("abc" if n else "de"))
print("nested ternary with parens", ("a" if True else "b") + ("c" if False else "d"))
x = 0
safe = x != 0 and 10 / x > 1
print("guard avoids ZeroDivisionError", safe)
lst = []
print("guard index", len(lst) > 0 and lst[0] == 1)
print("ternary returns different types", [type(1 if f else "s").__name__ for f in (True, False)])


def first_truthy(*vals):
    for v in vals:
        if v:
            return v
    return None


print("first_truthy", first_truthy(0, [], "hit", "later"), first_truthy())
print("all/any as conditional", "all ok" if all([1, 2]) else "some bad", "has zero" if not all([1, 0]) else "")
grade = lambda s: "A" if s >= 90 else ("B" if s >= 80 else ("C" if s >= 70 else "F"))
print("grades", "".join(grade(s) for s in (95, 85, 75, 65, 90, 80)))
val = None
print("None-coalesce via ternary", val if val is not None else "default", (lambda z: z if z is not None else "d")(0))
print("conditional import-free abs", [(-v if v < 0 else v) for v in (-2, 0, 3)])
