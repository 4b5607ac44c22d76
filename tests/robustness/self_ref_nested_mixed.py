a = [1]
d = {'a': a}
a.append(d)
print(a)
print(d)
