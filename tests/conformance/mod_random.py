import random

random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)], random.randrange(5, 50, 5), random.randrange(100, 0, -7))
print(random.choice('abcdef'), random.choice([1, 2, 3]), random.choice((True, None)), random.choice(range(1000)))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 10), random.sample(['a', 'b', 'c', 'd'], 4), random.sample(range(10**6), 3))
print(random.sample(['x', 'y'], k=5, counts=[3, 4]))
print([round(random.uniform(1, 10), 6) for _ in range(3)], random.uniform(-1.5, 1.5))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(65), random.getrandbits(200))
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.choices('xy', cum_weights=[1, 5], k=4))
print(random.gauss(0, 1), random.gauss(10, 2), random.gauss(), random.normalvariate(0, 1), random.normalvariate(5, 0.5))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.triangular(), random.lognormvariate(0, 1))
print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(2.5, 1), random.gammavariate(1, 2))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(5), random.randint(-10**30, 10**30), random.randrange(2**70), random.randint(0, 0))

random.seed("abc", version=1)
print(random.random())
for s in [0, 1, -1, 2**32, 2**64 + 7, 123456789012345678901234567890, "hello", "", b"bytes", 3.5, -2.25, True]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 10**6))

random.seed(7)
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(3)]
print(a == b, st[0], len(st[1]), st[1][-1])

r = random.Random(99)
r2 = random.Random(99)
print(r.random() == r2.random(), r.randint(1, 6), r2.randint(1, 6), r.choice('xyz'), isinstance(r, random.Random))
r3 = random.Random("seed")
print(r3.random(), r3.sample(range(50), 5))
big = list(range(1000))
random.seed(2024)
random.shuffle(big)
print(big[:10], sum(big[:100]))
print(random.sample(range(10000), 30))
print(random.sample(list(range(30)), 25))

# a long run crosses several twists
random.seed(5)
t = 0
for _ in range(5000):
    t += random.randint(1, 6)
print(t, random.random())

class MyRandom(random.Random):
    def roll(self):
        return self.randint(1, 6)
m = MyRandom(3)
print([m.roll() for _ in range(10)])

def err(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(random.choice, [])
err(random.randrange, 0)
err(random.randrange, 5, 5)
err(random.randint, 5, 1)
err(random.randrange, 1, 10, 0)
err(random.sample, [1, 2], 3)
err(random.sample, {1, 2}, 1)
err(random.getrandbits, -1)
err(random.seed, [1, 2])
err(random.choices, [1, 2], [1])
