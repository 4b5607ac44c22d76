a = list(range(10))
print(a[10**30:], a[-10**30:2], a[::10**30], a[::-10**30])
try:
    a[::0]
except ValueError as e:
    print(e)
