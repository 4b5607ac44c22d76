# Bound methods compare equal when bound to the same object with the same
# function, and hash alike, so they work as dict keys and set members.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

    def other(self):
        return 'other'


a, b = Counter(), Counter()
print(a.bump == a.bump, a.bump != a.bump, a.bump == b.bump, a.bump == a.other)
print(hash(a.bump) == hash(a.bump), a.bump is a.bump)
handlers = {a.bump: 'a', b.bump: 'b'}
print(handlers[a.bump], handlers[b.bump], len(handlers), a.bump in {a.bump})
seen = {a.bump, a.bump, b.bump, a.other}
print(len(seen))
items = []
print(items.append == items.append, items.append == [].append)
print((5).bit_length == (5).bit_length, 'x'.upper == 'x'.upper)
f = a.bump.__func__.__get__(a, Counter)
print(f == a.bump, f(), type(f).__name__)
print(Counter.bump.__get__(None, Counter) is Counter.bump)
