# Class versions under churn: class attributes rewritten on every
# iteration of a hot loop that also reads them through instances, many
# classes (more than any attribute cache) read through one site, classes
# created in a loop, and attribute reads on builtin values mixed in.


class Conf:
    rate = 0
    label = "conf"


class Item:
    def __init__(self, w):
        self.w = w

    def cost(self):
        return self.w * Conf.rate


def read_rate(o):
    return o.rate


c = Conf()
items = [Item(i) for i in range(10)]
totals = []
for i in range(300):
    Conf.rate = i % 7
    s = 0
    for it in items:
        s += it.cost()
    totals.append(s + read_rate(c))
print("churn", totals[:8], sum(totals))
for i in range(100):
    if i % 2:
        Conf.extra = i
    else:
        try:
            del Conf.extra
        except AttributeError:
            pass
print("extra", getattr(Conf, "extra", "absent"), hasattr(c, "extra"))

# five thousand classes, one attribute each, read through one site
classes = []
for i in range(5000):
    classes.append(type("K%d" % i, (), {"val": i, "name": "K%d" % i}))


def val(k):
    return k.val


def inst_val(o):
    return o.val


total = 0
for rep in range(3):
    for k in classes:
        total += val(k)
print("many classes", total)
insts = [k() for k in classes[::50]]
print("instances", sum(inst_val(o) for o in insts), insts[3].name)
for k in classes[::500]:
    k.val = -1
print("after rewriting every 500th", sum(val(k) for k in classes), [val(k) for k in classes[:3]], val(classes[500]))


# subclasses created in a loop from one base whose attribute changes
class Base:
    tag = "base"


subs = [type("S%d" % i, (Base,), {}) for i in range(200)]
print("subs", [val_ for val_ in {s.tag for s in subs}])
Base.tag = "changed"
print("subs after base change", {s.tag for s in subs})
subs[5].tag = "own"
print("one override", subs[5].tag, subs[6].tag, Base.tag)
del subs[5].tag
print("override removed", subs[5].tag)

# attribute sites that see builtin values and user instances
def real(x):
    return x.real


class HasReal:
    real = "HasReal.real"


for i in range(200):
    real(i)
print("real", [real(x) for x in (3, 2.5, True, 2**70, HasReal(), -0.0)])


def upper_attr(x):
    return x.upper


for i in range(100):
    upper_attr("s")()
print("bound builtin methods", upper_attr("abc")(), upper_attr(b"abc")(), type(upper_attr("x")).__name__)
try:
    upper_attr(5)
except AttributeError as e:
    print("AttributeError", e)
