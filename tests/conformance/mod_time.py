import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.time_ns()
time.sleep(0.01)
time.sleep(0)
p1 = time.perf_counter()
print(type(t0).__name__, type(p0).__name__, type(n0).__name__, type(time.perf_counter_ns()).__name__)
print(t0 > 1.6e9, n0 > 1.6e18, p1 >= p0, time.monotonic() >= m0, p1 - p0 >= 0.0)
print(abs(time.time() - t0) < 60)
for bad in [-1, 'x']:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0)
