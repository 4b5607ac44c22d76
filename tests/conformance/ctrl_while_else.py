# while loops with else, break, continue
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("while", i)
else:
    print("while else ran, i =", i)

i = 0
while True:
    i += 1
    if i > 4:
        break
print("while True broke at", i)

n = 10
while n > 0:
    if n == 7:
        print("found 7, breaking")
        break
    n -= 1
else:
    print("not reached")

n = 0
while n:
    print("never")
else:
    print("else on zero-iteration while")


# collatz
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print("collatz", [collatz(k) for k in range(1, 15)])


# gcd via while
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print("gcd", gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(100, 75))


# primality search with while/else
def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d


print("divisors", [(k, first_divisor(k)) for k in (2, 9, 15, 17, 49, 97)])

stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    head = stack[0]
    print("depth", depth, "head", head)
    stack = stack[1] if len(stack) > 1 else []
    depth += 1

# nested while with continue
row = 0
while row < 3:
    col = 0
    while col < 3:
        col += 1
        if col == 2:
            continue
        print("cell", row, col)
    row += 1

# binary search
arr = [1, 3, 5, 7, 9, 11, 13]


def bsearch(x):
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == x:
            return mid
        elif arr[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


print("bsearch", [bsearch(v) for v in (1, 7, 13, 4, 0, 14)])
