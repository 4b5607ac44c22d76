a = []
a.append(a)
try:
    hash(a)
except TypeError as e:
    print(e)
