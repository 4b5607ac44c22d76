# Conway's Game of Life on a small torus grid
def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}


def step(live, h, w):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, h, w):
    return ["".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h)]


glider = parse([
    ".#......",
    "..#.....",
    "###.....",
    "........",
    "........",
    "........",
])
H, W = 6, 8
state = glider
for gen in range(5):
    print("generation", gen, "population", len(state))
    for line in render(state, H, W):
        print("  " + line)
    state = step(state, H, W)

blinker = parse(["....", ".###", "....", "...."])
b1 = step(blinker, 4, 4)
b2 = step(b1, 4, 4)
print("blinker period 2", b2 == blinker, b1 != blinker, sorted(b1))
block = parse(["##", "##"])
print("block still life", step(block, 4, 4) == block)
s = glider
for _ in range(4 * 24):
    s = step(s, H, W)
print("glider after 96 steps returns", s == glider)
