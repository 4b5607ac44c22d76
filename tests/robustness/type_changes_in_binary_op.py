def add(a, b):
    return a + b
for i in range(30):
    add(i, i)
print(add('a', 'b'), add(1.5, 1))
try:
    add(1, 'a')
except TypeError as e:
    print(e)
