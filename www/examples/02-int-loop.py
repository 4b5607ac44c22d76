# Integer loop: Collatz chains and sums of squares
# Plain integer arithmetic in tight loops: the comparisons, additions and
# multiplications below are specialized for ints (COMPARE_OP_INT,
# BINARY_OP_ADD_INT, BINARY_OP_MULTIPLY_INT) after their second execution.

def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


best_start, best_steps = 1, 0
for start in range(1, 5_000):
    steps = collatz_steps(start)
    if steps > best_steps:
        best_start, best_steps = start, steps
print(f"Longest Collatz chain below 5,000 starts at {best_start}: {best_steps} steps")

total = 0
for i in range(200_000):
    total += i * i
print(f"Sum of squares below 200,000: {total:,}")

# Small ints never allocate; past 64 bits they turn into big integers.
factorial = 1
for k in range(1, 31):
    factorial *= k
print("30! =", factorial)
