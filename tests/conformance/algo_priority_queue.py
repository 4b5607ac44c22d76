# A binary-heap priority queue written by hand, plus task scheduling
class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        self.items.append(item)
        self._up(len(self.items) - 1)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty heap")
        last = self.items.pop()
        if not self.items:
            return last
        top = self.items[0]
        self.items[0] = last
        self._down(0)
        return top

    def peek(self):
        return self.items[0]

    def _up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def _down(self, i):
        n = len(self.items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.items[child] < self.items[smallest]:
                    smallest = child
            if smallest == i:
                return
            self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
            i = smallest


h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7, 1]:
    h.push(v)
print("heap array", h.items, "peek", h.peek())
print("heap sort", [h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError", e)


class PriorityQueue:
    def __init__(self):
        self.heap = MinHeap()
        self.counter = 0

    def put(self, priority, task):
        self.heap.push((priority, self.counter, task))
        self.counter += 1

    def get(self):
        priority, _, task = self.heap.pop()
        return priority, task

    def __bool__(self):
        return len(self.heap) > 0


pq = PriorityQueue()
pq.put(2, "write code")
pq.put(1, "drink coffee")
pq.put(3, "test")
pq.put(1, "read email")
pq.put(2, "review")
while pq:
    print("task", pq.get())


def k_smallest(nums, k):
    heap = MinHeap()
    for n in nums:
        heap.push(n)
    return [heap.pop() for _ in range(min(k, len(heap)))]


print("k smallest", k_smallest([9, 4, 7, 1, 8, 2, 6], 3), k_smallest([3], 5))


def merge_sorted(lists):
    heap = MinHeap()
    for idx, lst in enumerate(lists):
        if lst:
            heap.push((lst[0], idx, 0))
    out = []
    while len(heap):
        val, li, pos = heap.pop()
        out.append(val)
        if pos + 1 < len(lists[li]):
            heap.push((lists[li][pos + 1], li, pos + 1))
    return out


print("merge k sorted", merge_sorted([[1, 4, 9], [2, 3, 10], [], [0, 11]]))


def dijkstra(graph, start):
    dist = {start: 0}
    heap = MinHeap()
    heap.push((0, start))
    done = set()
    while len(heap):
        d, node = heap.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                heap.push((nd, nxt))
    return dict(sorted(dist.items()))


g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)],
     "c": [("d", 11), ("f", 2)], "d": [("e", 6)], "f": [("e", 9)]}
print("dijkstra", dijkstra(g, "a"))
