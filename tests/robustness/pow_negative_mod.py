print(pow(3, -1, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
