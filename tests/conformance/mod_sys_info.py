# sys: version and float/int information, byte order, path, limits, exit codes.
import sys

print(sys.version_info >= (3, 8), sys.version_info[:2] >= (3, 0), sys.version_info.major, type(sys.version_info.minor).__name__)
print(sys.version_info.releaselevel, len(sys.version_info), sys.hexversion >> 24, isinstance(sys.version, str))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0] == sys.float_info.max)
print(sys.int_info.default_max_str_digits, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.maxunicode)
print(type(sys.path).__name__, type(sys.argv).__name__, sys.getdefaultencoding(), "sys" in sys.modules, sys.modules["sys"] is sys)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
sys.stdout.write("written directly\n")
print("to stderr", file=sys.stderr)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit:", e.code)
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info()[0])
sys.exit(3)
