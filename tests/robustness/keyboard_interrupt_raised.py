try:
    try:
        raise KeyboardInterrupt
    finally:
        print('finally')
except KeyboardInterrupt:
    print('caught')
