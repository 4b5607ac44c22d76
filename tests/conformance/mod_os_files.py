# os.remove / os.unlink and os.path.exists / isfile / isdir through the host file system.
import os
p = "/tmp/brisk_conformance_os_remove.txt"
with open(p, "w") as f:
    f.write("line1\nline2\n")
# (Directories are not checked: the browser build keeps files in memory, without folders.)
print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p))
with open(p) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip())
os.remove(p)
print(os.path.exists(p), os.path.isfile(p))
try:
    os.remove(p)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    os.unlink(p)
except OSError as e:
    print(e)
