# Algorithms with sets: dedupe, graph reachability, sieve, Jaccard, set cover
def sieve(n):
    composite = set()
    primes = []
    for i in range(2, n + 1):
        if i not in composite:
            primes.append(i)
            composite.update(range(i * i, n + 1, i))
    return primes


print("sieve", sieve(60))

edges = [("a", "b"), ("b", "c"), ("c", "a"), ("d", "e"), ("f", "f")]
adj = {}
for u, v in edges:
    adj.setdefault(u, set()).add(v)
    adj.setdefault(v, set()).add(u)


def component(start):
    seen = {start}
    frontier = [start]
    while frontier:
        node = frontier.pop()
        for nxt in adj[node]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return seen


components = []
remaining = set(adj)
while remaining:
    start = min(remaining)
    comp = component(start)
    components.append(sorted(comp))
    remaining -= comp
print("components", components)


def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 1.0


print("jaccard", round(jaccard("night", "nacht"), 3), jaccard([1, 2], [1, 2]), jaccard([], []), jaccard([1], [2]))
students = {
    "math": {"ann", "bob", "cy", "dee"},
    "art": {"bob", "eve"},
    "music": {"ann", "eve", "fay"},
}
print("in all", sorted(students["math"] & students["art"] & students["music"]))
print("in any", sorted(set().union(*students.values())))
print("only math", sorted(students["math"] - students["art"] - students["music"]))
print("exactly one class", sorted(n for n in set().union(*students.values()) if sum(n in s for s in students.values()) == 1))
universe = set(range(1, 11))
subsets = [{1, 2, 3, 8}, {1, 2, 3, 4, 5}, {4, 5, 7}, {5, 6, 7}, {6, 7, 8, 9, 10}]
cover = []
uncovered = set(universe)
while uncovered:
    best = max(range(len(subsets)), key=lambda i: (len(subsets[i] & uncovered), -i))
    cover.append(best)
    uncovered -= subsets[best]
print("greedy set cover", cover)
words = ["listen", "silent", "enlist", "google", "tinsel", "banana"]
print("same letters as listen", [w for w in words if set(w) == set("listen")])
print("letters in all words", sorted(set.intersection(*(set(w) for w in words[:3]))))
print("missing letters", "".join(sorted(set("abcdefghijklmnopqrstuvwxyz") - set("hello world"))))
print("pangram", set("abcdefghijklmnopqrstuvwxyz") <= set("the quick brown fox jumps over the lazy dog"))
pairs = {(min(a, b), max(a, b)) for a in range(4) for b in range(4) if a != b}
print("unordered pairs", sorted(pairs))
nums = [3, 9, 1, 7, 5]
target = 12
seen = set()
found = []
for n in nums:
    if target - n in seen:
        found.append((target - n, n))
    seen.add(n)
print("two-sum pairs", found)
print("frozenset as dict key", {frozenset({"a", "b"}): 1}[frozenset({"b", "a"})])
print("set comparisons", {1, 2} < {1, 2, 3}, {1, 2, 3} > {1}, {1, 2} == {2, 1}, {1} != {1, 2})
