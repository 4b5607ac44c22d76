import sys
for v in (0, -1):
    try:
        sys.setrecursionlimit(v)
    except ValueError as e:
        print(e)
