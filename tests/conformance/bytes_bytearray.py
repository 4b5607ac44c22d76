# bytearray mutation and bytes-building patterns
ba = bytearray()
for i in range(5):
    ba.append(65 + i)
print("built", ba, bytes(ba), len(ba))
ba[0] = ord("z")
ba[1:3] = b"XYZ"
print("mutated", ba)
ba.extend([48, 49])
ba += b"!!"
print("extended", ba)
ba.insert(0, 35)
print("insert", ba, ba.pop(0), ba)
ba.remove(ord("X"))
print("remove", ba)
del ba[-2:]
print("del slice", ba)
print("index/count/find", ba.index(ord("Y")), ba.count(ord("Z")), ba.find(b"Z"))
print("upper/lower", ba.upper(), ba.lower())
print("decode", ba.decode("ascii"))
print("equality with bytes", bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"))
print("from list/int/str", bytearray([1, 2, 255]), bytearray(3), bytearray("hé", "utf-8"))
try:
    ba.append(256)
except ValueError as e:
    print("ValueError", e)
try:
    ba[0] = -1
except ValueError as e:
    print("ValueError", type(e).__name__)
b = bytearray(b"hello world")
b[::2] = b"HLOWRD"
print("extended slice assign", b)
b.reverse()
print("reverse", b)
print("slice types", type(b[1:3]).__name__, type(b[0]).__name__)
print("hex", bytearray(b"\x01\xab").hex(), bytearray.fromhex("ff 00"))


def encode_varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def decode_varint(data):
    result = shift = 0
    for i, byte in enumerate(data):
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, i + 1
    raise ValueError("truncated varint")


for n in [0, 1, 127, 128, 300, 16384, 2 ** 32, 2 ** 63 - 1]:
    enc = encode_varint(n)
    print("varint", n, enc.hex(), decode_varint(enc))
try:
    decode_varint(b"\x80\x80")
except ValueError as e:
    print("ValueError", e)
packet = bytearray()
for field in [b"GET", b"/index.html", b"HTTP/1.1"]:
    packet += len(field).to_bytes(2, "big") + field
print("packet", bytes(packet))
pos, fields = 0, []
while pos < len(packet):
    n = int.from_bytes(packet[pos:pos + 2], "big")
    fields.append(packet[pos + 2:pos + 2 + n].decode())
    pos += 2 + n
print("parsed fields", fields)
print("bytes join", b", ".join([b"a", bytes(bytearray(b"b"))]))
print("bytearray repr empty", bytearray(), bytes())

# Moved from bytes_basic.py until bytearray exists.
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print("bytearray", ba, bytes(ba), len(ba), ba[1], ba[1:3])
ba.reverse()
print("bytearray reversed", ba)
print("bytearray pop", ba.pop(), ba)
