# types: SimpleNamespace and the names of builtin types.
import types

ns = types.SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, ns.z, ns == types.SimpleNamespace(x=1, y="two", z=[3]))
try:
    types.SimpleNamespace({"a": 1}, b=2)
except TypeError as e:
    print("TypeError:", e)


def f():
    yield 1


async def c():
    return 1


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(f(), types.GeneratorType))
co = c()
print(isinstance(co, types.CoroutineType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
co.close()
print(type(None) is types.NoneType, type(...) is types.EllipsisType)


class A:
    def m(self):
        return 1


print(isinstance(A().m, types.MethodType), isinstance(A.m, types.FunctionType))
