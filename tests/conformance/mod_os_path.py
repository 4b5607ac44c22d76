# os.path string functions: join, split, splitext, basename, dirname, normpath, relpath.
import os
import os.path
from os.path import join, split

print(os.sep, os.name, os.path.sep, os.linesep == "\n", os.curdir, os.pardir)
for parts in [("a", "b", "c.txt"), ("/usr", "lib"), ("a/", "b"), ("a", "/abs", "x"), ("", "x"), ("a", ""), ("a",)]:
    print(parts, "->", join(*parts))
for p in ["/usr/lib/python3.txt", "file.tar.gz", ".bashrc", "dir/.hidden", "/", "//x", "a/b/", "noext", "a.b/c", "", "..", "x/..y"]:
    print(repr(p), split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.isabs(p))
for p in ["a//b/./c/../d", "/../x", "../../a", "./", "", "//a//b", "///a", "a/b/../../..", "/a/b/"]:
    print(repr(p), "->", repr(os.path.normpath(p)))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), os.path.commonprefix([]))
print(os.path.commonpath(["/usr/lib", "/usr/local/bin", "/usr/lib/x"]), os.path.commonpath(["a/b", "a/c"]))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("x/y", "x/y"))
try:
    join("a", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
