# Uncaught exception raised with `raise ... from ...`
class ConfigError(Exception):
    pass


def parse_port(s):
    try:
        port = int(s)
    except ValueError as e:
        raise ConfigError(f"bad port {s!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port


def load(config):
    out = {}
    for key, raw in config.items():
        out[key] = parse_port(raw)
        print("  loaded", key, out[key])
    return out


print("good config", load({"http": "80", "https": "443"}))
for raw in ["8080", "70000", "http"]:
    try:
        print("port", parse_port(raw))
    except ConfigError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print("handled:", e, "| cause:", cause)
print("loading a bad config next")
load({"admin": "9000", "metrics": "x80"})
print("unreachable")
