# Dict work: word counting over a generated text, memoised recursion with a
# dict memo table, and dict-of-lists grouping. Measures dict get/set/contains,
# str hashing and dict iteration (insertion ordered).

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "so", "ta", "vi", "ze", "po", "qu", "an"]


def make_words(n):
    words = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = 1 + (seed >> 16) % 3
        w = ""
        s = seed
        for j in range(k):
            w += SYLLABLES[s % 12]
            s = s // 12
        words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def count_words_get(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def partitions(n, k, memo):
    # number of partitions of n into parts no larger than k
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key in memo:
        return memo[key]
    r = partitions(n - k, k, memo) + partitions(n, k - 1, memo)
    memo[key] = r
    return r


def group_by_length(counts):
    groups = {}
    for w, c in counts.items():
        L = len(w)
        if L not in groups:
            groups[L] = []
        groups[L].append(c)
    out = []
    for L in sorted(groups):
        out.append((L, len(groups[L]), sum(groups[L])))
    return out


def main():
    words = make_words(N_WORDS)
    c1 = count_words(words)
    c2 = count_words_get(words)
    same = c1 == c2
    top = sorted(c1.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    memo = {}
    p = partitions(PART_N, PART_N, memo)
    groups = group_by_length(c1)
    print("dicts", len(c1), same, top, p % 1000000007, len(memo), groups)


N_WORDS = 300000
PART_N = 260
main()
