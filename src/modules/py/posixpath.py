"""POSIX path manipulation on strings (Brisk's own implementation of os.path).

Only the functions that work on path strings are here: Brisk runs in the
browser, where there is no file system to ask.
"""

__all__ = ['sep', 'curdir', 'pardir', 'extsep', 'altsep', 'pathsep', 'join', 'split', 'splitext',
           'basename', 'dirname', 'isabs', 'normpath', 'commonprefix', 'commonpath', 'relpath',
           'splitdrive', 'normcase', 'expanduser', 'exists', 'isfile', 'isdir', 'getsize']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _check(name, *paths):
    for p in paths:
        if not isinstance(p, str):
            raise TypeError(f'{name}() argument must be str, bytes, or os.PathLike object, not {type(p).__name__!r}')


def normcase(s):
    _check('normcase', s)
    return s


def isabs(s):
    _check('isabs', s)
    return s.startswith('/')


def join(a, *p):
    _check('join', a, *p)
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    _check('split', p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    _check('splitext', p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def splitdrive(p):
    _check('splitdrive', p)
    return p[:0], p


def basename(p):
    _check('basename', p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    _check('dirname', p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    _check('normpath', path)
    if not path:
        return '.'
    initial = 2 if path.startswith('//') and not path.startswith('///') else 1 if path.startswith('/') else 0
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = '/'.join(parts)
    if initial:
        path = '/' * initial + path
    return path or '.'


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = list(paths)
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith('/') for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if absolute.pop() else ''
    return prefix + '/'.join(common)


def relpath(path, start='.'):
    if not path:
        raise ValueError('no path specified')
    start_list = [x for x in normpath(start).split('/') if x and x != '.']
    path_list = [x for x in normpath(path).split('/') if x and x != '.']
    i = len(commonprefix([start_list, path_list]))
    rel_list = ['..'] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return '.'
    return join(*rel_list)


def expanduser(path):
    return path


def exists(path):
    import _fileio
    return _fileio._kind(path) is not None


def isfile(path):
    import _fileio
    return _fileio._kind(path) == 'file'


def isdir(path):
    import _fileio
    return _fileio._kind(path) == 'dir'


def getsize(filename):
    """The size of a file in bytes. There is no stat() to ask, so the file
    is read; a directory raises IsADirectoryError."""
    import _fileio
    if not isinstance(filename, (str, bytes)):
        raise TypeError('stat: path should be string, bytes, os.PathLike or integer, not %s'
                        % type(filename).__name__)
    return len(_fileio._read(filename))
