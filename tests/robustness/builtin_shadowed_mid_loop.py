import builtins
out = []
for i in range(40):
    if i == 20:
        builtins.len = lambda x: -1
    out.append(len([1]))
del builtins.len
print(out[19], out[20])
