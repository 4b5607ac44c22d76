# Exception hierarchy: handler order, base-class catching, tuples, custom trees
class AppError(Exception):
    pass


class DataError(AppError):
    pass


class ParseError(DataError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class NetError(AppError):
    pass


def raiser(kind):
    if kind == "parse":
        raise ParseError(3, "unexpected token")
    if kind == "data":
        raise DataError("bad data")
    if kind == "net":
        raise NetError("timeout")
    if kind == "key":
        raise KeyError("k")
    if kind == "index":
        raise IndexError("i")
    if kind == "zero":
        return 1 / 0
    if kind == "overflow":
        raise OverflowError("too big")
    return "no error"


def handle(kind):
    try:
        return raiser(kind)
    except ParseError as e:
        return f"ParseError(line={e.line}): {e}"
    except DataError as e:
        return f"DataError branch: {e}"
    except AppError as e:
        return f"AppError branch: {type(e).__name__}: {e}"
    except LookupError as e:
        return f"LookupError branch: {type(e).__name__}"
    except ArithmeticError as e:
        return f"ArithmeticError branch: {type(e).__name__}"


for k in ["parse", "data", "net", "key", "index", "zero", "overflow", "none"]:
    print(k, "->", handle(k))


def first_match_wins(kind):
    try:
        raiser(kind)
    except Exception:
        return "Exception caught first"
    except ParseError:
        return "never reached"


print("order matters", first_match_wins("parse"))


def tuple_handler(kind):
    try:
        raiser(kind)
    except (NetError, KeyError, ZeroDivisionError) as e:
        return "tuple caught " + type(e).__name__
    except BaseException as e:
        return "base caught " + type(e).__name__
    return "nothing"


for k in ["net", "key", "zero", "parse", "none"]:
    print("tuple", k, tuple_handler(k))

handlers = (ValueError, TypeError)
try:
    int("x")
except handlers as e:
    print("dynamic tuple of handlers", type(e).__name__)

print("mro ParseError", [c.__name__ for c in ParseError.__mro__])
print("issubclass checks", issubclass(ParseError, AppError), issubclass(NetError, DataError),
      issubclass(KeyError, LookupError), issubclass(LookupError, KeyError))
print("isinstance", isinstance(ParseError(1, "x"), (NetError, DataError)))


def nested_reraise(kind):
    try:
        try:
            raiser(kind)
        except DataError:
            print("  inner handled DataError, re-raising as NetError")
            raise NetError("converted")
    except NetError as e:
        return f"outer got {e} (context {type(e.__context__).__name__})"


print(nested_reraise("data"))
print(nested_reraise("net"))
try:
    raise SystemExit(0) if False else KeyboardInterrupt()
except Exception:
    print("not reached")
except BaseException as e:
    print("KeyboardInterrupt is BaseException only:", type(e).__name__)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong type, not reached")
except ValueError as e:
    print("propagated past non-matching handler", e)
