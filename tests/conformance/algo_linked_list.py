# Singly linked list class with iteration, reversal, and dunders
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push_front(it)

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __str__(self):
        return " -> ".join(str(v) for v in self) + " -> None"

    def __contains__(self, v):
        return any(x == v for x in self)

    def __getitem__(self, idx):
        if idx < 0:
            idx += self.size
        for i, v in enumerate(self):
            if i == idx:
                return v
        raise IndexError("linked list index out of range")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)


ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print("repr", repr(ll))
print("str", ll)
print("len", len(ll), "contains 3", 3 in ll, "contains 9", 9 in ll)
print("index", ll[0], ll[2], ll[-1])
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
ll.reverse()
print("reversed", ll)
print("remove 2", ll.remove(2), ll, "remove 99", ll.remove(99))
print("remove head", ll.remove(4), ll)
print("pop_front", ll.pop_front(), ll, len(ll))
print("list()", list(ll), "sum", sum(ll), "max", max(ll))
print("eq", LinkedList([3, 1]) == LinkedList([3, 1]), LinkedList([1]) == [1])
empty = LinkedList()
print("empty", repr(empty), str(empty), len(empty), bool(empty))
try:
    empty.pop_front()
except IndexError as e:
    print("IndexError", e)


def merge(a, b):
    out = LinkedList()
    ia, ib = iter(a), iter(b)
    va, vb = next(ia, None), next(ib, None)
    while va is not None or vb is not None:
        if vb is None or (va is not None and va <= vb):
            out.append(va)
            va = next(ia, None)
        else:
            out.append(vb)
            vb = next(ib, None)
    return out


print("merge", merge(LinkedList([1, 4, 6]), LinkedList([2, 3, 7, 8])))
print("comprehension over list", [v * 10 for v in LinkedList(range(4))])
