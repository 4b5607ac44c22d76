import pprint
pprint.pprint({"key%d" % i: list(range(i)) for i in range(8)})
pprint.pprint([1, 2, 3])
data = {"users": [{"name": "Alice", "age": 30, "roles": ["admin", "dev"]}, {"name": "Bob", "age": 25, "roles": ["ops"]}], "count": 2, "tags": ("x", "y")}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=50)
print(pprint.pformat(list(range(40))))
pprint.pprint({"b": 1, "a": {3, 2, 1}, "c": frozenset(range(30)), "d": (tuple(range(30)),)})
pprint.pprint({"z": 1, "a": 2}, sort_dicts=False)
pprint.pp({"z": 1, "a": 2})
pprint.pprint([[i * j for j in range(12)] for i in range(5)])
