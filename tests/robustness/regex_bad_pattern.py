import re
for p in ('(', '[a-', '*'):
    try:
        re.compile(p)
    except re.error as e:
        print('re.error')
