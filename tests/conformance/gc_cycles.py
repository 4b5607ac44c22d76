# Reference cycles are freed by the cycle collector; finalizers run first,
# once, and may resurrect their object.
import gc

gc.collect()
freed = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        freed.append(self.name)


def pair(x, y):
    a, b = Node(x), Node(y)
    a.peer, b.peer = b, a


pair("a", "b")
print("refcounting alone frees no cycle:", freed)
found = gc.collect()
print("found some:", found >= 2, "freed:", sorted(freed))

# A cycle still referenced from a live variable survives, contents intact.
keep = Node("kept")
keep.peer = keep
gc.collect()
print("kept:", keep.peer is keep, "kept" not in freed)
keep.peer = None
del keep
print("plain refcounting frees it once the cycle is broken:", "kept" in freed)

# Cycles through lists, dicts, tuples, closures and bound methods.
freed.clear()


def shapes():
    lst = [Node("in-list")]
    lst.append(lst)
    d = {"n": Node("in-dict")}
    d["self"] = d
    holder = [Node("in-tuple")]
    holder.append((holder, 1))

    def rec():
        return rec, Node

    rec.tag = Node("in-closure")
    m = Node("via-method")
    m.callback = m.__init__
    return None


shapes()
gc.collect()
print(sorted(freed))

# A finalizer that resurrects its object: it runs once; the object lives.
saved = []


class Phoenix:
    def __del__(self):
        print("finalizer runs")
        saved.append(self)


p = Phoenix()
p.me = p
del p
gc.collect()
print("resurrected:", len(saved), saved[0].me is saved[0])
saved.clear()
gc.collect()
print("not finalized twice, saved is", saved)

# Automatic collection: without explicit collect() calls, a loop that makes
# cycles does not keep them all.
freed.clear()
for i in range(5000):
    n = Node(i)
    n.peer = n
del n
print("collected automatically:", len(freed) > 4000)
gc.collect()
print("all freed after collect:", len(freed) == 5000)

# Disabled: only explicit collections run.
gc.disable()
freed.clear()
for i in range(2000):
    n = Node(i)
    n.peer = n
del n
print("disabled:", gc.isenabled(), len(freed))
gc.collect()
print("explicit collect still works:", len(freed))
gc.enable()
print("enabled:", gc.isenabled())

# Class-level cycles: a class defined in a function and its instances.
freed.clear()


def make_class():
    class Local(Node):
        def method(self):
            return super().method()

    Local("local-instance").peer = Local
    obj = Local("local-cycle")
    obj.peer = obj


make_class()
gc.collect()
print(sorted(freed))

print("threshold:", gc.get_threshold()[0])
print("tracking:", gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"k": []}), gc.is_tracked(3), gc.is_tracked("s"))
print(type(gc.get_count()).__name__, len(gc.get_count()))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
try:
    gc.collect(7)
except ValueError as e:
    print("ValueError:", e)
print(gc.garbage)
