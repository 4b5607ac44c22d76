"""`_string`, the helpers behind string.Formatter, for code that calls them
directly: formatter_parser and formatter_field_name_split."""

import string as _s


def formatter_parser(format_string):
    if not isinstance(format_string, str):
        raise TypeError('expected str, got %s' % type(format_string).__name__)
    return _s._parse_format(format_string)


def formatter_field_name_split(field_name):
    if not isinstance(field_name, str):
        raise TypeError('expected str, got %s' % type(field_name).__name__)
    return _s._split_field_name(field_name)
