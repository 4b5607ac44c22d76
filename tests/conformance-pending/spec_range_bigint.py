# Ranges whose bounds or values do not fit 64 bits, at a hot for-loop site
# that was warmed on small ranges (a FOR_ITER_RANGE specialization must not
# take them).


def total(r):
    s = 0
    for k in r:
        s += k
    return s


for i in range(300):
    total(range(i % 10))
print("warm", total(range(10)))
print("across 2**63", total(range(2**63 - 3, 2**63 + 3)) - 6 * 2**63, list(range(2**63 - 1, 2**63 + 1)))
print("below -2**63", list(range(-(2**63) + 1, -(2**63) - 2, -1)))
print("huge step", list(range(0, 2**70, 2**68)))
r = range(0, 2**80, 3)
print("index and contains", r[-1], r[2**70], 2**79 in r, (2**79 + 1) in r, r.index(3 * 2**70))
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
print("reversed", list(reversed(range(2**64, 2**64 + 3))))
print("back to small", total(range(5)))
