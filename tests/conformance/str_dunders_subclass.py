# str special methods called explicitly, and str subclasses


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = "hello"
print("len/getitem", s.__len__(), str.__len__("é😀"), s.__getitem__(1), s.__getitem__(-1), s.__getitem__(slice(1, 4)))
print("contains", s.__contains__("ell"), s.__contains__(""), str.__contains__("abc", "d"))
print("add/mul", s.__add__(" world"), s.__mul__(2), s.__rmul__(3), s.__mul__(-1), s.__mul__(True))
print("not implemented", s.__eq__(1), s.__lt__(None), s.__ge__(b"x"), s.__rmod__(1))
print("mod", "%s-%d".__mod__(("a", 5)), "%r".__mod__("x"), "x%sy".__mod__(1), s.__rmod__("%s!"))
print("compare", s.__eq__("hello"), s.__ne__("hello"), s.__lt__("help"), s.__le__("hello"), s.__gt__("hell"), s.__ge__("z"))
print("hash", s.__hash__() == hash(s), str.__hash__("") == hash(""))
print("iter", list(s.__iter__()), list(str.__iter__("é😀")))
print("str/repr", s.__str__(), s.__repr__(), "it's".__repr__(), 'a"b'.__repr__(), "\n\t\\".__repr__())
print("format", s.__format__(""), s.__format__(">8"), s.__format__("*^9"), s.__format__(".2"))
print("misc", s.__getnewargs__(), "".__sizeof__(), "abc".__sizeof__(), "é".__sizeof__(), "😀".__sizeof__())
attempt("len arg", lambda: s.__len__(1))
attempt("getitem none", lambda: s.__getitem__())
attempt("getitem range", lambda: s.__getitem__(10))
attempt("contains int", lambda: s.__contains__(1))
attempt("format int", lambda: s.__format__(1))
attempt("descriptor", lambda: str.__len__(5))
attempt("descriptor add", lambda: str.__add__([], "x"))
attempt("mul huge", lambda: s.__mul__(10 ** 30))
attempt("mod missing", lambda: "%s %s".__mod__(("a",)))
attempt("wrapper kw", lambda: s.__len__(x=1))


class Name(str):
    def greet(self):
        return "Hi " + self

    def __repr__(self):
        return "Name(" + str.__repr__(self) + ")"


n = Name("ann")
print("subclass", n, repr(n), str(n), type(str(n)).__name__, len(n), n[0], n[-2:], n.greet())
print("subclass methods", n.upper(), type(n.upper()).__name__, n.title(), n.split("n"), n.find("n"), n.center(7, "*"))
print("subclass ops", n + "!", "!" + n, n * 2, 2 * n, "n" in n, n == "ann", n != "bob", n < "b", sorted([Name("b"), n]))
print("subclass types", type(n + "x").__name__, type(n * 2).__name__, type(n[0]).__name__, isinstance(n, str))
print("subclass hash", hash(n) == hash("ann"), {n: 1}["ann"], {"ann": 2}[n], n in {"ann"}, list(n), bool(Name("")))
print("subclass format", "{}|{:>5}|{!r}|{!s}".format(n, n, n, n), format(n, "^7"), f"{n}", "%s" % n)
print("subclass as arg", "-".join([n, n]), "xannx".strip(n), "banana".replace(Name("an"), Name("AN")), "ann".startswith(n))
print("unbound on subclass", str.upper(n), str.__len__(n), str.__str__(n), type(str.__str__(n)).__name__)


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __add__(self, other):
        return Upper(str.__add__(self, other))


u = Upper("abc")
print("custom new", u, type(u).__name__, type(u + "def").__name__, u + "def", str.__add__(u, "x"))


class Loud(str):
    def __str__(self):
        return self.upper() + "!"


print("custom __str__", str(Loud("hey")), "{}".format(Loud("hey")), Loud("hey") + "", "%s" % Loud("hey"))


class CI(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


print("custom eq", CI("HeLLo") == "hello", "hello" == CI("HELLO"), CI("a") != "A", {CI("X"): 1}.get(CI("x")))
