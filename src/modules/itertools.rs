//! The `itertools` module, as Python generators (and, for `count` and
//! `repeat`, whose repr shows their state, classes) compiled at import.
//!
//! Each function follows the documented CPython semantics, including how
//! far the underlying iterators are consumed.

use std::rc::Rc;

use super::util::run_source;
use crate::objects::{PyDict, PyResult};
use crate::vm::Vm;

pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    run_source(vm, d, PY_SOURCE, "<itertools>")
}

const PY_SOURCE: &str = r#"
_MARK = object()
_MAXSIZE = 9223372036854775807

class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not hasattr(v, "__add__") or isinstance(v, (str, bytes, list, tuple)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if type(step) is int and step == 1:
            return f"{name}({self._n!r})"
        return f"{name}({self._n!r}, {step!r})"

def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element

class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = max(times.__index__(), 0)
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return f"{name}({self._object!r})"
        return f"{name}({self._object!r}, {self._times})"

def chain(*iterables):
    for it in iterables:
        yield from it

def _from_iterable(iterables):
    for it in iterables:
        yield from it

chain.from_iterable = _from_iterable

def _islice_index(v, what):
    if v is None:
        return None
    try:
        i = v.__index__()
    except AttributeError:
        i = -1
    if i < 0 or i > _MAXSIZE:
        raise ValueError(what)
    return i

def _islice_args(args):
    if len(args) == 1:
        return 0, _islice_index(args[0], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'), 1
    if len(args) == 2 or len(args) == 3:
        msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start = _islice_index(args[0], msg)
        stop = _islice_index(args[1], msg)
        step = 1
        if len(args) == 3 and args[2] is not None:
            step = _islice_index(args[2], 'Step for islice() must be a positive integer or None.')
            if step == 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
        return (0 if start is None else start), stop, step
    if not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')

def islice(iterable, *args):
    start, stop, step = _islice_args(args)
    it = iter(iterable)
    return _islice_gen(it, start, stop, step)

def _islice_gen(it, start, stop, step):
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            if next(it, _MARK) is _MARK:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        item = next(it, _MARK)
        if item is _MARK:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item

def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    return _accumulate_gen(it, func, initial)

def _accumulate_gen(it, func, total):
    if total is None:
        total = next(it, _MARK)
        if total is _MARK:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total

def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product_gen(pools)

def _product_gen(pools):
    n = len(pools)
    for p in pools:
        if not p:
            return
    indices = [0] * n
    yield tuple([p[0] for p in pools])
    while True:
        i = n - 1
        while i >= 0 and indices[i] == len(pools[i]) - 1:
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        yield tuple([pools[j][indices[j]] for j in range(n)])

def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations_gen(pool, n, r)

def _permutations_gen(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
                continue
            j = cycles[i]
            indices[i], indices[-j] = indices[-j], indices[i]
            yield tuple([pool[i] for i in indices[:r]])
            break
        else:
            return

def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_gen(pool, r)

def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])

def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr_gen(pool, r)

def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])

def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    return _zip_longest_gen(iterators, fillvalue)

def _zip_longest_gen(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            value = next(it, _MARK)
            if value is _MARK:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)

class groupby:
    def __init__(self, iterable, key=None):
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = _MARK
        self.id = None

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.currvalue if self.keyfunc is None else self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self.id))

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            value = next(self.it, _MARK)
            if value is _MARK:
                return
            self.currvalue = value
            self.currkey = value if self.keyfunc is None else self.keyfunc(value)

def takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            return
        yield x

def dropwhile(predicate, iterable):
    it = iter(iterable)
    return _dropwhile_gen(predicate, it)

def _dropwhile_gen(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x

def starmap(function, iterable):
    for args in iterable:
        yield function(*args)

def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple([_tee_gen(it, buf, buffers) for buf in buffers])

def _tee_gen(it, mybuf, buffers):
    while True:
        if not mybuf:
            item = next(it, _MARK)
            if item is _MARK:
                return
            for b in buffers:
                b.append(item)
        yield mybuf.pop(0)

def pairwise(iterable):
    it = iter(iterable)
    return _pairwise_gen(it)

def _pairwise_gen(it):
    a = next(it, _MARK)
    if a is _MARK:
        return
    for b in it:
        yield a, b
        a = b

def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)

def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x

"#;
