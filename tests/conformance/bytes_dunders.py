# bytes special methods: operators, explicit dunder calls, subclasses


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = b"spam"
print("len", bytes.__len__(b), b.__len__(), len(b * 3))
print("getitem", b.__getitem__(0), b.__getitem__(-1), b.__getitem__(slice(1, 3)), b.__getitem__(slice(None, None, -1)))
attempt("getitem range", lambda: b.__getitem__(10))
attempt("getitem type", lambda: b.__getitem__("x"))
print("contains", b.__contains__(b"pa"), b.__contains__(112), b.__contains__(b""), b.__contains__(b"x"))
attempt("contains str", lambda: b.__contains__("s"))
attempt("contains big", lambda: b.__contains__(300))
print("iter", list(b.__iter__()), [x for x in b], list(b[::-1]))
print("add", b.__add__(b" eggs"), b + b"!", bytes.__add__(b"", b""))
attempt("add str", lambda: b + "s")
attempt("add int", lambda: b + 1)
attempt("add list", lambda: b.__add__([1]))
print("mul", b.__mul__(2), b.__rmul__(2), 2 * b"ab", b"ab" * 0, b"ab" * -3, b"" * 5)
attempt("mul str", lambda: b * "2")
attempt("mul float", lambda: b * 2.0)
print("compare", b"abc" < b"abd", b"abc" <= b"abc", b"b" > b"abc", b"" >= b"", b"a" != b"a", b"a" == b"a")
print("compare dunders", b"a".__eq__(b"a"), b"a".__eq__("a"), b"a".__lt__(1), b"a".__ne__(b"b"), b"a".__ge__(b"a"))
print("mixed equality", b"a" == "a", b"1" == 1, b"" == None, b"x" in [b"y", b"x"])
attempt("order mixed", lambda: b"a" < "b")
print("hash", hash(b"key") == hash(b"key"), b"key".__hash__() == hash(b"key"), hash(b"") == hash(""), len({b"a", b"a", b"b"}))
print("repr", b"it's".__repr__(), bytes.__str__(b'say "hi"'), repr(b"\x00\x7f\x80\\"), str(b"x"))
print("bytes/getnewargs", b.__bytes__(), b.__getnewargs__(), b"abc".__sizeof__() - b"".__sizeof__())


class Packet(bytes):
    def checksum(self):
        return sum(self) % 256

    def header(self):
        return self[:2]


p = Packet(b"\x01\x02\x03payload")
print("subclass", type(p).__name__, p, len(p), p.checksum(), p.header(), type(p.header()).__name__)
print("subclass methods", p.upper(), type(p.upper()).__name__, p.split(b"\x03"), p.hex(" ", 4), p.decode("latin-1"))
print("subclass ops", p + b"!", b"<" + p, p == b"\x01\x02\x03payload", p[0], p.startswith(b"\x01"), b"pay" in p)
print("subclass ctor", Packet(), Packet(2), Packet([65, 66]), Packet("hé", "utf-8"), type(Packet.fromhex("4142")).__name__)
print("bytes of subclass", bytes(p), type(bytes(p)).__name__, b"-".join([p, p]))


class Tagged(bytes):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj


t = Tagged(b"data", "T1")
print("custom __new__", t, t.tag, t.upper(), isinstance(t, bytes))


class Right:
    def __radd__(self, other):
        return "Right.__radd__ with " + repr(other)

    def __rmul__(self, other):
        return "Right.__rmul__ with " + repr(other)


print("reflected", b"x" + Right(), b"y" * Right())

frames = [b"GET", b"/index.html", b"HTTP/1.1"]
request = b" ".join(frames) + b"\r\n" + b"Host: example\r\n\r\n"
line, _, rest = request.partition(b"\r\n")
method, path, version = line.split()
print("request", method, path, version, rest.splitlines(), len(request))
