"""hashlib for Brisk: md5, sha1 and sha256 in plain Python.

Snippets hash short strings (passwords, checksums in examples), so a
readable pure-Python implementation is fast enough.
"""

_M32 = 0xFFFFFFFF


def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & _M32


def _md5_block(state, block):
    a, b, c, d = state
    x = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
    for i in range(64):
        if i < 16:
            f = (b & c) | (~b & d)
            g = i
        elif i < 32:
            f = (d & b) | (~d & c)
            g = (5 * i + 1) % 16
        elif i < 48:
            f = b ^ c ^ d
            g = (3 * i + 5) % 16
        else:
            f = c ^ (b | (~d & _M32))
            g = (7 * i) % 16
        f = (f + a + _MD5_K[i] + x[g]) & _M32
        a, d, c = d, c, b
        b = (b + _rotl(f, _MD5_S[i])) & _M32
    return [(s + v) & _M32 for s, v in zip(state, (a, b, c, d))]


_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_K = [int(abs(__import__('math').sin(i + 1)) * 2 ** 32) & _M32 for i in range(64)]


def _sha1_block(state, block):
    w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
    for i in range(16, 80):
        w.append(_rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
    a, b, c, d, e = state
    for i in range(80):
        if i < 20:
            f, k = (b & c) | (~b & d), 0x5A827999
        elif i < 40:
            f, k = b ^ c ^ d, 0x6ED9EBA1
        elif i < 60:
            f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
        else:
            f, k = b ^ c ^ d, 0xCA62C1D6
        t = (_rotl(a, 5) + (f & _M32) + e + k + w[i]) & _M32
        a, b, c, d, e = t, a, _rotl(b, 30), c, d
    return [(s + v) & _M32 for s, v in zip(state, (a, b, c, d, e))]


_SHA256_K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]


def _sha256_block(state, block):
    w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
    for i in range(16, 64):
        s0 = _rotr(w[i - 15], 7) ^ _rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
        s1 = _rotr(w[i - 2], 17) ^ _rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
        w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
    a, b, c, d, e, f, g, h = state
    for i in range(64):
        s1 = _rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25)
        ch = (e & f) ^ (~e & g)
        t1 = (h + s1 + (ch & _M32) + _SHA256_K[i] + w[i]) & _M32
        s0 = _rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)
        t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) & _M32
        a, b, c, d, e, f, g, h = (t1 + t2) & _M32, a, b, c, (d + t1) & _M32, e, f, g
    return [(s + v) & _M32 for s, v in zip(state, (a, b, c, d, e, f, g, h))]


# name: (block function, initial state, digest size, length byte order)
_ALGOS = {
    'md5': (_md5_block, [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476], 16, 'little'),
    'sha1': (_sha1_block, [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0], 20, 'big'),
    'sha256': (_sha256_block, [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                               0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19], 32, 'big'),
}

algorithms_guaranteed = frozenset(_ALGOS)
algorithms_available = frozenset(_ALGOS)


class _Hash:
    block_size = 64

    def __init__(self, name, data=b''):
        self.name = name
        self._block, state, self.digest_size, self._order = _ALGOS[name]
        self._state = list(state)
        self._buf = b''
        self._len = 0
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        data = bytes(data)
        self._len += len(data)
        buf = self._buf + data
        full = len(buf) - len(buf) % 64
        for i in range(0, full, 64):
            self._state = self._block(self._state, buf[i:i + 64])
        self._buf = buf[full:]

    def digest(self):
        pad = b'\x80' + b'\x00' * ((55 - self._len) % 64)
        tail = self._buf + pad + (self._len * 8 & 0xFFFFFFFFFFFFFFFF).to_bytes(8, self._order)
        state = self._state
        for i in range(0, len(tail), 64):
            state = self._block(state, tail[i:i + 64])
        return b''.join(v.to_bytes(4, self._order) for v in state)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name)
        other._state = list(self._state)
        other._buf = self._buf
        other._len = self._len
        return other

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {hex(id(self))}>'


def new(name, data=b''):
    key = name.lower().replace('-', '')
    if key not in _ALGOS:
        raise ValueError(f'unsupported hash type {name}')
    return _Hash(key, data)


def md5(data=b''):
    return _Hash('md5', data)


def sha1(data=b''):
    return _Hash('sha1', data)


def sha256(data=b''):
    return _Hash('sha256', data)
