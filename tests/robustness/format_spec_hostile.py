for spec in ('%', '<<<', '999999999999999999999d', '.-1f'):
    try:
        format(1, spec)
    except ValueError as e:
        print(e)
