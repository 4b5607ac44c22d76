# printf-style bytes formatting (PEP 461)


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Payload:
    def __bytes__(self):
        return b"<payload>"


print("strings", b"%s and %b" % (b"bytes", b"more"), b"%s" % Payload(), b"[%5s|%-5s|%.2s]" % (b"ab", b"cd", b"xyz"))
print("repr", b"%r %a" % ("h\xe9", [1, "\u263a"]), b"%r" % b"raw", b"%a" % 3.5)
print("chars", b"%c%c%c" % (72, b"i", 33), b"[%3c]" % 65, b"[%-3c]" % b"z")
print("ints", b"%d %i %u" % (42, -7, True), b"%x %X %o" % (255, 255, 8), b"%#x %#X %#o" % (255, 255, 8), b"%d" % 2.9)
print("int flags", b"%+d % d %05d %-5d|" % (5, 5, -42, 3), b"%.3d" % 7, b"%*d|%-*d|" % (4, 1, 4, 2), b"%*d" % (-4, 9))
print("floats", b"%f %.2f %e %.3E" % (3.14159, 2.5, 12345.678, 0.00012), b"%g %G %g" % (1e-5, 1e20, 100.0), b"%8.3f|" % 3.14159)
print("float from int", b"%f" % 7, b"%.1f%%" % 99.44)
print("mapping", b"%(name)s is %(age)d" % {b"name": b"Ada", b"age": 36}, b"%(x)s%(x)s" % {b"x": b"ab"})
print("literal percent", b"100%%" % (), b"%%d" % (), b"no format" % ())
print("non-ascii format", b"\xff%s\xfe" % b"\x00", b"caf\xc3\xa9 %d" % 1)
print("rmod", bytes.__rmod__(b"x", b"%s!"), bytes.__rmod__(b"x", "str"))
attempt("str arg", lambda: b"%s" % "text")
attempt("int arg", lambda: b"%s" % 5)
attempt("bad char", lambda: b"%c" % 256)
attempt("char type", lambda: b"%c" % "a")
attempt("long char bytes", lambda: b"%c" % b"ab")
attempt("hex float", lambda: b"%x" % 1.5)
attempt("int str", lambda: b"%d" % "1")
attempt("float str", lambda: b"%f" % "1")
attempt("too few", lambda: b"%s %s" % b"one")
attempt("too many", lambda: b"%s" % (b"a", b"b"))
attempt("extra arg", lambda: b"plain" % 1)
attempt("unsupported", lambda: b"%y" % 1)
attempt("incomplete", lambda: b"abc %" % 1)
attempt("needs mapping", lambda: b"%(k)s" % 1)
attempt("missing key", lambda: b"%(k)s" % {b"j": 1})

rows = [(b"apple", 3, 0.5), (b"kiwi", 12, 0.25), (b"fig", 7, 1.0)]
for name, qty, price in rows:
    print((b"%-8s|%4d|%7.2f|" % (name, qty, qty * price)).decode())
