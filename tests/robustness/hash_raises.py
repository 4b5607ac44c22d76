class H:
    def __hash__(self):
        raise ValueError('no hash')
try:
    {H(): 1}
except ValueError as e:
    print(e)
try:
    H() in {1, 2}
except ValueError as e:
    print(e)
