# csv: reader/writer dialect parameters, quoting modes, DictReader/DictWriter, dialect registry.
import csv, io
data = 'name,age,city\r\nAlice,30,"New York, NY"\r\nBob,25,"He said ""hi"""\r\n"multi\nline",1,\r\n\r\nlast,2,x'
r = csv.reader(io.StringIO(data))
rows = list(r); print(rows, r.line_num)
print(list(csv.reader(['a,"b', 'c",d', '', 'x;y'])), list(csv.reader(['a;b;"c;d"'], delimiter=';')), list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(['"a"b,c'])))
out = io.StringIO(); w = csv.writer(out)
w.writerow(['a', 'b c', 'd,e', 'f"g', 1, 2.5, None, '', 'x\ny']); w.writerows([[1, 2], ['']]); w.writerow([])
print(repr(out.getvalue()))
out = io.StringIO(); w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator='\n'); w.writerow(['a', 1]); print(repr(out.getvalue()))
out = io.StringIO(); w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC); w.writerow(['a', 1, 2.0]); print(repr(out.getvalue()))
out = io.StringIO(); w = csv.writer(out, delimiter='\t'); w.writerow(['a b', 'c\td']); print(repr(out.getvalue()))
out = io.StringIO(); dw = csv.DictWriter(out, fieldnames=['x', 'y']); dw.writeheader(); dw.writerow({'x': 1, 'y': 2}); dw.writerows([{'x': 3}]); print(repr(out.getvalue()))
try: dw.writerow({'z': 1})
except ValueError as e: print(e)
dr = csv.DictReader(io.StringIO('a,b\n1,2\n3\n4,5,6\n'))
print(dr.fieldnames, [dict(r) for r in dr])
dr = csv.DictReader(['1,2'], fieldnames=['p', 'q']); print(list(dr))
print(csv.list_dialects(), csv.get_dialect('excel').delimiter, csv.QUOTE_ALL)
csv.register_dialect('pipes', delimiter='|'); print(list(csv.reader(['a|b'], dialect='pipes')))
try: csv.get_dialect('nope')
except csv.Error as e: print('Error', e)
out = io.StringIO(); w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\'); w.writerow(['a,b', 'c']); print(repr(out.getvalue()))
try:
    out = io.StringIO(); csv.writer(out, quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e: print('Error', e)
try:
    list(csv.reader(['1,x'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print('ValueError', e)
print(list(csv.reader(['a,"b"c",d'])), list(csv.reader(['"a""b",c'])), list(csv.reader(['', ' ', ','])))
try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error as e:
    print('Error', e)
rows = [['id', 'name'], [1, 'ann'], [2, 'bo, jr']]
out = io.StringIO()
csv.writer(out).writerows(rows)
print(list(csv.reader(io.StringIO(out.getvalue()))))
