class A:
    y = 2
    def m(self):
        return 1
a = A()
for i in range(60):
    if i == 30:
        del A.m
    try:
        a.m()
    except AttributeError as e:
        print(i, e)
        break
