"""A small `os` for a sandboxed interpreter (Brisk's own code).

There is no file system or process to ask in the browser, so only the
parts that are pure computation are here: path strings (`os.path`),
separators and `os.environ` as an empty mapping.
"""

import sys as _sys
import posixpath as path

_sys.modules['os.path'] = path

__all__ = ['path', 'name', 'sep', 'altsep', 'extsep', 'pathsep', 'linesep', 'curdir', 'pardir',
           'devnull', 'environ', 'getenv', 'fspath', 'remove', 'unlink']

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull
environ = {}


def remove(path):
    import _fileio
    _fileio._remove(fspath(path))


unlink = remove


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    try:
        return p.__fspath__()
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__) from None
