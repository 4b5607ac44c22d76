# str.format and %-formatting in depth
print("{} {} {}".format("a", 1, 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=7))
print("{0[0]} {0[2]} {1[key]}".format("abc", {"key": "val"}))


class P:
    x = 3
    y = 4


print("{p.x},{p.y}".format(p=P()))
print("[{:<8}] [{:>8}] [{:^8}] [{:*^8}] [{:-<6}]".format("left", "right", "mid", "s", "d"))
print("[{:5d}] [{:<5d}] [{:05d}] [{:+d}] [{: d}] [{:+d}]".format(42, 42, 42, 42, 42, -42))
print("[{:.2f}] [{:8.3f}] [{:<8.1f}] [{:+.1f}] [{:.0f}] [{:.0f}]".format(3.14159, 2.71828, 1.5, 1.25, 0.5, 1.5))
print("[{:e}] [{:.2E}] [{:g}] [{:g}] [{:.3g}]".format(1234.5, 0.000123, 1e-10, 1234567.0, 3.14159))
print("[{:,}] [{:_}] [{:,.2f}] [{:>12,}]".format(1234567, 9876543, 1234.5, 1000000))
print("[{:x}] [{:X}] [{:#x}] [{:o}] [{:#o}] [{:b}] [{:#010b}]".format(255, 255, 255, 8, 8, 5, 5))
print("[{:%}] [{:.1%}] [{:.0%}]".format(0.5, 0.1234, 1))
print("[{:c}] [{:c}]".format(65, 9731))
print("[{!r}] [{!s}] [{!a}]".format("hi", "hi", "é"))
print("nested width [{:{w}.{p}f}] [{:>{w}}]".format(3.14159, "x", w=10, p=2))
print("braces {{}} and {{{}}}".format("in"))
print("[{:=+8d}] [{:0=8d}] [{:08.2f}]".format(-42, -42, -3.14159))
print("bool/None", "{} {} {}".format(True, None, [1, "a"]))
print("repr in format", "{!r:>10}".format("q"))
print("percent", "%d %s %r %.2f %5.1f %-5d| %05d %x %X %o %e %%" % (42, "s", "r", 3.14159, 2.5, 7, 42, 255, 255, 8, 12345.678))
print("percent single", "%s" % "only", "%s" % (("tup",),), "%d items" % 3)
print("percent dict", "%(name)s has %(n)03d" % {"name": "box", "n": 7})
print("percent width star", "[%*d]" % (6, 42), "[%-*s]" % (6, "ab"))
print("percent with bool/None", "%s %s %d" % (True, None, True))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError bad %d arg")
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError too few args")
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError", e)
table = [("Apples", 3, 1.2), ("Bananas", 12, 0.5), ("Cherries", 200, 0.05)]
print("{:<10}|{:>5}|{:>8}".format("item", "qty", "price"))
print("-" * 25)
for name, qty, price in table:
    print("{:<10}|{:>5d}|{:>8.2f}".format(name, qty, price))
print("total {:>19.2f}".format(sum(q * p for _, q, p in table)))
fmt = "{0:>{1}}"
print([fmt.format("x", w) for w in range(1, 5)])
print("format_map", "{a}-{b}".format_map({"a": 1, "b": 2}))
print("format builtin", format(7, "03d"), format(0.25, ".1%"), format("abc", "^7"), format(-5, "+"))
print("large numbers", "{:,}".format(10 ** 20), "{:.3e}".format(10 ** 20), "{:,.1f}".format(-1234567.89))
print("negative zero formats", "{:.1f}".format(-0.0), "{:+.1f}".format(0.0), "{:.0f}".format(-0.4))
print("int with float spec", "{:.2f}".format(3), "{:e}".format(5), "{:%}".format(2))
