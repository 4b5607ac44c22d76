import keyword
from keyword import iskeyword, issoftkeyword, kwlist, softkwlist

print(len(kwlist), kwlist)
print(softkwlist)
for w in ['if', 'True', 'None', 'async', 'await', 'match', 'case', '_', 'print', 'type', 'If', '', 'nonlocal']:
    print(repr(w), iskeyword(w), issoftkeyword(w))
print(sorted(keyword.__all__))
print(kwlist == sorted(kwlist))
print([w for w in 'def foo ( x ) : return lambda y : x if y else None'.split() if iskeyword(w)])
try:
    iskeyword([])
except TypeError as e:
    print('TypeError', e)
