# FOR_ITER over str iterators: ASCII, accented and astral characters, empty
# strings, a str subclass, iterators advanced by next() inside the loop, and
# the same loop fed strings, lists and tuples in turn (the guard's misses).


def count_vowels(text):
    n = 0
    for ch in text:
        if ch in "aeiouAEIOU":
            n += 1
    return n


def widths(text):
    out = []
    for ch in text:
        out.append(len(ch.encode("utf-8")))
    return out


def pairs(text):
    it = iter(text)
    out = []
    for a in it:
        b = next(it, "-")
        out.append(a + b)
    return out


def total_len(items):
    t = 0
    for x in items:
        t += len(str(x))
    return t


class Shout(str):
    def __iter__(self):
        for ch in str.__iter__(self):
            yield ch.upper()


for i in range(60):
    count_vowels("the quick brown fox jumps over the lazy dog" * (i % 3 + 1))
print(count_vowels("Brisk runs Python in the browser"))
print(widths("aé€😀z"))
print(widths(""))
print(pairs("abcdefg"))
print(pairs("ñandú"))

results = []
for i in range(120):
    source = ["text", ["a", "bb", 3], ("xyz", 10.5), "😀é"][i % 4]
    results.append(total_len(source))
print(results[:8], sum(results))

print(list(Shout("quiet")), "".join(Shout("abc")))
s = "hello"
it = iter(s)
print(next(it), list(it), list(it))
print([c for c in "mixed ÅSCII"], sorted(set("mississippi")))
print(type(iter("a")).__name__, type(iter("é")).__name__)
