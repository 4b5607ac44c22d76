# open(): write, append, read back (whole, by line, iteration), binary mode, errors.
path = "/tmp/brisk_conformance_open_test.txt"
with open(path, "w") as f:
    print(f.write("first line\n"), f.writable(), f.closed, f.name == path, f.mode)
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.readline(), end="")
    print(f.readline().strip(), f.tell() > 0)
    print(f.readlines())
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path, encoding="utf-8") as f:
    words = f.read().split()
print(len(words), words[:3])
f = open(path, "w")
f.write("héllo wörld\r\nline2\n")
f.close()
with open(path, "rb") as f:
    data = f.read()
print(data, type(data).__name__, len(data))
with open(path) as f:
    print(repr(f.read()))
with open(path, "wb") as f:
    f.write(bytes(range(5)))
    f.write(b"end")
with open(path, "rb") as f:
    print(f.read(2), f.read())
for bad in [lambda: open("/tmp/definitely/not/here.txt"), lambda: open(path, "rw"), lambda: open(path, "wb").write("s"),
            lambda: open(path).write("x"), lambda: open(path, "x"), lambda: open(3.5)]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    open("/tmp/definitely/not/here.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
e = OSError(2, "No such file or directory", "x.txt")
print(e, e.args, e.errno, e.filename, OSError("plain").errno, str(PermissionError(13, "Permission denied")))
