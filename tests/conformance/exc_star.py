# try/except* (PEP 654): matching, splitting, re-raising, regrouping.
import re
import sys
import traceback


def show_tb(e):
    text = "".join(traceback.format_exception(e))
    print(re.sub(r'File "[^"]*"', 'File "F"', text), end="")


def run(label, f):
    print("--", label)
    try:
        f()
        print("returned normally")
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
        show_tb(e)


def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("ValueError clause:", repr(e), repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("TypeError clause:", repr(e))


def unmatched_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("handled", repr(e))


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped:", repr(e), type(e).__name__, repr(e.exceptions[0]))


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")


def raise_single_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")


def reraise_both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise


def raise_and_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise


def raise_matched_explicitly():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def tuple_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("tuple clause:", repr(e))
    except* LookupError as e:
        print("lookup clause:", repr(e))


def each_clause_once():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        print("once:", repr(e))
    except* Exception as e:
        print("never:", repr(e))


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("values:", repr(e))
    except* TypeError as e:
        print("types:", repr(e))


def with_else_finally():
    for boom in (False, True):
        try:
            if boom:
                raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError as e:
            print("handled", repr(e))
        else:
            print("else ran")
        finally:
            print("finally ran")


def star_exceptiongroup():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        print("not here")


def star_bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        print("not here")


def star_tuple_with_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        print("not here")


def base_exceptions():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("keyboard:", repr(e))
    except* Exception as e:
        print("exception:", repr(e))


def name_is_cleared():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        e
    except NameError as n:
        print("NameError:", n)


def handler_raises_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("sub", [KeyError(1), KeyError(2)])


def inner():
    raise ExceptionGroup("deep", [ValueError("v"), TypeError("t")])


def through_frames():
    try:
        inner()
    except* ValueError as e:
        print("caught across a call:", repr(e), e.__traceback__ is not None)


def outer_plain_except():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("inner star")
    except ExceptionGroup as g:
        print("outer plain except:", repr(g))


def loop_inside_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        for i in range(5):
            if i == 1:
                continue
            if i == 3:
                break
            print("loop", i)


def nested_function_return():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        def helper():
            return "helper returned"
        print(helper())


def context_and_notes():
    try:
        try:
            raise OSError("first")
        except OSError:
            g = ExceptionGroup("ctx", [ValueError(1), TypeError(2)])
            g.add_note("group note")
            raise g
    except* ValueError as e:
        print("ctx:", repr(e.__context__), e.__notes__)


for name, f in list(globals().items()):
    if callable(f) and getattr(f, "__module__", None) == "__main__" and name not in ("show_tb", "run", "inner"):
        run(name, f)

# SyntaxErrors (3.11): break/continue/return in an except* body
for src in [
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

# uncaught at the end: the report goes to stderr, the exit status is 1
try:
    raise ExceptionGroup("final", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
