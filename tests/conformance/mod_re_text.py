# re in text-processing snippets: tokenizing, validation, parsing logs, templating.
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
def tokenize(src):
    out = []
    for number, name, op in TOKEN.findall(src):
        if number:
            out.append(("NUM", float(number) if "." in number else int(number)))
        elif name:
            out.append(("NAME", name))
        elif op.strip():
            out.append(("OP", op))
    return out

print(tokenize("x = 3.5 * (y + 42)"))

emails = ["john@example.com", "bad@", "a.b-c@d.co.uk", "@no.com", "ok_1@x.io"]
valid = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
print([e for e in emails if valid.match(e)])

log = """2024-01-05 10:00:01 INFO start
2024-01-05 10:00:02 ERROR disk full
2024-01-05 10:01:00 WARN slow
2024-01-06 09:00:00 ERROR network down"""
entry = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) (?P<msg>.*)$", re.M)
errors = [m.groupdict() for m in entry.finditer(log) if m["level"] == "ERROR"]
for e in errors:
    print(e["date"], e["msg"])
print(re.findall(r"^\d{4}-\d\d-(\d\d)", log, flags=re.M))

def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()

print([camel_to_snake(n) for n in ["CamelCase", "getHTTPResponseCode", "simple", "HTML5Parser"]])
template = "Hello {name}, you owe {amount}."
values = {"name": "Ana", "amount": "$5"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))
print(re.split(r"[;,\s]+", "a, b;c  d,,e"), re.sub(r"(\d)(?=(\d{3})+$)", r"\1,", "1234567"))
words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, that it's true.".lower())
print(words, len(words))
print(re.sub(r"\s{2,}", " ", "too    many   spaces"), re.sub(r"^\s+|\s+$", "", "  trim me  "))
phone = re.compile(r"\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d{4})")
for raw in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234"]:
    m = phone.search(raw)
    print(raw, "->", "-".join(m.groups()) if m else None)
print(re.findall(r"#(\w+)", "love #python and #rust! #2024"), re.sub(r"(?i)python", "Py", "Python PYTHON python"))
html = "<p>Hi <b>there</b></p>"
print(re.sub(r"<[^>]+>", "", html), re.findall(r"<(\w+)>", html))
date = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
print(date.sub(r"\3-\2-\1", "due 5/11/2024 or 12/1/2025"))
print(re.match(r"(\w+)@(\w+)\.com", "me@site.com").expand(r"user=\1 host=\2"))
counts = {}
for w in re.findall(r"\w+", "the cat and the hat and the bat"):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(bool(re.fullmatch(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}", "Passw0rdX")), bool(re.fullmatch(r"(?=.*\d)(?=.*[A-Z]).{8,}", "password")))
print(re.findall(r"(\w)\1", "bookkeeper"), re.sub(r"(\w)\1+", r"\1", "aaabbbcdd"))
