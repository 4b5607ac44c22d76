class E:
    def __eq__(self, o):
        raise KeyError('eq')
try:
    [E()].index(1)
except KeyError as e:
    print(repr(e))
try:
    print(E() in [1])
except KeyError as e:
    print(repr(e))
