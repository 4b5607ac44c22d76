for v in (-1, 0x110000):
    try:
        chr(v)
    except ValueError as e:
        print(e)
