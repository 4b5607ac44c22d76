import fnmatch

pats = ['*.txt', 'a*b*c', '?x[!abc]', '[a-z]*', '[]]', '[!]]', '[', 'a[b', '**', '*a*',
        'x*y*z*', '[a-]', '[\\]', '[a-z--0]', '[z-a]', '[^x]', 'a**b', '[!]', '[-a]', '[!-a]',
        '[a-c-e]', '[&~|]', '', '*', '?', 'file[0-9][0-9].py', 'a.b+c(d)', '[[]', '[a-z0-9_]*.?y']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.txt', 'b.TXT', 'abc', 'axxbyyc', 'xyz', 'x', 'file01.py', 'file1.py', ']', '[', '-',
         'a.b+c(d)', 'data.py', '^', 'zzz', '', 'a\nb', 'ab']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])

print(fnmatch.fnmatch('README.md', '*.md'), fnmatch.fnmatch('readme.MD', '*.md'))
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(['a', 'b', 'ab'], '?'))
print(fnmatch.fnmatchcase(b'abc.py', b'*.py'), fnmatch.fnmatchcase(b'abc.py', b'?.py'))
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('abc', 'a[!b]c'), fnmatch.fnmatch('acc', 'a[!b]c'))
try:
    fnmatch.fnmatch('abc', b'a*')
except TypeError as e:
    print(type(e).__name__, e)
try:
    fnmatch.fnmatchcase(b'abc', 'a*')
except TypeError as e:
    print(type(e).__name__, e)
