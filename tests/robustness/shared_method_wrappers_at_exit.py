# Found by fuzzing (run_source, leak check): staticmethod/classmethod objects
# shared by a module and a class, and properties, are seen through by the
# cycle collector, so the program's objects are finalized at exit.
sm = staticmethod(lambda x: x + 1)
cm = classmethod(lambda cls: cls.__name__)
prop = property(lambda self: 'prop of ' + type(self).__name__)


class Manual:
    inc = sm
    name = cm
    p = prop

    def __del__(self):
        print('del', type(self).__name__)


class Other:
    inc = sm
    p = prop


m = Manual()
print(Manual.inc(1), m.inc(2), Manual.name(), m.name(), m.p, Other().p)
print('end of program')
