# print: sep, end, multiple args, file=sys.stderr
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("custom end", end="!!\n")
print("x", "y", sep="-", end=".\n")
print(1, 2.5, None, True, [1, "two"], (3,), {"k": "v"})
print("sep None", "defaults", sep=None, end=None)
print(*range(5))
print(*range(5), sep="|")
print(*"abc", sep="")
print("to stderr (not compared)", file=sys.stderr)
print("after stderr line")
print("empty strings", "", "", sep="[]")
print("", end="")
print("nested quotes", "it's", 'say "x"')
print("numbers", 10, -3, 1e3, 2 ** 70, 0.1)
for i in range(3):
    print(i, end=" ")
print()
print("tab\tseparated\tvalues")
print("unicode", "héllo", "ß", "日本", "→")
print("multi\nline\noutput")
items = ["apple", "banana"]
print("items:", *items, sep="\n  ")


class Obj:
    def __str__(self):
        return "Obj-str"

    def __repr__(self):
        return "Obj-repr"


print(Obj(), [Obj()], str(Obj()), repr(Obj()))
print("flush arg", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError for bad sep")
print(end="only end\n")
print("trailing sep ignored", sep="XX")
print("a" * 3, "b" * 0, "c", sep=":")
