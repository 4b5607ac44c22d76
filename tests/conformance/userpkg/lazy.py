# A module with a PEP 562 __getattr__, used by import_module_getattr.py.
eager = 1


def __getattr__(name):
    if name.startswith('lazy_'):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
