# finally bodies are compiled once per exit path; nested scopes inside them
# (comprehensions, lambdas, functions, classes) must work on every path.
def early_return(items):
    try:
        return "returned"
    finally:
        squares = [x * x for x in items]
        total = sum(v for v in items)
        key = (lambda v: -v)
        def inner():
            return len(items)
        class Box:
            size = inner()
        print("finally:", squares, total, sorted(items, key=key), Box.size)


print(early_return([1, 2, 3]))


def loop_exit():
    for i in range(3):
        try:
            if i == 1:
                break
            continue
        finally:
            print("cleanup", i, {k: k + i for k in range(2)})
    return i


print(loop_exit())
