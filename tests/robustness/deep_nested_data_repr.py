a = []
for i in range(100000):
    a = [a]
try:
    repr(a)
except RecursionError:
    print('RecursionError')
