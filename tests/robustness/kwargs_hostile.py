def f(a):
    return a
for kw in ({'b': 1}, {'a': 1, 'b': 2}):
    try:
        f(**kw)
    except TypeError as e:
        print(e)
try:
    f(1, **{'a': 2})
except TypeError as e:
    print(e)
