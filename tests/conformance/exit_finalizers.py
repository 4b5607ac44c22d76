# At exit, __main__'s names are cleared (single-underscore names first), so
# finalizers, generator cleanup and weakref callbacks run, then a final
# collection finalizes what is left in cycles.
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def counter():
    try:
        yield 1
        yield 2
    finally:
        print('generator closed')


plain = Noisy('plain')
_private = Noisy('private')
cyclic = Noisy('cyclic')
cyclic.me = cyclic
gen = counter()
print(next(gen))
watched = Noisy('watched')
watcher = weakref.ref(watched, lambda r: print('callback for watched'))
fin_target = Noisy('finalize target')
weakref.finalize(fin_target, print, 'finalize ran')
print('end of program')
