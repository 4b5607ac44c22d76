class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError as e:
    print(e)
