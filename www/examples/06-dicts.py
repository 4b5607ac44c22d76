# Dicts: counting words and word pairs
# Counting words and word pairs. Subscripts on dicts specialize to
# BINARY_OP_SUBSCR_DICT and STORE_SUBSCR_DICT, `in` to CONTAINS_OP_DICT.

TEXT = """
the specializing interpreter watches each instruction and rewrites it
into a faster form for the types it sees the faster form checks its
guess on every run and falls back to the general form when the guess
is wrong so the program always gets the right answer
"""

words = TEXT.split() * 200
counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1

pairs = {}
for first, second in zip(words, words[1:]):
    key = (first, second)
    if key in pairs:
        pairs[key] += 1
    else:
        pairs[key] = 1

by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)

print(len(words), "words,", len(counts), "distinct,", len(pairs), "distinct pairs")
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("most common:", top)
print("commonest pair:", max(pairs.items(), key=lambda kv: (kv[1], kv[0])))
for length in sorted(by_length):
    print(f"  {length:2} letters: {', '.join(sorted(by_length[length]))}")
inverted = {count: word for word, count in sorted(counts.items())}
print("a word for each count:", dict(sorted(inverted.items())))
