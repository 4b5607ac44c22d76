# raise from, __cause__, __context__, __suppress_context__, re-raise
class AppError(Exception):
    pass


def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError(f"missing {key}") from e


try:
    load("zz")
except AppError as e:
    print("AppError", e)
    print("cause", type(e.__cause__).__name__, e.__cause__)
    print("context is cause", e.__context__ is e.__cause__)
    print("suppress_context", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("implicit context", type(e.__context__).__name__, e.__context__)
    print("cause is None", e.__cause__ is None, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print("from None: cause", e.__cause__, "suppress", e.__suppress_context__,
          "context kept", type(e.__context__).__name__)


def reraise():
    try:
        int("abc")
    except ValueError:
        print("  logging and re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("re-raised", e)


def reraise_named():
    try:
        [][0]
    except IndexError as err:
        raise err


try:
    reraise_named()
except IndexError as e:
    print("re-raised named", e)

try:
    raise RuntimeError("outer") from KeyError("inner")
except RuntimeError as e:
    print("explicit from", repr(e.__cause__))

chain = []
try:
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise ValueError("second")
    except ValueError:
        raise TypeError("third")
except TypeError as e:
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur.args[0]!r})")
        cur = cur.__context__
print("context chain", " <- ".join(chain))

try:
    raise ValueError
except ValueError as e:
    print("class raised, args", e.args, repr(str(e)))

try:
    raise ValueError("a", 1)
except ValueError as e:
    print("multi args", e.args, str(e))

e1 = ValueError("stored")
try:
    raise e1
except ValueError as caught:
    print("same object", caught is e1)


def cleanup_context():
    try:
        raise KeyError("original")
    finally:
        pass


try:
    cleanup_context()
except KeyError as e:
    print("no context", e.__context__)

try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise AppError("wrapped") from v
except Exception as final:
    print("types", type(final).__name__, type(final.__cause__).__name__, isinstance(final, AppError))

try:
    raise TypeError("bad from") from 5
except TypeError as e:
    print("raise from non-exception gives TypeError")

try:
    raise 42
except TypeError as e:
    print("TypeError", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)

# The cause of `raise X from Y`: checked and, for a class, instantiated.
for cause in [5, "text", int, KeyError, KeyError("k"), None]:
    try:
        raise ValueError("v") from cause
    except TypeError as e:
        print("cause", repr(cause), "->", type(e).__name__, e)
    except ValueError as e:
        print("cause", repr(cause), "->", repr(e.__cause__), e.__suppress_context__)
