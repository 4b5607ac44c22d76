class L:
    def __len__(self):
        return 10**30
try:
    len(L())
except OverflowError as e:
    print(e)
