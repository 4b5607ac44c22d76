import heapq
import random

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(1, [4, 7]), heapq.nsmallest(0, [1]))
words = ['apple', 'fig', 'banana', 'kiwi', 'cherry', 'date']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len), heapq.nsmallest(10, words))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([], [1])), list(heapq.merge('ace', 'bdf')))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(['a', 'ccc'], ['bb'], key=len)))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'coffee'))
while tasks:
    print(heapq.heappop(tasks), end=' ')
print()
random.seed(11)
nums = [random.randint(0, 1000) for _ in range(200)]
hh = []
for n in nums:
    heapq.heappush(hh, n)
print(hh[:20])
heapq.heapify(nums)
print(nums[:20], [heapq.heappop(nums) for _ in range(10)])
fl = [3.5, 1.25, 2, -1, 7.5]
heapq.heapify(fl)
print(fl)
# Dijkstra
graph = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('a', 7), ('c', 10), ('d', 15)],
         'c': [('a', 9), ('b', 10), ('d', 11), ('f', 2)], 'd': [('b', 15), ('c', 11), ('e', 6)],
         'e': [('d', 6), ('f', 9)], 'f': [('a', 14), ('c', 2), ('e', 9)]}
dist = {'a': 0}
pq = [(0, 'a')]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist.get(u, float('inf')):
        continue
    for v, w in graph[u]:
        nd = d + w
        if nd < dist.get(v, float('inf')):
            dist[v] = nd
            heapq.heappush(pq, (nd, v))
print(sorted(dist.items()))
class Task:
    def __init__(self, p, name):
        self.p, self.name = p, name
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return self.name
th = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b')]:
    heapq.heappush(th, Task(p, n))
print(th, heapq.heappop(th), th)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
