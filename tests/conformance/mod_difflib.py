import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
for a, b in [('private Thread currentThread;', 'private volatile Thread currentThread;'),
             ('qabxcd', 'abycdf'), ('', ''), ('abc', ''), ('', 'xyz'), ('kitten', 'sitting'),
             ('the quick brown fox', 'the quack brown box'), ([1, 2, 3, 4], [1, 3, 4, 5])]:
    m = difflib.SequenceMatcher(None, a, b)
    print(round(m.ratio(), 4), m.get_opcodes())
    for tag, i1, i2, j1, j2 in m.get_opcodes():
        print('  {:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
m = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(m.ratio(), 3), m.get_matching_blocks())
m = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(m.find_longest_match(0, 5, 0, 9), m.get_matching_blocks())
long_a = 'ab' * 150 + 'x'
long_b = 'ab' * 140 + 'y' + 'ab' * 10
m = difflib.SequenceMatcher(None, long_a, long_b)
print(len(m.bpopular), round(m.ratio(), 4), m.get_opcodes()[:3])
m = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
print(len(m.bpopular), round(m.ratio(), 4), m.get_opcodes())
lines_a = ['line %d\n' % i for i in range(20)]
lines_b = list(lines_a)
lines_b[3] = 'changed 3\n'
del lines_b[10]
lines_b.insert(15, 'new\n')
m = difflib.SequenceMatcher(None, lines_a, lines_b)
print(list(m.get_grouped_opcodes(1)))
print(list(m.get_grouped_opcodes()))

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'heel', 'peel'], n=2))
print(difflib.get_close_matches('python', ['jython', 'cython', 'pypy', 'ipython'], cutoff=0.8))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('accept', keyword.kwlist))
for n, c in [(0, 0.5), (3, 1.5)]:
    try:
        difflib.get_close_matches('x', ['x'], n, c)
    except ValueError as e:
        print(type(e).__name__, e)

one = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n']
two = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n']
print(''.join(difflib.unified_diff(one, two, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.unified_diff(one, two, 'a', 'b', '2024-01-01', '2024-01-02', n=0)), end='')
print(''.join(difflib.context_diff(one, two, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(one, ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'x\n'])), end='')
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(difflib.unified_diff(one, one)))
print(''.join(difflib.unified_diff(lines_a, lines_b)), end='')
try:
    list(difflib.unified_diff([b'x'], ['y']))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(difflib.unified_diff(['x'], ['y'], fromfile=3))
except TypeError as e:
    print(type(e).__name__, e)

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
print(''.join(result), end='')
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print(e)
print(list(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])))
print(list(difflib.ndiff(['same\n', 'x\n'], ['same\n', 'y\n'])))
print(list(difflib.ndiff(['a\n', 'tab\there\n', 'q\n'], ['tab  here\n', 'a\n', 'b\n'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'),
      difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
print(list(difflib.ndiff(['x = 1\n', '\n', 'y = 2\n'], ['x = 1\n', 'y = 3\n'], linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'\xfe\n'], b'old', b'new')))
print(list(difflib.diff_bytes(difflib.context_diff, [b'x\n'], [b'y\n'], lineterm=b'\r\n')))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['str\n'], [b'x\n']))
except TypeError as e:
    print(type(e).__name__, e)
