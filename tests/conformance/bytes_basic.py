# bytes: literals, indexing, slicing, decode, hex, repr
b = b"hello"
print("repr", b, repr(b), b"", b"\x00\xff", b"tab\tnew\n", b"quote'", b'dq"', b"both'\"")
print("index gives int", b[0], b[-1], type(b[0]).__name__)
print("slice gives bytes", b[1:3], b[::-1], b[::2], type(b[1:2]).__name__)
print("len", len(b), len(b""), len(b"\x00\x00"))
print("iteration", list(b), [chr(x) for x in b])
print("in", b"ell" in b, 104 in b, 0 in b, b"" in b)
print("concat/repeat", b + b" world", b"ab" * 3)
print("compare", b"abc" < b"abd", b"a" == b"a", b"abc" == "abc", b"" < b"\x00")
print("decode", b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError caught", isinstance(e, ValueError))
print("encode roundtrip", "naïve ☃".encode("utf-8"), "naïve ☃".encode().decode() == "naïve ☃")
print("hex", b.hex(), b"\x00\x0f\xff".hex(), bytes.fromhex("de ad be ef"), bytes.fromhex("41"))
print("bytes()", bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("xyz", "ascii"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
print("methods", b.upper(), b"  x ".strip(), b"a,b,c".split(b","), b"-".join([b"a", b"b"]))
print("find/count", b.find(b"l"), b.count(b"l"), b.startswith(b"he"), b.endswith(b"lo"), b.replace(b"l", b"L"))
print("isdigit etc", b"123".isdigit(), b"abc".isalpha(), b"Ab".islower())
print("hash equal", hash(b"x") == hash(b"x"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b + "str"
except TypeError as e:
    print("TypeError", e)
print("int.to_bytes", (1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print("from_bytes", int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print("printable repr", bytes(range(30, 40)), bytes([127, 128, 10, 13, 9, 92]))


def checksum(data):
    s = 0
    for byte in data:
        s = (s + byte) % 256
    return s


print("checksum", checksum(b"The quick brown fox"), checksum("héllo".encode()))


def xor_cipher(data, key):
    return bytes(d ^ key[i % len(key)] for i, d in enumerate(data))


ct = xor_cipher(b"secret message", b"k3y")
print("xor cipher", ct.hex(), xor_cipher(ct, b"k3y"))
print("bytes sorted", sorted(b"hello"), bytes(sorted(b"hello")))
print("bytes max/min/sum", max(b"abc"), min(b"abc"), sum(b"\x01\x02\x03"))
print("list of bytes", [b"a", b"\n"], (b"x",))
print("str(bytes)", str(b"hi"), f"{b'hi'}", f"{b'hi'!r}")
