# f-strings: conversions, format specs, nesting, = specifier
name = "Ada"
age = 36
pi = 3.14159265
big = 1234567.891
n = 255
neg = -42
print(f"plain {name} is {age}")
print(f"repr {name!r} str {name!s} ascii {'é'!a}")
print(f"align [{name:>10}] [{name:<10}] [{name:^10}] [{name:*^11}]")
print(f"float {pi:.3f} {pi:.0f} {pi:10.2f}| {pi:<10.1f}| {pi:e} {pi:.2e}")
print(f"int pad {age:05d} {neg:05d} {age:+d} {age: d} {neg:+d}")
print(f"commas {big:,} {1234567:,} {big:,.2f} {1234567:_}")
print(f"hex {n:x} {n:X} {n:#x} {n:08b} {n:#b} {n:o} {n:#o}")
print(f"percent {0.256:.1%} {1:%}")
print(f"general {pi:g} {1e-7:g} {123456789.0:g} {100.0:g}")
w, p = 12, 4
print(f"nested [{pi:{w}.{p}f}] [{name:>{w}}] [{age:{'0'}{w}d}]")
print(f"= spec {age=} {name=!s} {pi=:.2f} {age + 1=}")
print(f"expression {age * 2} {len(name)} {[x * x for x in range(4)]} {'yes' if age > 30 else 'no'}")
print(f"dict access {dict(a=1)['a']} {{literal braces}} {{{age}}}")
items = {"apple": 1.5, "banana": 0.25, "cherry": 10.0}
for k, v in items.items():
    print(f"  {k:<8}|{v:>7.2f}|{v * 100:>6.0f}c")
print(f"{'left':<6}|{'right':>6}|{'mid':^7}|")
print(f"str width truncate {'abcdefgh':.3} [{'abcdefgh':>5.2}]")
print(f"zero padding float {3.5:08.3f} {-3.5:08.3f}")
print(f"bool {True} {True:d} {False!r} none {None}")
print(f"sign aware pad {-7:=6d} {7:=+6d}")
print(f"multiline {name}"
      f" continued {age}")
print(f"method call {name.upper()} {name.lower():>5}")
print(f'nested quotes {"double"} {name + "!"}', f"{'single'}")
print(f"format of list {[1, 2]!r:>10}")
print(format(pi, ".2f"), format(n, "x"), format(name, "^9"), format(1234, ","))
print("str.format", "{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("format spec via format", "{:>8.3f}|{:<5}|{:^5}|".format(pi, "ab", "c"))
print("format index", "{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("percent formatting", "%s is %d years, %.2f%%" % (name, age, 12.345), "%5s|%-5s|" % ("a", "b"))
print("percent dict", "%(a)s+%(b)s" % {"a": 1, "b": 2}, "%x %o %e" % (255, 8, 12345.678))
print(f"negative zero {-0.0} {-0.0:.1f} small {1e-5} {0.00001:.6f}")
print(f"int as float fmt {5:.2f} float as pct {0.5:.0%}")
