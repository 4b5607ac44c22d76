try:
    try:
        raise ValueError('a')
    except ValueError as a:
        b = KeyError('b')
        a.__context__ = b
        b.__context__ = a
        raise b
except KeyError as e:
    print(repr(e))
