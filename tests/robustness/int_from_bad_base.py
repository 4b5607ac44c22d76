for args in (('10', 1), ('10', 37), ('zz', 10)):
    try:
        int(*args)
    except ValueError as e:
        print(e)
