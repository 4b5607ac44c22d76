try:
    exec('x = 1\x00')
except (SyntaxError, ValueError) as e:
    print(type(e).__name__)
