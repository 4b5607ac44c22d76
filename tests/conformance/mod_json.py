# json: dumps options, loads, round trips and error messages.
import json

data = {"name": "Ann", "age": 31, "tags": ["a", "b"], "ok": True, "none": None,
        "score": 9.5, "nested": {"x": [1, 2, {"y": []}], "e": {}}, "uni": "café ☕"}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, 2.0, -0.0, 1e100, 1.5e-7, 10**20, "q\"\\\n\t\x01"]))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("😀"), json.dumps("😀", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps([[]], indent=2))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0))
print(json.dumps({"s": {1, 2} if False else 3}, default=str))
print(json.dumps({"d": complex if False else object}, default=lambda o: "<obj>"))

text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "\\u00e9\\n\\ud83d\\ude00"}, "d": ""}'
obj = json.loads(text)
print(obj)
print(json.loads("  [ ]  "), json.loads("{}"), json.loads('"x"'), json.loads("12"), json.loads("-0.5"))
print(json.loads("NaN"), json.loads("[Infinity, -Infinity]"))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[7]', parse_int=float))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"k": 1}]', object_pairs_hook=list))
print(json.loads(b'[1, "bytes"]'))
print(json.loads(json.dumps(data)) == data)

for bad in ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{a: 1}', '"abc', '[1] x', 'tru',
            '"\\q"', '"\\u12"', '{"a": 1 "b": 2}', '"tab\there"', '01', '\n\n  [1, @]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.lineno, e.colno, e.pos)

for bad in [{1, 2}, {(1, 2): 3}, object()]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError))

import io
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Encoder))
print(Encoder(indent=1).encode([1]))
