try:
    exec('(' * 200000 + ')' * 200000)
except (SyntaxError, RecursionError, MemoryError) as e:
    print('rejected')
