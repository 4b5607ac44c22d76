# Integer loops: sieve of Eratosthenes, Collatz sequence lengths and plain
# arithmetic sums. Measures the bytecode loop, int arithmetic and comparisons.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def collatz_longest(limit):
    best = 0
    best_n = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > best:
            best = steps
            best_n = start
    return best_n, best


def sums(n):
    s = 0
    x = 0
    for i in range(n):
        s += i * i % 7
        x ^= i
        if i & 1:
            s -= 1
    return s, x


def main():
    primes = sieve(SIEVE_N)
    cn, cs = collatz_longest(COLLATZ_N)
    s, x = sums(SUM_N)
    print("primes", primes, "collatz", cn, cs, "sums", s, x)


SIEVE_N = 300000
COLLATZ_N = 40000
SUM_N = 400000
main()
