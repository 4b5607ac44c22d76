try:
    exec('raise SystemExit(3)')
except SystemExit as e:
    print('exit', e.code)
