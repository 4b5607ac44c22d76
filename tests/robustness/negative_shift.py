try:
    1 << -1
except ValueError as e:
    print(e)
