# Uncaught ZeroDivisionError after some output; exit status 1
def average(xs):
    return sum(xs) / len(xs)


data = [[1, 2, 3], [10, 20], [5]]
for d in data:
    print("average of", d, "=", average(d))
print("about to average an empty list")
print("result", average([]))
print("never printed")
