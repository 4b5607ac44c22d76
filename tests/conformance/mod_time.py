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
for s in [0, 86399, 951782400, 1709251199.9, 1700000000, -86400, 4102444800, 68169600]:
    t = time.gmtime(s)
    print(t, t.tm_year, t.tm_yday, t[6], t.tm_zone)
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %x %X %c %% %Z', t))
    print(time.asctime(t))
print(time.strftime('%d/%m/%Y %H:%M', (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(isinstance(time.localtime(), time.struct_time), len(time.localtime()), type(time.ctime()).__name__)
