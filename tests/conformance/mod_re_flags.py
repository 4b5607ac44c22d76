# re flags and group-name rules: ASCII vs Unicode classes, inline flags, invalid names.
import re

text = "abc ١٢٣ 123 naïve_x"
print(re.findall(r"\d+", text), re.findall(r"\d+", text, re.ASCII), re.findall(r"(?a)\w+", text), re.findall(r"\w+", text))
print(re.findall(r"[\w]+", "é1 x", re.A), re.findall(r"\S+", "a\u2003b c", re.A), re.split(r"\s+", "a\u2003b c"))
print(re.findall(r"(?i)straße", "STRASSE straße Straße"), re.findall(r"(?m)^x", "x\nx"), re.findall(r"(?s).", "\n"))
print(re.compile(r"\d", re.A).flags == re.A, re.compile(r"x").flags == re.U)
for bad in [r"(?P<a>x)(?P<a>y)", r"(?P<1x>z)", r"(?P<>z)"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error:
        print("re.error", bad)
