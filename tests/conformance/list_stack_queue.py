# Lists as stacks and queues; bracket matching; RPN evaluation; undo history
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


for s in ["()", "([]{})", "(]", "((", "{[()()]}", "", "}{", "a(b)c[d]"]:
    print("balanced", repr(s), balanced(s))


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            stack.append(int(tok))
    return stack.pop()


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "10 2 /", "7 2 - 3 *"]:
    print("rpn", e, "=", rpn(e))
try:
    rpn("1 +")
except IndexError as e:
    print("IndexError", e)


def to_rpn(tokens):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    out, ops = [], []
    for t in tokens:
        if t.isdigit():
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[t]:
                out.append(ops.pop())
            ops.append(t)
    while ops:
        out.append(ops.pop())
    return " ".join(out)


infix = "3 + 4 * ( 2 - 1 ) / 2".split()
print("shunting yard", to_rpn(infix), "=", rpn(to_rpn(infix)))

queue = []
for job in ["a", "b", "c"]:
    queue.append(job)
served = []
while queue:
    served.append(queue.pop(0))
    if served[-1] == "a":
        queue.append("a-retry")
print("queue order", served)


class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []

    def type(self, s):
        self.undo_stack.append(self.text)
        self.redo_stack.clear()
        self.text += s

    def undo(self):
        if self.undo_stack:
            self.redo_stack.append(self.text)
            self.text = self.undo_stack.pop()

    def redo(self):
        if self.redo_stack:
            self.undo_stack.append(self.text)
            self.text = self.redo_stack.pop()


ed = Editor()
for action in ["type:Hello", "type: World", "undo", "type:!", "undo", "undo", "redo", "redo", "redo"]:
    if action.startswith("type:"):
        ed.type(action[5:])
    else:
        getattr(ed, action)()
    print(f"{action:<14} -> {ed.text!r}")

ring = [None] * 4
head = 0
for v in range(7):
    ring[head % 4] = v
    head += 1
print("ring buffer", ring, "ordered", [ring[(head + i) % 4] for i in range(4)])
window, maxes = [], []
nums = [1, 3, -1, -3, 5, 3, 6, 7]
for i, n in enumerate(nums):
    while window and nums[window[-1]] <= n:
        window.pop()
    window.append(i)
    if window[0] <= i - 3:
        window.pop(0)
    if i >= 2:
        maxes.append(nums[window[0]])
print("sliding window max", maxes)
