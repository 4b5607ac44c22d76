# Live output: results stream in while the program runs
# Output streams into the console while the program runs: each block's
# line appears as soon as that block is done, not at the end.

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


BLOCK = 10_000
total = 0
for block in range(8):
    low, high = block * BLOCK, (block + 1) * BLOCK
    found = sum(1 for n in range(low, high) if is_prime(n))
    total += found
    print(f"primes in [{low:>7,}, {high:>7,}): {found:5}   running total {total:6}")
print("done")
