# getattr/setattr/hasattr/delattr, vars, dir, callable, globals/locals, id
class Config:
    default_level = "info"

    def __init__(self):
        self.name = "app"
        self.debug = False

    def method(self):
        return "called"

    def _private(self):
        return "p"


c = Config()
print("getattr", getattr(c, "name"), getattr(c, "default_level"), getattr(c, "missing", "fallback"))
print("getattr method", getattr(c, "method")())
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
setattr(c, "debug", True)
setattr(c, "new_attr", [1, 2])
print("setattr", c.debug, c.new_attr)
print("hasattr", hasattr(c, "name"), hasattr(c, "nope"), hasattr(c, "method"), hasattr(Config, "name"))
delattr(c, "new_attr")
print("delattr", hasattr(c, "new_attr"))
try:
    delattr(c, "new_attr")
except AttributeError as e:
    print("AttributeError", e)
print("vars", vars(c))
vars(c)["via_vars"] = 1
print("vars is __dict__", c.via_vars, vars(c) is c.__dict__)
print("dir filtered", [n for n in dir(c) if not n.startswith("__")])
print("dir sorted", dir(c) == sorted(dir(c)))
print("dir class", [n for n in dir(Config) if not n.startswith("__")])
for field in ["name", "debug", "default_level"]:
    print("  field", field, "=", getattr(c, field))
settings = {"name": "svc", "debug": False, "port": 8080}
for k, v in settings.items():
    setattr(c, k, v)
print("bulk setattr", c.name, c.port)
print("callable", callable(c.method), callable(c.name), callable(Config), callable(print), callable(None))


def dispatch(obj, cmd, *args):
    handler = getattr(obj, "do_" + cmd, None)
    if handler is None:
        return f"unknown command {cmd}"
    return handler(*args)


class Shell:
    def do_add(self, a, b):
        return a + b

    def do_echo(self, *words):
        return " ".join(words)


sh = Shell()
print("dispatch", dispatch(sh, "add", 2, 3), dispatch(sh, "echo", "hi", "there"), dispatch(sh, "rm"))

GLOBAL_CONST = 42
print("globals has", "GLOBAL_CONST" in globals(), "Config" in globals(), "nope" in globals())
print("globals value", globals()["GLOBAL_CONST"])
globals()["injected"] = "via globals"
print("injected", injected)


def f(a, b=2):
    local_var = a + b
    loc = locals()
    return "a" in loc, "local_var" in loc, "GLOBAL_CONST" in loc, loc["local_var"]


print("locals", f(1))
x = [1, 2]
y = x
z = [1, 2]
print("id compare", id(x) == id(y), id(x) == id(z), id(None) == id(None))
print("is vs id", (x is y) == (id(x) == id(y)))
print("getattr on builtins", getattr("abc", "upper")(), getattr([], "__len__")(), getattr(5, "real"))
print("hasattr on builtins", hasattr("", "join"), hasattr(1, "append"), hasattr([], "append"))
print("getattr class attr via instance vs class", getattr(Config, "default_level"), getattr(c, "default_level"))
print("vars of class has method", "method" in vars(Config), "name" in vars(Config))
try:
    vars(5)
except TypeError as e:
    print("TypeError vars(int)")
print("setattr on class", setattr(Config, "shared", "yes"), c.shared)
