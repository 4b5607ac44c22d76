try:
    str(10**100000)
except ValueError as e:
    print(e)
