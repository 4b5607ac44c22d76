# A tiny stack-based virtual machine with labels, jumps and calls
PROGRAM = """
    push 10
    call fact
    print
    push 0
    store i
loop:
    load i
    push 5
    lt
    jz end
    load i
    dup
    mul
    print
    load i
    push 1
    add
    store i
    jmp loop
end:
    push 7
    push 3
    mod
    print
    halt
fact:
    dup
    push 1
    gt
    jz fact_base
    dup
    push 1
    sub
    call fact
    mul
    ret
fact_base:
    pop
    push 1
    ret
"""


def assemble(src):
    code, labels = [], {}
    for raw in src.strip().splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args[0] if args else None))
    return code, labels


class VMError(Exception):
    pass


def run(code, labels, max_steps=10000):
    stack, rstack, env, out = [], [], {}, []
    pc = steps = 0
    binops = {
        "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
        "mod": lambda a, b: a % b, "lt": lambda a, b: int(a < b), "gt": lambda a, b: int(a > b),
    }
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            stack.append(binops[op](a, b))
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "load":
            if arg not in env:
                raise VMError(f"undefined variable {arg}")
            stack.append(env[arg])
        elif op == "jmp":
            pc = labels[arg]
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "call":
            rstack.append(pc)
            pc = labels[arg]
        elif op == "ret":
            pc = rstack.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            return out, steps, env
        else:
            raise VMError(f"unknown op {op}")


code, labels = assemble(PROGRAM)
print("instructions", len(code), "labels", labels)
out, steps, env = run(code, labels)
print("output", out)
print("steps", steps, "env", env)
for bad_src in ["push 1\nfrobnicate\nhalt", "load x\nhalt", "top:\njmp top"]:
    c, l = assemble(bad_src)
    try:
        run(c, l, max_steps=50)
    except VMError as e:
        print("VMError", e)
try:
    run(*assemble("add\nhalt"))
except IndexError as e:
    print("IndexError", e)
