try:
    exec('def (:')
except SyntaxError as e:
    print(type(e).__name__)
print('alive')
