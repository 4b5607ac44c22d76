# A tiny interpreter: tokenise arithmetic programs from strings, parse them
# with a recursive-descent parser into node objects, then evaluate the trees
# many times with an environment dict. Measures string scanning, object trees,
# recursive method dispatch over several node classes and dict lookups.


class Num:
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        op = self.op
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a // b if b != 0 else 0
        return a % b if b != 0 else 0


class Neg:
    def __init__(self, e):
        self.e = e

    def eval(self, env):
        return -self.e.eval(env)


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == " ":
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < n and (src[j].isalpha() or src[j].isdigit()):
                j += 1
            tokens.append(("var", src[i:j]))
            i = j
        else:
            tokens.append(("op", ch))
            i += 1
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t

    def expr(self):
        node = self.term()
        while True:
            kind, val = self.peek()
            if kind == "op" and (val == "+" or val == "-"):
                self.next()
                node = BinOp(val, node, self.term())
            else:
                return node

    def term(self):
        node = self.factor()
        while True:
            kind, val = self.peek()
            if kind == "op" and val in "*/%":
                self.next()
                node = BinOp(val, node, self.factor())
            else:
                return node

    def factor(self):
        kind, val = self.next()
        if kind == "num":
            return Num(val)
        if kind == "var":
            return Var(val)
        if val == "-":
            return Neg(self.factor())
        if val == "(":
            node = self.expr()
            self.next()
            return node
        raise ValueError("unexpected " + str(val))


def make_source(seed, depth):
    seed = (seed * 1103515245 + 12345) % 2147483648
    if depth == 0:
        r = seed % 4
        if r == 0:
            return "x"
        if r == 1:
            return "y"
        return str(seed % 97)
    ops = "+-*/%"
    op = ops[(seed >> 8) % 5]
    left = make_source(seed + 1, depth - 1)
    right = make_source(seed * 7 + 3, depth - 1)
    if (seed >> 12) % 5 == 0:
        return "-(" + left + " " + op + " " + right + ")"
    return "(" + left + " " + op + " " + right + ")"


def main():
    programs = []
    for k in range(PROGRAMS):
        programs.append(make_source(k, DEPTH))
    trees = []
    ntok = 0
    for src in programs:
        toks = tokenize(src)
        ntok += len(toks)
        trees.append(Parser(toks).expr())
    total = 0
    env = {"x": 0, "y": 0}
    for i in range(EVALS):
        env["x"] = i
        env["y"] = i * 3 + 1
        for t in trees:
            total = (total + t.eval(env)) % 1000000007
    print("interp", len(programs), ntok, total)


PROGRAMS = 40
DEPTH = 6
EVALS = 500
main()
