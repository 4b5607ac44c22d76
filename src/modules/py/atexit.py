"""Exit handlers (Brisk's own implementation). The interpreter calls
`_run_exitfuncs` when the program ends, before `__main__` is let go; the
handlers run last registered first."""

_handlers = []


def register(func, /, *args, **kwargs):
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _ncallbacks():
    return len(_handlers)


def _clear():
    del _handlers[:]


def _run_exitfuncs():
    import sys
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            print('Exception ignored in atexit callback: %r' % (func,), file=sys.stderr)
            print('%s: %s' % (type(e).__name__, e), file=sys.stderr)
