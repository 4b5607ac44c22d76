# Practical dict patterns: counting, grouping, inverting, memo, graph
text = "it was the best of times it was the worst of times"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print("counts", counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top3", top)

by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print("grouped by len", dict(sorted(by_len.items())))

phone = {"alice": "555-1234", "bob": "555-9876"}
inverse = {v: k for k, v in phone.items()}
print("inverse", inverse)

memo = {}


def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]


print("stair ways", [ways(i) for i in range(12)], len(memo))

graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}


def bfs(start):
    seen = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                queue.append(nxt)
    return seen


print("bfs distances", bfs("A"))


def dfs(node, visited=None):
    if visited is None:
        visited = []
    visited.append(node)
    for nxt in graph[node]:
        if nxt not in visited:
            dfs(nxt, visited)
    return visited


print("dfs order", dfs("A"))


def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = [n for n in g if indeg[n] == 0]
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
    return order


print("topo", topo(graph))

inventory = {"apples": 5, "pears": 0, "plums": 3}
restock = {"pears": 10, "kiwis": 4}
for k, v in restock.items():
    inventory[k] = inventory.get(k, 0) + v
print("inventory", inventory)
print("in stock", [k for k, v in inventory.items() if v > 0])
empty = {k: v for k, v in inventory.items() if v == 0}
print("empty", empty)

nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print("trie", nested)


def deep_get(d, keys, default=None):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return default
        d = d[k]
    return d


print("deep_get", deep_get(nested, ["a", "b"]), deep_get(nested, ["a", "x"], "none"))
matrix = {(r, c): r * 10 + c for r in range(3) for c in range(3) if r != c}
print("sparse", matrix.get((0, 1)), matrix.get((1, 1), "diag"), len(matrix))
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print("anagrams", [g for g in anagrams.values() if len(g) > 1])
scores = {"amy": [90, 80], "bo": [70], "cy": []}
avgs = {n: (sum(s) / len(s) if s else None) for n, s in scores.items()}
print("averages", avgs)
