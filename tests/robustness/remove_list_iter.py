a = list(range(10))
for x in a:
    a.remove(x)
print(a)
