# Coroutine-style generators: pipelines driven by send
def coroutine(fn):
    def start(*args, **kw):
        g = fn(*args, **kw)
        next(g)
        return g

    return start


@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)


@coroutine
def filter_co(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)


@coroutine
def mapper(fn, target):
    while True:
        target.send(fn((yield)))


@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


sink = printer("  even squared:")
pipe = filter_co(lambda x: x % 2 == 0, mapper(lambda x: x * x, sink))
for i in range(7):
    pipe.send(i)

bc = broadcast(printer("  A got"), filter_co(lambda s: "x" in s, printer("  B got")))
for word in ["box", "cat", "axe"]:
    bc.send(word)


@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except GeneratorExit:
            print("  averager closing with count", count)
            raise
        total += value
        count += 1
        avg = total / count


av = averager()
print("averages", [av.send(v) for v in [10, 30, 20, 40]])
av.close()


@coroutine
def tally():
    counts = {}
    try:
        while True:
            word = yield
            counts[word] = counts.get(word, 0) + 1
    except GeneratorExit:
        pass
    finally:
        print("  tally final", counts)


t = tally()
for w in "a b a c b a".split():
    t.send(w)
t.close()


def grep(pattern):
    print("  looking for", pattern)
    matches = []
    try:
        while True:
            line = yield len(matches)
            if pattern in line:
                matches.append(line)
    finally:
        print("  grep done, matches:", matches)


gr = grep("py")
next(gr)
for line in ["python rocks", "java", "pypy", "rust"]:
    print("count after", repr(line), gr.send(line))
gr.close()


def accumulate_until(limit):
    total = 0
    while total < limit:
        total += yield total
    return total


acc = accumulate_until(10)
next(acc)
results = []
try:
    for v in [3, 4, 5, 6]:
        results.append(acc.send(v))
except StopIteration as e:
    results.append(("final", e.value))
print("accumulate_until", results)
