# unicodedata: properties, names, numeric values, decompositions, normalization.
import unicodedata as u
print(u.name('a'), u.name('€'), u.name('\uac01'), u.name('\u4e00'), u.name('\n', 'none'))
print(u.lookup('LATIN SMALL LETTER A'), u.lookup('snowman'), u.lookup('NBSP') == '\xa0', u.unidata_version)
for bad in [lambda: u.name('\n'), lambda: u.lookup('NO SUCH CHARACTER'), lambda: u.category('ab'),
            lambda: u.category(5), lambda: u.decimal('a'), lambda: u.digit('x'), lambda: u.numeric('x'),
            lambda: u.normalize('NFX', 'a')]:
    try:
        print(bad())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print([u.category(c) for c in 'aA1 \n€\u0301中😀\u00ad\ue000\U000effff\ud7a4ǅ_-('])
print(u.numeric('½'), u.numeric('Ⅻ'), u.numeric('五'), u.decimal('٣'), u.digit('²'), u.numeric('²'), u.decimal('²', -1), u.numeric('\u0f33'))
print(u.combining('\u0301'), u.combining('a'), u.mirrored('('), u.mirrored('a'), u.bidirectional('a'), u.bidirectional('\u05d0'), u.bidirectional('1'), u.bidirectional('\ue000'))
print(u.east_asian_width('中'), u.east_asian_width('a'), u.east_asian_width('\uff21'), u.east_asian_width('\u00e9'))
print(u.decomposition('é'), u.decomposition('ﬁ'), repr(u.decomposition('a')), repr(u.decomposition('\uac00')))
tests = ['e\u0301', 'é', 'ﬁ', 'Å', 'A\u030a', '\u1e9b\u0323', 'ｶﾞ', '한국어', '\u1100\u1161\u11a8', 'q\u0307\u0323',
         'ñandú', '\u00c5\u0301', '①', 'x\u0301\u0300\u0327', '\u0958', '\u2126', 'Straße café', 'Ǆ', '\u0f73', '\u0344']
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    print(form, ascii([u.normalize(form, t) for t in tests]))
print(u.is_normalized('NFC', 'é'), u.is_normalized('NFD', 'é'), u.normalize('NFKD', 'Crème Brûlée').encode('ascii', 'ignore'))
def strip_accents(s):
    return ''.join(c for c in u.normalize('NFD', s) if u.category(c) != 'Mn')
print(strip_accents('Ångström naïve façade'))
print(sum(1 for cp in range(0x300, 0x370) if u.combining(chr(cp))), [u.category(chr(cp)) for cp in range(0x2000, 0x2010)])
# set and frozenset subclasses name themselves in str() as in repr()
class S(set):
    pass
class F(frozenset):
    pass
print(S([1, 2]), str(S()), F([3]), [S([4])], f'{F()}')
