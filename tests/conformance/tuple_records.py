# Tuples as lightweight records: sorting, grouping, zipping, returning multiple values
employees = [
    ("alice", "eng", 120, 2015),
    ("bob", "eng", 95, 2019),
    ("carol", "sales", 70, 2012),
    ("dave", "sales", 85, 2018),
    ("erin", "eng", 130, 2011),
    ("frank", "hr", 60, 2020),
]
NAME, DEPT, SALARY, YEAR = range(4)
print("by salary desc", [e[NAME] for e in sorted(employees, key=lambda e: -e[SALARY])])
print("by dept then year", [(e[DEPT], e[YEAR]) for e in sorted(employees, key=lambda e: (e[DEPT], e[YEAR]))])
depts = {}
for name, dept, salary, year in employees:
    depts.setdefault(dept, []).append((salary, name))
for dept in sorted(depts):
    rows = sorted(depts[dept], reverse=True)
    total = sum(s for s, _ in rows)
    print(f"  {dept:<6} n={len(rows)} total={total} avg={total / len(rows):.1f} top={rows[0][1]}")


def stats(values):
    n = len(values)
    mean = sum(values) / n
    ordered = sorted(values)
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return min(values), max(values), mean, median


lo, hi, mean, median = stats([e[SALARY] for e in employees])
print("stats", lo, hi, round(mean, 2), median)
names, salaries = zip(*[(e[NAME], e[SALARY]) for e in employees])
print("unzipped", names, salaries)
print("tuple comparison chooses oldest", min(employees, key=lambda e: e[YEAR])[NAME])
print("tuple in set", len({(e[DEPT],) for e in employees}))
point_counts = {}
for pt in [(0, 0), (1, 2), (0, 0), (2, 1), (1, 2), (0, 0)]:
    point_counts[pt] = point_counts.get(pt, 0) + 1
print("point counts", point_counts)
moves = {(0, 1): "N", (0, -1): "S", (1, 0): "E", (-1, 0): "W"}
pos = (0, 0)
path = [pos]
for step in [(0, 1), (1, 0), (1, 0), (0, -1), (-1, 0)]:
    pos = (pos[0] + step[0], pos[1] + step[1])
    path.append(pos)
print("path", path, "dirs", "".join(moves[s] for s in [(0, 1), (1, 0), (1, 0), (0, -1), (-1, 0)]))
print("manhattan", abs(pos[0]) + abs(pos[1]))
version_list = ["1.10.0", "1.2.10", "1.2.9", "2.0", "1.2"]
print("version sort", sorted(version_list, key=lambda v: tuple(int(p) for p in v.split("."))))
t = (1, [2, 3], "s")
print("tuple repr/len/index", t, len(t), t.index("s"), t.count(1))
print("single-element tuple pitfalls", (5), (5,), type((5)).__name__, tuple([5]))
print("hashes of equal tuples equal", hash((1, 2, (3,))) == hash((1, 2, (3,))))
