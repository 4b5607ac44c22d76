a = [3, 1, 2]
def k(x):
    a.append(x)
    return x
try:
    a.sort(key=k)
except ValueError as e:
    print(e)
