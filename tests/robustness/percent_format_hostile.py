for t in (('%d', 'x'), ('%', ()), ('%(a)s', (1,)), ('%s %s', (1,))):
    try:
        print(t[0] % t[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
