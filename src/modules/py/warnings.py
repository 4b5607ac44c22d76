"""`warnings`, Brisk's own small version: `warn`, the filters
(`simplefilter`, `filterwarnings`, `resetwarnings`), `catch_warnings`
(with `record=True`), `showwarning` and `formatwarning`. Brisk has no frame
objects, so a warning's location is the main script at line 0."""

import sys

filters = []
_seen = set()


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line:
        text += '  %s\n' % line.strip()
    return text


def _showwarning(message, category, filename, lineno, file=None, line=None):
    out = sys.stderr if file is None else file
    out.write(formatwarning(message, category, filename, lineno, line))


showwarning = _showwarning


def _add_filter(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _seen.clear()


_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError('invalid action: %r' % (action,))
    _add_filter((action, None, category, None, lineno), append)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError('invalid action: %r' % (action,))
    import re
    msg = re.compile(message, re.I) if message else None
    mod = re.compile(module) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def resetwarnings():
    filters[:] = []
    _seen.clear()


def _default_action(category):
    if issubclass(category, (PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return 'ignore'
    return 'default'


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (ln == 0 or ln == lineno)):
            return action
    return _default_action(category)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    if isinstance(message, Warning):
        category = message.__class__
        text = str(message)
    else:
        text = str(message)
        message = category(message)
    action = _action_for(text, category, module or '__main__', lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    key = (text, category) if action != 'default' else (text, category, lineno)
    if action != 'always':
        if key in _seen:
            return
        _seen.add(key)
    showwarning(message, category, filename, lineno)


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename = sys.argv[0] if sys.argv and sys.argv[0] else '<string>'
    warn_explicit(message, category, filename, 0, '__main__', source=source)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = (action, category, lineno, append)
        self._entered = False

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        global showwarning
        self._filters = filters[:]
        self._showwarning = showwarning
        self._seen = set(_seen)
        _seen.clear()
        action, category, lineno, append = self._action
        if action is not None:
            simplefilter(action, category, lineno, append)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))

            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        filters[:] = self._filters
        showwarning = self._showwarning
        _seen.clear()
        _seen.update(self._seen)
        return False
