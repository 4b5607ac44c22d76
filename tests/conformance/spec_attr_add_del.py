# Instance attributes deleted and re-added after their sites specialized,
# written through obj.__dict__ directly, and through setattr/getattr/
# delattr with computed names; class attributes showing through when the
# instance attribute is deleted.


class Obj:
    kind = "class-kind"

    def __init__(self):
        self.a = 1
        self.b = 2
        self.kind = "instance-kind"


def read_a(o):
    return o.a


def read_kind(o):
    return o.kind


def write_a(o, v):
    o.a = v


o = Obj()
for i in range(300):
    write_a(o, read_a(o) + 1)
    read_kind(o)
print("warm", read_a(o), read_kind(o))

del o.a
try:
    read_a(o)
except AttributeError as e:
    print("after del:", e)
try:
    del o.a
except AttributeError as e:
    print("double del:", e)
write_a(o, "re-added")
print("re-added", read_a(o), list(vars(o)))
del o.kind
print("class attr shows through", read_kind(o))
o.kind = "instance again"
print("instance again", read_kind(o))

# loop that alternates presence of the attribute
results = []
for i in range(200):
    if i % 3 == 0:
        try:
            del o.a
        except AttributeError:
            results.append("miss-del")
    try:
        results.append(read_a(o))
    except AttributeError:
        results.append("missing")
        write_a(o, i)
print("alternating", results[:12], results.count("missing"), len(results))

# __dict__ writes and deletes are seen by the hot read site
p = Obj()
for i in range(200):
    read_a(p)
p.__dict__["a"] = "via dict"
print("dict write", read_a(p))
del p.__dict__["a"]
try:
    read_a(p)
except AttributeError as e:
    print("dict del:", e)
p.__dict__.update(a="updated", c=3)
print("dict update", read_a(p), p.c)
p.__dict__.clear()
try:
    read_a(p)
except AttributeError as e:
    print("dict clear:", e)
print("after clear kind", read_kind(p))
p.__dict__.setdefault("a", "setdefault")
print("setdefault", read_a(p))
p.__dict__.pop("a")
print("popped", hasattr(p, "a"))
p.__dict__["kind"] = "dict kind"
print("dict kind", read_kind(p))
p.__dict__[1] = "non-str key ignored by attribute lookup"
print("vars keys", list(vars(p)))

# computed names
q = Obj()
names = ["n%d" % i for i in range(30)]
for rep in range(10):
    for i, n in enumerate(names):
        setattr(q, n, getattr(q, n, 0) + i)
print("computed", [getattr(q, n) for n in names[:6]], getattr(q, "n29"))
for n in names[::2]:
    delattr(q, n)
print("after delattr", sum(1 for n in names if hasattr(q, n)), getattr(q, "n0", "gone"), getattr(q, "n1"))
try:
    getattr(q, "n0")
except AttributeError as e:
    print("getattr:", e)
try:
    delattr(q, "n0")
except AttributeError as e:
    print("delattr:", e)
setattr(q, "a", "set by name")
print("read site sees setattr", read_a(q))
for weird in ["with space", "1digit", ""]:
    setattr(q, weird, weird.upper())
    print("weird name", repr(weird), repr(getattr(q, weird)))

# deleting from one instance must not affect another of the same class
r1, r2 = Obj(), Obj()
for i in range(100):
    read_a(r1)
    read_a(r2)
del r1.a
print("r2 still has a", read_a(r2), hasattr(r1, "a"))
write_a(r1, "r1 again")
print("both", read_a(r1), read_a(r2))

# the attribute deleted inside the hot loop that reads it
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None


head = None
for i in range(50):
    n = Node(i)
    n.next = head
    head = n
total = 0
cur = head
steps = 0
while cur is not None:
    total += cur.v
    nxt = cur.next
    if cur.v % 10 == 0:
        del cur.next
    cur = nxt
    steps += 1
print("linked", total, steps)
print("deleted next", [hasattr(x, "next") for x in [head]], head.v)
