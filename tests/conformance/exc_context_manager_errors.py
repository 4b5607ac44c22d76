# Exceptions in __enter__/__exit__, nested withs, exceptions replaced in __exit__
class CM:
    def __init__(self, name, enter_exc=None, exit_exc=None, swallow=False):
        self.name, self.enter_exc, self.exit_exc, self.swallow = name, enter_exc, exit_exc, swallow

    def __enter__(self):
        print(f"  {self.name}.__enter__")
        if self.enter_exc:
            raise self.enter_exc
        return self

    def __exit__(self, et, ev, tb):
        print(f"  {self.name}.__exit__({et.__name__ if et else None})")
        if self.exit_exc:
            raise self.exit_exc
        return self.swallow


def scenario(label, fn):
    print(label)
    try:
        fn()
        print("  -> completed")
    except Exception as e:
        ctx = type(e.__context__).__name__ if e.__context__ else None
        print(f"  -> {type(e).__name__}: {e} (context={ctx})")


def s1():
    with CM("a", enter_exc=ValueError("enter failed")):
        print("  body (not reached)")


def s2():
    with CM("a", exit_exc=RuntimeError("exit failed")):
        print("  body ok")


def s3():
    with CM("a", exit_exc=RuntimeError("exit replaced")):
        raise KeyError("body error")


def s4():
    with CM("outer", swallow=True):
        with CM("inner", exit_exc=TypeError("inner exit")):
            raise ValueError("body")


def s5():
    with CM("a"), CM("b", enter_exc=OSError("b enter")), CM("c"):
        pass


def s6():
    with CM("outer"):
        try:
            with CM("inner", swallow=True):
                raise IndexError("swallowed")
            print("  after inner with")
        finally:
            print("  finally inside outer")


def s7():
    for i in range(3):
        with CM(f"loop{i}", swallow=(i == 1)):
            if i >= 1:
                raise ZeroDivisionError("loop error")


for i, fn in enumerate([s1, s2, s3, s4, s5, s6, s7], 1):
    scenario(f"scenario {i}", fn)
