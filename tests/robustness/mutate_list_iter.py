a = [1, 2, 3]
for x in a:
    if len(a) < 6:
        a.append(x)
print(a)
