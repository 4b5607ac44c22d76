class H:
    def __hash__(self):
        return 'x'
try:
    hash(H())
except TypeError as e:
    print(e)
