class A:
    def __init__(self):
        self.x = 1
a = A()
total = 0
for i in range(100):
    if i == 50:
        del a.x
    try:
        total += a.x
    except AttributeError as e:
        print(i, e)
        break
print(total)
