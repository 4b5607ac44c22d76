# Number theory: gcd, lcm, primes, factorization, totient, perfect numbers
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0


print("gcd", gcd(48, 180), gcd(17, 31), gcd(0, 5), gcd(-12, 18), gcd(2 ** 40, 6 ** 20))
print("lcm", lcm(4, 6), lcm(21, 6), lcm(0, 3), lcm(7, 13))
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print("lcm 1..20", l)


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


for n in [2, 12, 360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    f = factorize(n)
    print("factorize", n, f, " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))


def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


print("totient", [totient(n) for n in range(1, 21)])


def divisors(n):
    small, large = [], []
    d = 1
    while d * d <= n:
        if n % d == 0:
            small.append(d)
            if d != n // d:
                large.append(n // d)
        d += 1
    return small + large[::-1]


print("divisors 36", divisors(36), "divisors 97", divisors(97))
print("perfect numbers", [n for n in range(2, 10000) if sum(divisors(n)) - n == n])


def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y


g, x, y = ext_gcd(240, 46)
print("extended gcd", g, x, y, 240 * x + 46 * y)


def mod_inverse(a, m):
    g, x, _ = ext_gcd(a, m)
    if g != 1:
        raise ValueError("no inverse")
    return x % m


print("mod inverse", mod_inverse(3, 11), mod_inverse(10, 17), pow(10, -1, 17))
try:
    mod_inverse(6, 9)
except ValueError as e:
    print("ValueError", e)


def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


print("miller-rabin", [n for n in range(90, 130) if is_prime(n)], is_prime(2 ** 61 - 1), is_prime(2 ** 61 + 1))
print("digit sum of 2**1000", sum(int(c) for c in str(2 ** 1000)))
print("collatz longest under 1000", max(range(1, 1000), key=lambda n: (lambda f, n: f(f, n))(lambda f, n: 0 if n == 1 else 1 + f(f, n // 2 if n % 2 == 0 else 3 * n + 1), n)))
