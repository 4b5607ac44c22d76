# BaseExceptionGroup / ExceptionGroup: construction, attributes, split, subgroup, derive.

def show(label, g):
    if g is None:
        print(label, None)
    else:
        print(label, type(g).__name__, repr(g), str(g))


eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k"), ValueError(2)])])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(BaseExceptionGroup.__name__, BaseExceptionGroup.__module__, ExceptionGroup.__qualname__)
print(str(ExceptionGroup("one", [ValueError()])))
print(str(ExceptionGroup("", [ValueError()])))

m, r = eg.split(ValueError)
show("match", m)
show("rest", r)
show("sub", eg.subgroup(KeyError))
show("sub tuple", eg.subgroup((KeyError, TypeError)))
show("sub none", eg.subgroup(OSError))
print(eg.subgroup(Exception) is eg, eg.subgroup(lambda e: True) is eg)
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 2)
show("pred match", m)
show("pred rest", r)
m, r = eg.split(BaseExceptionGroup)
print(m is eg, r)
m, r = eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")
show("group pred", m)
show("group pred rest", r)
print(eg.split(OSError)[0], eg.split(OSError)[1] is eg)

# BaseExceptionGroup gives an ExceptionGroup when all are Exceptions
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError(), SystemExit(2)])).__name__)
beg = BaseExceptionGroup("b", [ValueError(1), KeyboardInterrupt()])
print(isinstance(beg, Exception))
m, r = beg.split(Exception)
show("beg match", m)
show("beg rest", r)

# Constructor errors
cases = [
    lambda: BaseExceptionGroup("x"),
    lambda: BaseExceptionGroup(),
    lambda: BaseExceptionGroup("x", [ValueError()], [1]),
    lambda: BaseExceptionGroup(1, [ValueError()]),
    lambda: BaseExceptionGroup("x", ValueError()),
    lambda: BaseExceptionGroup("x", None),
    lambda: BaseExceptionGroup("x", []),
    lambda: BaseExceptionGroup("x", ()),
    lambda: BaseExceptionGroup("x", [ValueError(), 1]),
    lambda: BaseExceptionGroup("x", [ValueError]),
    lambda: ExceptionGroup("x", [ValueError(), KeyboardInterrupt()]),
    lambda: ExceptionGroup("x", [ValueError()], k=1),
    lambda: eg.split(1),
    lambda: eg.split(int),
    lambda: eg.split((ValueError, 1)),
    lambda: eg.subgroup("x"),
]
for c in cases:
    try:
        c()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    eg.message = "new"
except AttributeError as e:
    print("AttributeError", e)
try:
    eg.exceptions = ()
except AttributeError as e:
    print("AttributeError", e)

# A tuple or any sequence for the exceptions; args keeps what was given
g2 = ExceptionGroup("t", (ValueError(1),))
print(repr(g2), g2.args, g2.exceptions)


class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)


mg = MyGroup("mine", [ValueError(1), TypeError(2)], 42)
print(repr(mg), mg.code, mg.args)
m, r = mg.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)
try:
    MyGroup("bad", [KeyboardInterrupt()], 1)
except TypeError as e:
    print("TypeError", e)


class PlainDerive(ExceptionGroup):
    pass


pg = PlainDerive("p", [ValueError(1), TypeError(2)])
m, r = pg.split(ValueError)
print(type(pg).__name__, type(m).__name__, repr(m))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


try:
    BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError", e)


class MyBase(BaseExceptionGroup):
    pass


print(type(MyBase("mb", [ValueError()])).__name__, type(MyBase("mb", [KeyboardInterrupt()])).__name__)

# Attributes are copied to the parts: traceback, cause, context, notes
try:
    try:
        raise OSError("ctx")
    except OSError:
        g = ExceptionGroup("meta", [ValueError(1), TypeError(2)])
        g.add_note("a note")
        raise g from KeyError("cause")
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    for part in (m, r):
        print(repr(part), repr(part.__cause__), repr(part.__context__), part.__notes__,
              part.__notes__ is caught.__notes__, part.__traceback__.tb_lineno, part.__suppress_context__)

# Nested groups: leaves and depth
deep = ExceptionGroup("l1", [ExceptionGroup("l2", [ExceptionGroup("l3", [ValueError("deep")])]), TypeError()])
print(repr(deep.subgroup(ValueError)))
print(repr(deep.subgroup(TypeError)))


def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            yield from leaves(x)
    else:
        yield e


print([repr(x) for x in leaves(deep)])

# Raising and catching with plain except
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except ExceptionGroup as e:
    print("caught", repr(e), e.exceptions)
try:
    raise BaseExceptionGroup("raised", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseExceptionGroup as e:
    print("caught base", repr(e))
