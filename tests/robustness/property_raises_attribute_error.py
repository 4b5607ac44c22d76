class P:
    @property
    def x(self):
        raise AttributeError('inner')
    def __getattr__(self, n):
        return 'fallback ' + n
print(P().x)
