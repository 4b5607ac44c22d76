# Text statistics: word frequencies, n-grams, justification, histograms
TEXT = """Python is a programming language that lets you work quickly
and integrate systems more effectively. Python is powerful, and fast;
plays well with others; runs everywhere; is friendly and easy to learn;
is open. These are some of the reasons people who use Python would
rather not use anything else."""

words = [w.strip(".,;").lower() for w in TEXT.split()]
print("word count", len(words), "unique", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("top words", top)
print("hapax count", sum(1 for c in freq.values() if c == 1))
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
for length in sorted(lengths):
    print(f"  len {length:2}: {'#' * lengths[length]} ({lengths[length]})")
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("repeated bigrams", sorted(bg for bg, n in bigrams.items() if n > 1))
letters = [c for c in TEXT.lower() if c.isalpha()]
lf = {}
for c in letters:
    lf[c] = lf.get(c, 0) + 1
print("letter top5", sorted(lf.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("vowel ratio", round(sum(lf.get(v, 0) for v in "aeiou") / len(letters), 4))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(".") if s.strip()]
print("sentences", len(sentences), [len(s.split()) for s in sentences])


def justify(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    out = []
    for i, line in enumerate(lines):
        if i == len(lines) - 1 or len(line) == 1:
            out.append(" ".join(line).ljust(width))
            continue
        gaps = len(line) - 1
        spaces = width - sum(len(w) for w in line)
        q, r = divmod(spaces, gaps)
        s = ""
        for j, w in enumerate(line[:-1]):
            s += w + " " * (q + (1 if j < r else 0))
        out.append(s + line[-1])
    return out


for line in justify(TEXT.split()[:25], 36):
    print("|" + line + "|")
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print("acronym", acronym)
print("title case", " ".join(w.capitalize() for w in "the lord of the rings".split()))
print("longest words", sorted(set(words), key=lambda w: (-len(w), w))[:3])
