# printf-style formatting of int and float subclasses (enum-like ints,
# bool) and of objects with __index__.
class K(int):
    pass


class Fl(float):
    pass


class Idx:
    def __index__(self):
        return 42


for spec in ['%d', '%i', '%x', '%o', '%X', '%5d', '%c', '%e', '%f', '%g', '%s', '%r', '%-6d|', '%+d', '%#x']:
    try:
        print(spec, spec % K(65), spec % Fl(2.5) if spec not in ('%x', '%o', '%X', '%c', '%#x') else '')
    except Exception as e:
        print(spec, type(e).__name__, e)
for spec in ['%d', '%x', '%o', '%c', '%f']:
    try:
        print(spec, spec % Idx())
    except Exception as e:
        print(spec, type(e).__name__, e)
print('%d%%' % True, '%x' % K(-255), '%(n)d' % {'n': K(7)}, '%.2f' % Fl(1.005))
