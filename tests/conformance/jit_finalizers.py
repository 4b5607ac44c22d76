# Finalizers of objects whose last reference goes away inside a compiled
# loop run exactly when the interpreter would run them: each __del__ prints
# the list's state at that moment, so a finalizer run late shows up.
log = []


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append((self.n, sum(STATE)))


def walk(xs):
    c = None
    t = 0
    for i in range(len(xs)):
        c = xs[i]
        xs[i] = 0
        STATE[i % 10] += 1
        t += i
    return t


def walk_all(xs):
    # Every item is an object: the store to c frees the previous one (the
    # list slot now holds the first item instead).
    c = None
    t = 0
    for i in range(len(xs)):
        c = xs[i]
        xs[i] = xs[0]
        STATE[i % 10] += 1
        t += i
    return t


def overwrite(xs):
    for i in range(len(xs)):
        xs[i] = i
        STATE[i % 10] += 2
    return len(xs)


STATE = [0] * 10
items = [D(i) if i % 7 == 3 else i for i in range(400)]
print(walk(items), log[:4], len(log))
log.clear()
items = [D(i) if i % 50 == 0 else 0 for i in range(400)]
print(overwrite(items), log[:4], len(log), sum(STATE))
log.clear()
items = [D(i) for i in range(400)]
print(walk_all(items), log[:4], len(log), sum(STATE))
