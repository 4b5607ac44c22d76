# Nested dict/list data manipulation (JSON-like)
data = {
    "users": [
        {"id": 1, "name": "ann", "roles": ["admin", "dev"], "profile": {"age": 31, "city": "Oslo"}},
        {"id": 2, "name": "bob", "roles": ["dev"], "profile": {"age": 25, "city": "Rome"}},
        {"id": 3, "name": "cy", "roles": [], "profile": {"age": 40, "city": "Oslo"}},
    ],
    "meta": {"version": 2, "tags": ["beta"]},
}
print("names", [u["name"] for u in data["users"]])
print("devs", [u["name"] for u in data["users"] if "dev" in u["roles"]])
by_city = {}
for u in data["users"]:
    by_city.setdefault(u["profile"]["city"], []).append(u["id"])
print("by city", by_city)
print("avg age", sum(u["profile"]["age"] for u in data["users"]) / len(data["users"]))
index = {u["id"]: u for u in data["users"]}
index[2]["profile"]["age"] += 1
print("mutation through index visible", data["users"][1]["profile"]["age"])
all_roles = sorted({r for u in data["users"] for r in u["roles"]})
print("all roles", all_roles)


def to_text(obj, indent=0):
    sp = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = ",\n".join(f'{sp}  "{k}": {to_text(v, indent + 1)}' for k, v in obj.items())
        return "{\n" + inner + "\n" + sp + "}"
    if isinstance(obj, list):
        if not obj:
            return "[]"
        return "[" + ", ".join(to_text(v, indent + 1) for v in obj) + "]"
    if isinstance(obj, str):
        return '"' + obj + '"'
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    return str(obj)


print(to_text({"a": 1, "b": [1, "x", None, True], "c": {"d": {}, "e": []}}))


def get_path(obj, path, default=None):
    for part in path.split("."):
        if isinstance(obj, list):
            try:
                obj = obj[int(part)]
            except (ValueError, IndexError):
                return default
        elif isinstance(obj, dict):
            if part not in obj:
                return default
            obj = obj[part]
        else:
            return default
    return obj


for p in ["meta.version", "users.0.name", "users.2.profile.city", "users.5.name", "meta.tags.0", "users.x", "meta.version.deep"]:
    print("get", p, "->", get_path(data, p, "<missing>"))


def diff(a, b, prefix=""):
    out = []
    for k in sorted(set(a) | set(b)):
        key = prefix + k
        if k not in a:
            out.append(f"+ {key}={b[k]!r}")
        elif k not in b:
            out.append(f"- {key}")
        elif isinstance(a[k], dict) and isinstance(b[k], dict):
            out.extend(diff(a[k], b[k], key + "."))
        elif a[k] != b[k]:
            out.append(f"~ {key}: {a[k]!r} -> {b[k]!r}")
    return out


old = {"name": "svc", "port": 80, "tls": {"on": False}, "legacy": True}
new = {"name": "svc", "port": 443, "tls": {"on": True, "cert": "x.pem"}}
for line in diff(old, new):
    print("diff", line)
merged = {**old, **new, "tls": {**old["tls"], **new["tls"]}}
print("deep-ish merge", merged)
