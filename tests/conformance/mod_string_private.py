# _string, the parser string.Formatter is built on.
import _string

print(list(_string.formatter_parser('a{0!r:>{w}}b{{c}}')))
first, rest = _string.formatter_field_name_split('obj.attr[0][key]')
print(first, list(rest))
for bad in [5, b'x']:
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(_string.formatter_parser('{'))
except ValueError as e:
    print(type(e).__name__, e)
