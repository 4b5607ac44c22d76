try:
    eval(42)
except TypeError as e:
    print(e)
