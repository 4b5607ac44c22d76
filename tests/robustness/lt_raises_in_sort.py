class C:
    def __lt__(self, o):
        raise ArithmeticError('cmp')
try:
    sorted([C(), C()])
except ArithmeticError as e:
    print(e)
