class A:
    def f(self):
        return 'A'
class B:
    def f(self):
        return 'B'
class C(A):
    pass
c = C()
r = []
for i in range(20):
    if i == 10:
        C.__bases__ = (B,)
    r.append(c.f())
print(''.join(r))
