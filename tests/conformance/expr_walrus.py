# Assignment expressions (walrus :=)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("list is long:", n)

values = iter([5, 3, 0, 7])
total = 0
while (v := next(values)) != 0:
    total += v
print("sum until zero", total)

print("walrus in comprehension", [y for x in range(10) if (y := x * x) > 20])
print("walrus leaks to enclosing scope", y)


def f(x):
    return x * 3 - 1


results = [(x, fx) for x in range(6) if (fx := f(x)) % 2 == 0]
print("filtered with computed value", results)

print("walrus in expression", (a := 10) + a, a)
print("nested", (b := (c := 3) + 1), b, c)

lines = ["key=value", "bad line", "x=1", "", "y=2=3"]
parsed = {}
for line in lines:
    if (eq := line.find("=")) != -1:
        parsed[line[:eq]] = line[eq + 1:]
print("parsed", parsed)


def counter():
    count = 0
    items = [count := count + 1 for _ in range(4)]
    return count, items


print("walrus in comp inside function", counter())

stack = [1, 2, 3]
popped = []
while stack and (top := stack.pop()):
    popped.append(top)
print("popped", popped)

if any((hit := v) > 7 for v in data):
    print("first > 7:", hit)
if all((miss := v) < 9 for v in data):
    print("all < 9")
else:
    print("witness >= 9:", miss)

print("walrus in call args", max((m := 4), 2), m)
print("walrus in ternary", (w := 5) if True else 0, w)
print("walrus in lambda", (lambda: (q := 7) * 2)())

buf = []
chunks = iter(["ab", "cd", "", "ef"])
while chunk := next(chunks):
    buf.append(chunk)
print("chunks", buf)

fib = [0, 1]
while (nxt := fib[-1] + fib[-2]) < 100:
    fib.append(nxt)
print("fib", fib, "next", nxt)
print("walrus with index", [(i, s) for i, ch in enumerate("a1b22") if (s := ch.isdigit())])
