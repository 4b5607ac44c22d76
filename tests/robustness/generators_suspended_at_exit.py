# Found by fuzzing (run_source): generators left suspended inside try/finally
# when the program ends are closed at exit, even in cycles, nested in each
# other, or yielding again from their finally (a RuntimeError, ignored).
def worker(name):
    try:
        yield name
        yield name + ' again'
    finally:
        print('closed', name)


def stubborn():
    try:
        yield 1
    finally:
        yield 2


def outer():
    inner = worker('inner')
    try:
        yield next(inner)
    finally:
        print('closed outer')


class Box:
    pass


plain = worker('plain')
next(plain)
box = Box()
box.gen = worker('in a cycle')
next(box.gen)
box.me = box
nested = outer()
print(next(nested))
bad = stubborn()
next(bad)
never_started = worker('never started')
print('end of program')
