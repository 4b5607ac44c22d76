# Welcome: a first look at Python in Brisk
# Press Ctrl+Enter (Cmd+Enter on a Mac) or click Run. Pick more programs
# from the Examples menu; Share puts this code into a link.

def greet(name):
    return f"Hello, {name}!"

print(greet("Brisk"))

squares = [n * n for n in range(10)]
print("Squares:", squares)
print("Their sum:", sum(squares))

# Integers grow as large as they need to.
print("2 ** 100 =", 2 ** 100)

# Brisk watches every bytecode instruction while it runs: after a couple of
# passes through this loop, `total += n` runs as BINARY_OP_ADD_INT, a form
# specialized for two ints.
total = 0
for n in range(100_000):
    total += n
print("Sum below 100,000:", total)
