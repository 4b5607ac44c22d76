class G:
    def __getattr__(self, n):
        raise KeyError(n)
try:
    G().x
except KeyError as e:
    print(repr(e))
print(hasattr(G(), '__len__') if False else 'ok')
