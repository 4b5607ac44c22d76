import io
import re
import sys
import traceback


def clean(text):
    return re.sub(r'[^"<> ]*[/\\\\]([^/\\\\"]+\.py)', r'\1', text)


def show(lines):
    print([clean(x) for x in lines])


def inner(n):
    if n == 0:
        raise ValueError('bad value %d' % n)
    inner(n - 1)


def outer():
    inner(2)


class AppError(Exception):
    pass


def wrap():
    try:
        outer()
    except ValueError as e:
        raise AppError('wrapped') from e


def during():
    try:
        raise KeyError('missing')
    except KeyError:
        undefined_name


try:
    outer()
except ValueError as e:
    print(clean(traceback.format_exc()), end='')
    show(traceback.format_exception(e))
    show(traceback.format_exception(type(e), e, e.__traceback__))
    show(traceback.format_exception(e, limit=1))
    show(traceback.format_exception(e, limit=-2))
    show(traceback.format_exception_only(e))
    show(traceback.format_exception_only(type(e), e))
    show(traceback.format_tb(e.__traceback__))
    show(traceback.format_tb(e.__traceback__, limit=2))
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [(f.lineno, f.name, f.line) for f in tb], type(tb).__name__)
    f = tb[-1]
    print(clean(f.filename), f.lineno, f.name, f.line, f[1], len(f), clean(repr(f)), list(f)[1:])
    print(f == (f.filename, f.lineno, f.name, f.line), f == tb[-1], f == tb[0])
    show(traceback.format_list(tb))
    show(traceback.format_list([('x.py', 3, 'fn', 'return 1'), ('y.py', 9, '<module>', '')]))
    out = io.StringIO()
    traceback.print_exc(file=out)
    traceback.print_exception(e, file=out, limit=0)
    traceback.print_tb(e.__traceback__, limit=1, file=out)
    print(clean(out.getvalue()), end='')
    et, ev, etb = sys.exc_info()
    print(et.__name__, ev is e, etb.tb_lineno, etb.tb_next.tb_lineno)
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, len(te.stack), list(te.format_exception_only()))
    print(clean(''.join(te.format())), end='')

try:
    wrap()
except AppError:
    print(clean(traceback.format_exc()), end='')
    print(clean(traceback.format_exc(chain=False)), end='')
    print(clean(traceback.format_exc(limit=1)), end='')

try:
    during()
except NameError:
    print(clean(traceback.format_exc()), end='')


def recurse(n):
    if n == 0:
        raise RuntimeError('bottom')
    recurse(n - 1)


try:
    recurse(10)
except RuntimeError:
    print(clean(traceback.format_exc()), end='')

try:
    raise KeyError('k')
except KeyError as e:
    show(traceback.format_exception_only(e))
try:
    raise AppError
except AppError as e:
    show(traceback.format_exception(e))
try:
    try:
        raise TypeError('first')
    except TypeError:
        raise ValueError('second') from None
except ValueError as e:
    show(traceback.format_exception(e))

print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None), traceback.format_exception(None))
print(traceback.format_exception(ValueError('never raised')), traceback.format_exception_only(ZeroDivisionError()))
print(traceback.StackSummary.from_list([('a.py', 1, 'f', 'x = 1')]).format())
try:
    traceback.format_exception(ValueError, ValueError('x'))
except ValueError as e:
    print('ValueError', e)
try:
    traceback.format_exception('nope')
except TypeError as e:
    print('TypeError', e)
