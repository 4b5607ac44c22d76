# String parsing tasks: CSV-ish, key/value configs, templates, word stats
csv_text = """name,age,city
Alice,30,New York
Bob,25,"Paris"
Carol,35,Berlin
"""
rows = [line.split(",") for line in csv_text.strip().splitlines()]
header, body = rows[0], rows[1:]
records = [dict(zip(header, (v.strip('"') for v in r))) for r in body]
print("records", records)
print("ages", [int(r["age"]) for r in records], "avg", sum(int(r["age"]) for r in records) / len(records))

config = """
# comment
host = example.com
port=8080
  debug = true
name = my app  
empty =
"""
settings = {}
for raw in config.splitlines():
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    key, sep, value = line.partition("=")
    settings[key.strip()] = value.strip()
print("settings", settings)


def convert(v):
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    if v.isdigit():
        return int(v)
    return v


print("typed", {k: convert(v) for k, v in settings.items()})


def render(template, ctx):
    out = []
    i = 0
    while i < len(template):
        start = template.find("{{", i)
        if start == -1:
            out.append(template[i:])
            break
        end = template.find("}}", start)
        out.append(template[i:start])
        key = template[start + 2:end].strip()
        out.append(str(ctx.get(key, "?" + key)))
        i = end + 2
    return "".join(out)


print(render("Hello {{ name }}, you have {{count}} new {{ thing }}.", {"name": "Ann", "count": 3}))
text = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness..."""
words = [w.strip(".,;").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("top words", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("unique words", len(freq), "total", len(words), "longest", max(words, key=len))
print("line lengths", [len(l) for l in text.splitlines()])
print("capitalized sentences", ". ".join(s.strip().capitalize() for s in "one. two. three".split(".")))


def is_valid_ipv4(s):
    parts = s.split(".")
    return len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 and (p == "0" or not p.startswith("0")) for p in parts)


print("ipv4", [(ip, is_valid_ipv4(ip)) for ip in ["192.168.0.1", "256.1.1.1", "1.2.3", "01.2.3.4", "0.0.0.0"]])


def camel_to_snake(s):
    out = []
    for i, ch in enumerate(s):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def snake_to_camel(s):
    first, *rest = s.split("_")
    return first + "".join(p.title() for p in rest)


print("case conversion", camel_to_snake("parseHttpResponseCode"), snake_to_camel("parse_http_response_code"))
print("wrap", [line for line in (lambda t, w: [t[i:i + w] for i in range(0, len(t), w)])("abcdefghijklmnop", 5)])
path = "/usr/local/lib/python3.11/site-packages/pkg/module.py"
print("path parts", path.split("/")[1:3], path.rsplit("/", 1)[1], path.rpartition(".")[2])
print("strip variants", "xxhixx".strip("x"), "  pad ".lstrip(), "data\n".rstrip("\n"))
