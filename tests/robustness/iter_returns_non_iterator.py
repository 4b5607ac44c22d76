class I:
    def __iter__(self):
        return 5
try:
    for x in I():
        pass
except TypeError as e:
    print(e)
