# Roman numerals, base conversions and string encodings
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range")
    out = []
    for v, sym in VALUES:
        count, n = divmod(n, v)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        if i + 1 < len(s) and vals[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:5} -> {r:<12} -> {from_roman(r)}")
print("roundtrip all", all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
try:
    to_roman(0)
except ValueError as e:
    print("ValueError", e)
try:
    from_roman("ABC")
except KeyError as e:
    print("KeyError", e)


def run_length_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)


def run_length_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


for text in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", ""]:
    enc = run_length_encode(text)
    print("rle", repr(enc), run_length_decode(enc) == text)

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.append("".join(chars[:keep]) + "=" * (4 - keep))
    return "".join(out)


for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo".encode()]:
    print("base64", raw, b64encode(raw))
print("binary strings", [format(n, "b").zfill(6) for n in (0, 5, 42, 63)])
print("excel columns", [(lambda n: (lambda f, n: f(f, n))(lambda f, n: "" if n == 0 else f(f, (n - 1) // 26) + chr(65 + (n - 1) % 26), n))(k) for k in (1, 26, 27, 52, 702, 703)])
