# PEP 562: a module's __getattr__ answers for names it lacks.
import userpkg.lazy as lazy
from userpkg.lazy import lazy_value

print(lazy.eager, lazy.lazy_abc, lazy_value, getattr(lazy, 'lazy_x', None), hasattr(lazy, 'other'))
for _ in range(3):
    print(lazy.lazy_loop)
try:
    lazy.other
except AttributeError as e:
    print('AttributeError', e)
try:
    from userpkg.lazy import other
except ImportError as e:
    print('ImportError', type(e).__name__)
