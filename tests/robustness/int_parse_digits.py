try:
    int('1' * 5000)
except ValueError as e:
    print(e)
