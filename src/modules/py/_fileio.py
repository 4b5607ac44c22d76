"""`open()`, written in Python (Brisk's own code) and loaded the first time a
program names it. Files are read whole when opened and written whole when
closed or flushed, through the host (`_hostfs`); a host without a file
system (the browser) keeps them in memory for the session."""

import _hostfs

_memory = {}


def _read(path):
    try:
        return _hostfs.read(path)
    except OSError as e:
        if e.errno != _hostfs.ENOSYS:
            raise
    if path not in _memory:
        raise FileNotFoundError(2, 'No such file or directory', path)
    return _memory[path]


def _write(path, data, append):
    try:
        _hostfs.write(path, data, append)
        return
    except OSError as e:
        if e.errno != _hostfs.ENOSYS:
            raise
    _memory[path] = (_memory.get(path, b'') if append else b'') + data


def _remove(path):
    try:
        _hostfs.remove(path)
        return
    except OSError as e:
        if e.errno != _hostfs.ENOSYS:
            raise
    if path not in _memory:
        raise FileNotFoundError(2, 'No such file or directory', path)
    del _memory[path]


def _kind(path):
    """'file', 'dir' or None: what is at `path`, as far as reading it tells."""
    try:
        _read(path)
        return 'file'
    except IsADirectoryError:
        return 'dir'
    except OSError:
        return None


def _exists(path):
    try:
        _read(path)
        return True
    except OSError:
        return False


class _File:
    def __init__(self, path, mode, binary, encoding, errors, newline):
        self.name = path
        self.mode = mode
        self._binary = binary
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._newline = newline
        self._reading = 'r' in mode or '+' in mode
        self._writing = any(c in mode for c in 'wax+')
        self._append = 'a' in mode
        self.closed = False
        self._pos = 0
        self._pending = b'' if binary else ''
        self._flushed_once = False
        if 'w' in mode or 'x' in mode:
            if 'x' in mode and _exists(path):
                raise FileExistsError(17, 'File exists', path)
            _write(path, b'', False)
            self._data = b'' if binary else ''
        elif 'a' in mode:
            self._data = b'' if binary else ''
            if not _exists(path):
                _write(path, b'', False)
        else:
            raw = _read(path)
            self._data = raw if binary else self._decode(raw)

    def _decode(self, raw):
        text = raw.decode(self._encoding, self._errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    @property
    def encoding(self):
        return None if self._binary else self._encoding

    def __repr__(self):
        if self._binary:
            kind = '_io.BufferedReader' if self.mode.startswith('r') and '+' not in self.mode else '_io.BufferedWriter'
            return "<%s name=%r>" % (kind, self.name)
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, 'UTF-8' if self._encoding.lower() in ('utf-8', 'utf8') else self._encoding)

    def _check(self, reading=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if reading is True and not self._reading:
            raise _unsupported('not readable')
        if reading is False and not self._writing:
            raise _unsupported('not writable')

    def readable(self):
        self._check()
        return self._reading

    def writable(self):
        self._check()
        return self._writing

    def seekable(self):
        return True

    def read(self, size=-1):
        self._check(True)
        end = len(self._data) if size is None or size < 0 else min(len(self._data), self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        self._check(True)
        nl = b'\n' if self._binary else '\n'
        i = self._data.find(nl, self._pos)
        end = len(self._data) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check(False)
        if self._binary:
            if isinstance(s, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            s = bytes(s)
        elif not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        self._pending += s
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()
        if self._pending or not self._flushed_once:
            data = self._pending if self._binary else self._pending.encode(self._encoding, self._errors)
            if self._pending:
                _write(self.name, data, True)
            self._pending = b'' if self._binary else ''
            self._flushed_once = True

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = len(self._data)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def close(self):
        if not self.closed:
            if self._writing:
                self.flush()
            self.closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def fileno(self):
        raise _unsupported('fileno')


def _unsupported(what):
    import io
    return io.UnsupportedOperation(what)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if not isinstance(file, str):
        if hasattr(file, '__fspath__'):
            file = file.__fspath__()
        else:
            raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError('open() argument \'mode\' must be str, not %s' % type(mode).__name__)
    if any(c not in 'rwaxbt+' for c in mode) or len(set(mode)) != len(mode) or ('b' in mode and 't' in mode):
        raise ValueError('invalid mode: %r' % mode)
    if sum(c in mode for c in 'rwax') != 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    binary = 'b' in mode
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    return _File(file, mode, binary, encoding, errors, newline)
