# Generator pipelines processing log lines
LOG = """\
2024-01-01 10:00:01 INFO user=alice action=login
2024-01-01 10:00:05 WARN user=bob action=login attempts=3
2024-01-01 10:01:00 INFO user=alice action=view page=home
2024-01-01 10:02:30 ERROR user=carol action=pay amount=30
# comment line
2024-01-01 10:03:00 INFO user=bob action=logout

2024-01-01 10:04:10 ERROR user=alice action=pay amount=12
2024-01-01 10:05:00 INFO user=carol action=login"""


def read_lines(text):
    for line in text.split("\n"):
        yield line


def skip_blank_and_comments(lines):
    for line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield stripped


def parse(lines):
    for line in lines:
        date, time, level, *pairs = line.split()
        record = {"time": time, "level": level}
        for p in pairs:
            k, _, v = p.partition("=")
            record[k] = int(v) if v.isdigit() else v
        yield record


def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r


def pluck(records, key):
    for r in records:
        yield r.get(key)


def records():
    return parse(skip_blank_and_comments(read_lines(LOG)))


print("count all", sum(1 for _ in records()))
print("levels", [r["level"] for r in records()])
print("errors", list(pluck(where(records(), level="ERROR"), "user")))
print("alice actions", list(pluck(where(records(), user="alice"), "action")))
print("total paid", sum(pluck(where(records(), action="pay"), "amount")))
by_user = {}
for r in records():
    by_user.setdefault(r["user"], []).append(r["action"])
print("by user", by_user)


def batched(iterable, n):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


print("batches", [[r["time"] for r in b] for b in batched(records(), 3)])


def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total


print("running total", list(running_total([3, 1, 4, 1, 5, 9, 2, 6])))


def dedupe(iterable, key=None):
    seen = []
    for item in iterable:
        k = key(item) if key else item
        if k not in seen:
            seen.append(k)
            yield item


print("dedupe", list(dedupe([3, 1, 3, 2, 1, 4])), list(dedupe(records(), key=lambda r: r["user"]))[-1]["user"])
lazy = (r["level"] for r in records() if r["level"] != "INFO")
print("lazy first", next(lazy), "rest", list(lazy))


def trace(name, it):
    for x in it:
        print(f"  {name} yields {x}")
        yield x


pipeline = trace("double", (x * 2 for x in trace("source", range(3))))
print("pulling from traced pipeline")
print("result", list(pipeline))
