# A small tokenizer and recursive-descent calculator
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif ch in "+-*/()^%":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(("EOF", None))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in (("OP", "*"), ("OP", "/"), ("OP", "%")):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == ("OP", "^"):
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == ("OP", "-"):
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, val = self.take()
        if kind == "NUM":
            return val
        if kind == "NAME":
            if val not in self.env:
                raise NameError(f"name '{val}' is not defined")
            return self.env[val]
        if (kind, val) == ("OP", "("):
            v = self.expr()
            if self.take() != ("OP", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected token {val!r}")


def evaluate(src, env=None):
    p = Parser(tokenize(src), env or {})
    v = p.expr()
    if p.peek()[0] != "EOF":
        raise SyntaxError("trailing tokens")
    return v


print("tokens", tokenize("x1 + 2.5*(y - 3)"))
env = {"x": 4, "y": 10, "rate": 0.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "17 % 5",
            "x * y - 3", "rate * (x + y)", "--3", "2 * (3 + (4 - 1)) ^ 2", "1.5 + 1.5"]:
    print(f"{src:>24} = {evaluate(src, env)}")
for bad in ["1 +", "2 $ 3", "(1 + 2", "zz * 2", "1 / 0", "3 4"]:
    try:
        evaluate(bad, env)
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{bad:>24} -> {type(e).__name__}: {e}")
