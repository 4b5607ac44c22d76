# The cycle collector sees into suspended generators: a generator in a cycle
# is closed (its finally runs) before it is freed, and self-referencing
# generators are freed.
import gc


def worker(log):
    try:
        yield 'started'
        yield 'second'
    finally:
        log.append('cleanup ran')


class Holder:
    pass


log = []
h = Holder()
h.gen = worker(log)
print(next(h.gen))
h.me = h
del h
print('before collect', log)
print('found garbage', gc.collect() > 0)
print('after collect', log)


def echo():
    received = yield 'ready'
    while True:
        received = yield received


e = echo()
print(next(e), e.send(e) is e)
del e
gc.collect()
print('self-referencing generator freed')

# A generator that was never started, or has finished, needs no closing.
fresh = worker(log)
done = worker(log)
print(list(done), log)
del fresh, done
gc.collect()
print('end', log)
