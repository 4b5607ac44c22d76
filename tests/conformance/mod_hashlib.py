import hashlib
for data in [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"x" * 1000, "héllo".encode()]:
    print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.sha256(data).hexdigest())
h = hashlib.sha256(); h.update(b"hello "); c = h.copy(); h.update(b"world")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size)
print(hashlib.new("md5", b"pw").hexdigest(), hashlib.new("SHA256", b"pw").hexdigest()[:10])
password = "secret"
print(hashlib.sha256(password.encode("utf-8")).hexdigest())
try:
    hashlib.md5("text")
except TypeError as e:
    print(e)
