# Bitwise operators on positive and negative ints, shifts
a, b = 0b1100, 0b1010
print("and", a & b, bin(a & b))
print("or", a | b, bin(a | b))
print("xor", a ^ b, bin(a ^ b))
print("invert", ~a, ~0, ~-1, ~b)
print("lshift", 1 << 0, 1 << 10, 5 << 3, -3 << 2)
print("rshift", 1024 >> 3, 7 >> 1, 1 >> 5, -1 >> 10, -16 >> 2, -17 >> 2)
for x in (-1, -5, -128, 7):
    print("neg &", x, x & 0xFF, x & 0xF, x | 0x10, x ^ 0xFF, x ^ -1)
print("neg & neg", -6 & -3, -6 | -3, -6 ^ -3)
print("mask low bits", [(n & (n - 1)) for n in range(1, 9)])
print("lowest set bit", [n & -n for n in range(1, 13)])
print("power of two", [n for n in range(1, 70) if n & (n - 1) == 0])
print("popcount", [bin(n).count("1") for n in range(16)])
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print("flags", flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~EXEC
print("cleared exec", flags)
flags ^= WRITE
print("toggled write", flags)
print("bin/hex/oct", bin(10), bin(-10), hex(255), hex(-255), oct(64), oct(-8), bin(0))
print("format bits", format(10, "08b"), format(-10, "b"), format(255, "#06x"))


def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r


print("reverse bits", [reverse_bits(v) for v in (1, 2, 3, 0b10110000)])


def gray(n):
    return n ^ (n >> 1)


print("gray codes", [format(gray(i), "03b") for i in range(8)])
print("swap with xor", end=" ")
x, y = 5, 9
x ^= y
y ^= x
x ^= y
print(x, y)
print("bool bitwise", True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print("shift big", 1 << 64, (1 << 64) >> 63, -(1 << 64) >> 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
subsets = []
items = ["a", "b", "c"]
for mask in range(1 << len(items)):
    subsets.append("".join(items[i] for i in range(len(items)) if mask >> i & 1))
print("subsets via bits", subsets)
print("precedence", 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 + 2 << 1, 1 << 2 + 1)
print("int.bit_length neg", (-1).bit_length(), (-255).bit_length(), (256).bit_length())
