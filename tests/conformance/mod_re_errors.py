# re.error positions (pattern and replacement template errors), msg, lineno/colno.
import re
for pattern in ['(a', '((a)', '(a(b', 'a)', '(?P<x>a', '(?:a', 'a(b)c(', '(a)(b']:
    try:
        re.compile(pattern)
        print(pattern, 'ok')
    except re.error as e:
        print(pattern, 'error:', e, '|', e.pos)
for repl in [r'\q', r'\g', r'\g<', r'\g<1', r'\g<>', r'\g<a-b>', r'\5', r'\g<9>', 'a\\']:
    try: print(re.sub('(a)', repl, 'a'))
    except re.error as e: print('error', e, e.pos, e.msg)
try: re.compile('a\n(b')
except re.error as e: print(e, e.lineno, e.colno)
