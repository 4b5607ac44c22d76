import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full

q = Queue()
print(q.empty(), q.qsize(), q.full(), q.maxsize)
for i in range(5):
    q.put(i * i)
print(q.qsize(), q.empty(), q.get(), q.get_nowait(), q.get(block=False), q.get(timeout=0.01), q.qsize())
print(list(q.queue), type(q.queue).__name__)
print(q.get(), q.empty())
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0)):
    try:
        call()
    except Empty as e:
        print('Empty', repr(e), str(e) == '', isinstance(e, Exception))

b = Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
print(b.full(), b.qsize())
for call in (lambda: b.put('c', block=False), lambda: b.put_nowait('c'), lambda: b.put('c', timeout=0.01)):
    try:
        call()
    except Full as e:
        print('Full', repr(e))
print(b.get(), b.full())
b.put('c')
print(list(b.queue))
try:
    b.put('d', timeout=-1)
except ValueError as e:
    print('ValueError', e)
try:
    Queue().get(timeout=-1)
except ValueError as e:
    print('ValueError', e)

# Task accounting.
t = Queue()
for w in ['x', 'y']:
    t.put(w)
print(t.unfinished_tasks)
while not t.empty():
    item = t.get()
    print('work', item)
    t.task_done()
t.join()
print('joined', t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print('ValueError', e)

lq = LifoQueue()
for c in 'abc':
    lq.put(c)
print(list(lq.queue), [lq.get() for _ in range(3)], lq.empty())

pq = PriorityQueue()
for item in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'also high')]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(4)])
pq2 = PriorityQueue(maxsize=3)
for n in [5, 1, 4]:
    pq2.put_nowait(n)
try:
    pq2.put_nowait(0)
except Full:
    print('pq full')
print(pq2.get(), pq2.get(), pq2.get())

sq = SimpleQueue()
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
try:
    sq.get_nowait()
except Empty:
    print('SimpleQueue empty')


class Stack(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


s = Stack()
for i in range(3):
    s.put(i)
print(s.get(), s.get(), s.qsize())

print(issubclass(Empty, Exception), issubclass(Full, Exception), Empty.__name__, Full.__module__)
print(Queue[int], sorted(queue.__all__))


# Breadth-first search, as tutorials write it.
graph = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': ['F'], 'E': ['F'], 'F': []}
seen, order, frontier = {'A'}, [], Queue()
frontier.put('A')
while not frontier.empty():
    node = frontier.get()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            frontier.put(nxt)
print(order)
