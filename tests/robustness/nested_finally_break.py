for i in range(3):
    try:
        try:
            raise KeyError(i)
        finally:
            if i == 1:
                break
    except KeyError:
        print('caught', i)
print('end', i)
