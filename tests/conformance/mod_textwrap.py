# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, "
        "used by typists and font designers alike, since long-term habits die hard.")
for width in (10, 20, 33, 50, 79):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("a-b-c well-known x-ray", 6))
print(textwrap.wrap("well-known", 6, break_on_hyphens=False))
print(textwrap.wrap("tabs\there  and   spaces\nnewline", 12))
print(textwrap.wrap("  leading and trailing  ", 8))
print(textwrap.wrap("  leading and trailing  ", 8, drop_whitespace=False))
print(textwrap.wrap("", 10))
print(textwrap.shorten("Hello  world!   This is a test of shorten.", width=20))
print(textwrap.shorten("Hello world", width=11))
print(textwrap.shorten("Hello world, again", width=12, placeholder="..."))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=" (more)"))
w = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w.wrap("First one. Second one! Third?"))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      odd
    """)))
print(repr(textwrap.dedent("  a\n\n  b\n   \n    c")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("\tx\n\ty")))
print(repr(textwrap.indent("one\ntwo\n\nthree\n", "> ")))
print(repr(textwrap.indent("one\n  \ntwo", "+ ", lambda line: True)))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
