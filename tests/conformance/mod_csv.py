import csv, io
buf = io.StringIO("name,age,city\nAlice,30,\"New York, NY\"\nBob,25,\"He said \"\"hi\"\"\"\n")
for row in csv.reader(buf):
    print(row)
buf.seek(0)
r = csv.DictReader(buf)
print(r.fieldnames)
for row in r:
    print(row["name"], row)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 1, 2.5, None, 'q"uote'])
w.writerows([[1, 2], ["x\ny", "z"]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "score"])
dw.writeheader()
dw.writerow({"id": 1, "score": 9.5})
dw.writerows([{"id": 2}, {"id": 3, "score": 7}])
print(out.getvalue(), end="")
try:
    dw.writerow({"id": 1, "bad": 2})
except ValueError as e:
    print(e)
for row in csv.reader(["a;b; c", "1;2;3"], delimiter=";", skipinitialspace=True):
    print(row)
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["x", 1])
print(out.getvalue(), end="")
lines = ["x,y", "1,2", "", "3,4"]
print(list(csv.reader(lines)), list(csv.DictReader(lines)))
