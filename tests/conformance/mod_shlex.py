# shlex.split (POSIX quoting, escapes, comments), quote and join.
import shlex
for s in ['a b  c', 'a "b c" d', "it's 'quoted here'", 'a\\ b', '"a\\"b"', "''", 'x=1 "y z"#c', 'a # comment', '"\\$HOME"', 'a"b"c', '   ', '"a\\nb"', 'ab\\']:
    try: print(repr(s), shlex.split(s), shlex.split(s, comments=True))
    except ValueError as e: print(repr(s), 'ValueError', e)
for s in ["it's", '', 'plain', 'a b', 'x;y', "a'b\"c", 'é']:
    print(shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
try: shlex.split('"abc')
except ValueError as e: print(e)
