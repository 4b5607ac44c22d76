# Uncaught exception raised with `raise ... from ...`
class ConfigError(Exception):
    pass


def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad port {s!r}") from e


for raw in ["8080", "443"]:
    print("port", parse_port(raw))
print("parsing invalid port next")
try:
    parse_port("http")
except ConfigError as e:
    print("handled once:", e, "| cause:", type(e.__cause__).__name__)
parse_port("x80")
print("unreachable")
