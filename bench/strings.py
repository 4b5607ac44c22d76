# String building and string methods: concatenation in loops, join, split,
# replace, upper/lower, find, startswith, strip, slicing and a Caesar cipher.
# Measures string allocation and the common str methods.


def build_text(n):
    parts = []
    for i in range(n):
        parts.append("item" + str(i) + (" alpha" if i % 3 == 0 else " beta"))
    return ", ".join(parts)


def caesar(s, k):
    out = []
    for ch in s:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + k) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((o - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def concat_loop(n):
    s = ""
    for i in range(n):
        s += "ab"[i % 2]
        if len(s) > 1000:
            s = s[500:]
    return s


def word_stats(text):
    fields = text.split(", ")
    alpha = 0
    longest = ""
    total_digits = 0
    for f in fields:
        f = f.strip()
        if f.endswith("alpha"):
            alpha += 1
        name = f.split(" ")[0]
        if name.startswith("item"):
            num = name[4:]
            if num.isdigit():
                total_digits += len(num)
        if len(f) > len(longest):
            longest = f
    return alpha, total_digits, longest


def palindromes(n):
    count = 0
    for i in range(n):
        s = str(i)
        if s == s[::-1]:
            count += 1
    return count


def main():
    text = build_text(N_ITEMS)
    upper = text.upper()
    swapped = upper.replace("ALPHA", "gamma").lower()
    pos = swapped.find("item" + str(N_ITEMS // 2))
    enc = caesar(text[:CIPHER_LEN], 13)
    dec = caesar(enc, 13)
    tail = concat_loop(CONCAT_N)
    alpha, digits, longest = word_stats(text)
    pals = palindromes(PAL_N)
    print("strings", len(text), len(swapped), swapped.count("gamma"), pos,
          dec == text[:CIPHER_LEN], enc[:20], len(tail), tail[:6],
          alpha, digits, longest, pals)


N_ITEMS = 80000
CIPHER_LEN = 600000
CONCAT_N = 600000
PAL_N = 400000
main()
