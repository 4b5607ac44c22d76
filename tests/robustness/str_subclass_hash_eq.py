class S(str):
    def __eq__(self, o):
        return True
    __hash__ = str.__hash__
d = {S('a'): 1}
print(d.get('a'), 'a' in d)
