"""CityHash128 v1.0.2 in pure Python, for clickhouse_driver's compression in tests.

Debian packages clickhouse_driver but not its `clickhouse-cityhash` dependency, which it
imports only to checksum compressed blocks. Tests put this directory on sys.path so that
`Client(..., compression=...)` works; it is slow, which is fine for test-sized blocks.
Written from src/base/CityHash.cpp (ClickHouse's frame checksum)."""
import struct

MASK = (1 << 64) - 1
K0 = 0xc3a5c85c97cb3127
K1 = 0xb492b66fbe98f273
K2 = 0x9ae16a3b2f90404f
K3 = 0xc949d7c7509e6557
KMUL = 0x9ddfea08eb382d69


def _fetch64(s, i):
    return struct.unpack_from("<Q", s, i)[0]


def _fetch32(s, i):
    return struct.unpack_from("<I", s, i)[0]


def _rotate(v, shift):
    return v if shift == 0 else ((v >> shift) | (v << (64 - shift))) & MASK


def _shift_mix(v):
    return v ^ (v >> 47)


def _hash128to64(low, high):
    a = ((low ^ high) * KMUL) & MASK
    a ^= a >> 47
    b = ((high ^ a) * KMUL) & MASK
    b ^= b >> 47
    return (b * KMUL) & MASK


def _hash_len16(u, v):
    return _hash128to64(u, v)


def _hash_len0to16(s, off, length):
    if length > 8:
        a = _fetch64(s, off)
        b = _fetch64(s, off + length - 8)
        return _hash_len16(a, _rotate((b + length) & MASK, length)) ^ b
    if length >= 4:
        a = _fetch32(s, off)
        return _hash_len16((length + (a << 3)) & MASK, _fetch32(s, off + length - 4))
    if length > 0:
        a = s[off]
        b = s[off + (length >> 1)]
        c = s[off + length - 1]
        y = (a + (b << 8)) & 0xffffffff
        z = (length + (c << 2)) & 0xffffffff
        return (_shift_mix(((y * K2) ^ (z * K3)) & MASK) * K2) & MASK
    return K2


def _weak_hash_len32_with_seeds(s, off, a, b):
    w, x, y, z = _fetch64(s, off), _fetch64(s, off + 8), _fetch64(s, off + 16), _fetch64(s, off + 24)
    a = (a + w) & MASK
    b = _rotate((b + a + z) & MASK, 21)
    c = a
    a = (a + x + y) & MASK
    b = (b + _rotate(a, 44)) & MASK
    return (a + z) & MASK, (b + c) & MASK


def _city_murmur(s, off, length, low, high):
    a, b, c, d = low, high, 0, 0
    remaining = length - 16
    if remaining <= 0:
        a = (_shift_mix((a * K1) & MASK) * K1) & MASK
        c = (b * K1 + _hash_len0to16(s, off, length)) & MASK
        d = _shift_mix((a + (_fetch64(s, off) if length >= 8 else c)) & MASK)
    else:
        c = _hash_len16((_fetch64(s, off + length - 8) + K1) & MASK, a)
        d = _hash_len16((b + length) & MASK, (c + _fetch64(s, off + length - 16)) & MASK)
        a = (a + d) & MASK
        while True:
            a ^= (_shift_mix((_fetch64(s, off) * K1) & MASK) * K1) & MASK
            a = (a * K1) & MASK
            b ^= a
            c ^= (_shift_mix((_fetch64(s, off + 8) * K1) & MASK) * K1) & MASK
            c = (c * K1) & MASK
            d ^= c
            off += 16
            remaining -= 16
            if remaining <= 0:
                break
    a = _hash_len16(a, c)
    b = _hash_len16(d, b)
    return a ^ b, _hash_len16(b, a)


def _mix_chunk(s, off, st):
    x, y, z, v, w = st
    x = (_rotate((x + y + v[0] + _fetch64(s, off + 16)) & MASK, 37) * K1) & MASK
    y = (_rotate((y + v[1] + _fetch64(s, off + 48)) & MASK, 42) * K1) & MASK
    x ^= w[1]
    y ^= v[0]
    z = _rotate(z ^ w[0], 33)
    v = _weak_hash_len32_with_seeds(s, off, (v[1] * K1) & MASK, (x + w[0]) & MASK)
    w = _weak_hash_len32_with_seeds(s, off + 32, (z + w[1]) & MASK, y)
    return [z, y, x, v, w]


def _city128_with_seed(s, off, length, low, high):
    if length < 128:
        return _city_murmur(s, off, length, low, high)
    x, y = low, high
    z = (length * K1) & MASK
    v0 = (_rotate(y ^ K1, 49) * K1 + _fetch64(s, off)) & MASK
    v1 = (_rotate(v0, 42) * K1 + _fetch64(s, off + 8)) & MASK
    w0 = (_rotate((y + z) & MASK, 35) * K1 + x) & MASK
    w1 = (_rotate((x + _fetch64(s, off + 88)) & MASK, 53) * K1) & MASK
    st = [x, y, z, (v0, v1), (w0, w1)]
    while True:
        st = _mix_chunk(s, off, st)
        off += 64
        st = _mix_chunk(s, off, st)
        off += 64
        length -= 128
        if length < 128:
            break
    x, y, z, v, w = st
    v, w = list(v), list(w)
    y = (y + _rotate(w[0], 37) * K0 + z) & MASK
    x = (x + _rotate((v[0] + z) & MASK, 49) * K0) & MASK
    done = 0
    while done < length:
        done += 32
        y = (_rotate((y - x) & MASK, 42) * K0 + v[1]) & MASK
        w[0] = (w[0] + _fetch64(s, off + length - done + 16)) & MASK
        x = (_rotate(x, 49) * K0 + w[0]) & MASK
        w[0] = (w[0] + v[0]) & MASK
        v = list(_weak_hash_len32_with_seeds(s, off + length - done, v[0], v[1]))
    x = _hash_len16(x, v[0])
    y = _hash_len16(y, w[0])
    return (_hash_len16((x + v[1]) & MASK, w[1]) + y) & MASK, _hash_len16((x + w[1]) & MASK, (y + v[1]) & MASK)


def CityHash128(data):
    """The 128-bit hash as an int whose upper 64 bits are the half ClickHouse writes first (the
    low one), as clickhouse-cityhash returns it for the driver."""
    s = bytes(data)
    length = len(s)
    if length >= 16:
        low, high = _city128_with_seed(s, 16, length - 16, _fetch64(s, 0) ^ K3, _fetch64(s, 8))
    elif length >= 8:
        low, high = _city128_with_seed(b"", 0, 0, _fetch64(s, 0) ^ ((length * K0) & MASK), _fetch64(s, length - 8) ^ K1)
    else:
        low, high = _city128_with_seed(s, 0, length, K0, K1)
    return (low << 64) | high
