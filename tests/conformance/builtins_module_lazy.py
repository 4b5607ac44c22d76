# The builtins module has every builtin as an attribute, also those an
# implementation may load lazily, before the program names them.
import builtins

for name in ['open', 'bytearray', 'complex', 'memoryview', 'ExceptionGroup', 'BaseExceptionGroup']:
    print(name, hasattr(builtins, name), getattr(builtins, name).__name__)
print(builtins.complex(1, 2), builtins.bytearray(b'ab'))
try:
    builtins.no_such_builtin
except AttributeError as e:
    print(type(e).__name__, e)
