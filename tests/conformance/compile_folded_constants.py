# Negated literals and literal slices are folded into constants: the values,
# their types and identities where Python guarantees them must not change.
import math

print(-1, -0, -2.5, -0.0, math.copysign(1, -0.0), -(2**63), -9223372036854775808, -(-3))
print(type(-1), type(-1.0), -True, -(1), --1, - 1)
print([10, 20, 30][-1], (1, 2, 3)[-2], "abc"[-1])
print(list(range(5, -1, -1)), list(range(10, 0, -3)))
print((-1, 2, -3.5), (-0.0, 0.0), (0.0, -0.0))
t = (-0.0, 0.0)
print(math.copysign(1, t[0]), math.copysign(1, t[1]))
s = "hello world"
print(s[::-1], s[1:3], s[-5:], s[:-6], s[::2], s[-1:-4:-1], s[::-2])
print([1, 2, 3, 4, 5][::-1], [1, 2, 3, 4, 5][1:-1], (1, 2, 3)[::-1])


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
k1 = r[::-1]
k2 = r[::-1]
print(k1, k2, k1 == k2, type(k1).__name__, k1.start, k1.stop, k1.step)
print(r[1:2], r[1:2:3], r[-1:], r[:-1], r[None:5], r[1.5:2], r["a":"b"])
print(r[1:2, ::-1], r[-1, -2])
x = 4
print(r[x:-1], r[-x:], r[1:x:-1])
print(-1 .bit_length(), (-1).bit_length(), -2 ** 2, (-2) ** 2)
print({-1: "a", -0.0: "b"}, {0.0: "z", -0.0: "w"})


def f():
    return [-1, -1.5, s[::-1]]


print(f(), f() == f())
print(-0j, -1j, -(1 + 2j))
print(complex(1,-0.0), complex(0,-0.0), complex(-0.0,-0.0), complex(1, float("nan")), complex(1,-float("inf")), 1-2j, complex(-1.5, 0.0))
