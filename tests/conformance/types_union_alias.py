# PEP 604 unions (int | str) and builtin generic aliases (list[int]) at runtime.
def check(value, kind):
    return isinstance(value, kind)


IntOrStr = int | str
print(IntOrStr, int | None, None | float, int | str | int, (int | str) == (str | int))
print(check(3, IntOrStr), check("s", IntOrStr), check(2.5, IntOrStr), check(None, int | None), issubclass(bool, int | str))
print(list[int], dict[str, list[int]], tuple[int, ...], set[str] | None, type[int])
alias = list[int]
print(alias(), alias("ab"), alias.__origin__ is list, alias.__args__, alias == list[int], alias == list[str])


def total(values: list[int] | None = None) -> dict[str, int]:
    return {"sum": sum(values or [])}


print(total([1, 2]), total.__annotations__)
try:
    isinstance(3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
