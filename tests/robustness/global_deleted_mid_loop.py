g = 1
def f():
    return g
for i in range(60):
    if i == 40:
        del g
    try:
        f()
    except NameError as e:
        print(i, e)
        break
