# Typical playground programs mixing the standard-library modules.
import math
import random
import itertools
import functools
import operator
import heapq
import bisect
import string
import copy
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief"""
words = [w.strip(string.punctuation).lower() for w in text.split()]
freq = Counter(words)
for word, n in freq.most_common(5):
    print(f"{word:>8} {n:3d} {'#' * n}")
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))

grid = ["S.#.....", "..#.##.#", "....#...", "##.##.#.", "......#E"]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'E')
dist = {start: 0}
queue = deque([start])
while queue:
    r, c = queue.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            queue.append((nr, nc))
print("shortest path:", dist.get(goal))

random.seed(2023)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = Counter(rolls)
for total in range(2, 13):
    print(f"{total:2d} {hist[total]:4d} {'*' * (hist[total] // 10)}")
print(f"mean={sum(rolls) / len(rolls):.3f}", f"stdev={math.sqrt(sum((x - 7) ** 2 for x in rolls) / len(rolls)):.4f}")
deck = [r + s for r in '23456789TJQKA' for s in 'SHDC']
random.shuffle(deck)
hand = sorted(deck[:5])
print(hand, random.sample(deck, 3), random.choice(deck))
print([round(random.gauss(100, 15), 2) for _ in range(4)], round(random.uniform(-1, 1), 6))

City = namedtuple('City', 'name x y')
cities = [City('A', 0, 0), City('B', 3, 4), City('C', 6, 0), City('D', 3, -4), City('E', 1, 1)]
def tour_len(order):
    return sum(math.dist((p.x, p.y), (q.x, q.y)) for p, q in zip(order, order[1:] + order[:1]))
best = min(itertools.permutations(cities[1:]), key=lambda p: tour_len([cities[0], *p]))
print(' -> '.join(c.name for c in [cities[0], *best]), round(tour_len([cities[0], *best]), 4))

@functools.lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
print(functools.reduce(operator.mul, range(1, 21)), math.factorial(20), math.comb(52, 5))

def dijkstra(edges, src):
    graph = defaultdict(list)
    for a, b, w in edges:
        graph[a].append((b, w))
        graph[b].append((a, w))
    best = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > best[u]:
            continue
        for v, w in graph[u]:
            if d + w < best.get(v, math.inf):
                best[v] = d + w
                heapq.heappush(pq, (d + w, v))
    return OrderedDict(sorted(best.items()))
print(dijkstra([('a', 'b', 4), ('a', 'c', 2), ('b', 'c', 5), ('b', 'd', 10), ('c', 'e', 3), ('e', 'd', 4)], 'a'))

scores = [55, 62, 71, 78, 83, 89, 94]
cut = [60, 70, 80, 90]
print([('FDCBA'[bisect.bisect(cut, s)]) for s in scores])
matrix = [[1, 2], [3, 4]]
m2 = copy.deepcopy(matrix)
m2[0][0] = 99
print(matrix, m2, list(itertools.chain.from_iterable(matrix)), list(zip(*matrix)))
primes = [n for n in range(2, 60) if all(n % p for p in range(2, math.isqrt(n) + 1))]
print(primes, list(itertools.accumulate(primes[:8])), list(itertools.combinations(primes[:4], 2)))
pairs = sorted(itertools.product('xy', range(2)), key=operator.itemgetter(1))
print(pairs, [k + str(len(list(g))) for k, g in itertools.groupby('aaabccdddd')])
print(math.gcd(*[84, 126, 210]), math.lcm(4, 6, 15), f"{math.pi:.10f}", math.hypot(3, 4, 12), round(math.log(1000, 10), 12))
