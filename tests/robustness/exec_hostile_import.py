try:
    exec('import os_does_not_exist_xyz')
except ImportError as e:
    print(type(e).__name__, e)
