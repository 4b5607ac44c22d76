# Importing the user's own modules from the script's folder: packages,
# submodules, from-imports, aliases, caching, failures.
import userpkg.shapes
import userpkg.shapes as sh
from userpkg.shapes import Shape, sides
from userpkg import shapes
import userpkg
import sys

print(userpkg.NAME, userpkg.loaded)
print(Shape("square"), sides("triangle"), sh is shapes, shapes is userpkg.shapes)
print("userpkg.shapes" in sys.modules, sys.modules["userpkg.shapes"] is shapes)
print(shapes.__name__, sorted(n for n in dir(shapes) if not n.startswith("_")))
for attempt in range(2):
    try:
        import userpkg.broken
    except RuntimeError as e:
        print("RuntimeError:", e, "userpkg.broken" in sys.modules)
try:
    import userpkg.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from userpkg import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__, e)
m = __import__("userpkg.shapes")
print(m is userpkg, __import__("userpkg.shapes", fromlist=["x"]) is shapes)
