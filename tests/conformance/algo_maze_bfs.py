# Grid maze shortest path with BFS, path reconstruction, flood fill
MAZE = [
    "S.#.......",
    ".##.####..",
    "....#..#.#",
    "##.##.##..",
    "...#...#.#",
    ".#...#...E",
]
H, W = len(MAZE), len(MAZE[0])


def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return r, c
    raise ValueError(f"{ch} not found")


start, end = find("S"), find("E")
print("start", start, "end", end)


def neighbors(r, c):
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and MAZE[nr][nc] != "#":
            yield nr, nc


def bfs(src, dst):
    prev = {src: None}
    queue = [src]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == dst:
            break
        for nxt in neighbors(*cur):
            if nxt not in prev:
                prev[nxt] = cur
                queue.append(nxt)
    if dst not in prev:
        return None, len(prev)
    path = []
    node = dst
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)


path, explored = bfs(start, end)
print("path length", len(path) - 1, "explored", explored)
print("path", path)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("  " + "".join(row))
try:
    find("X")
except ValueError as e:
    print("ValueError", e)


def flood(r, c, seen):
    stack = [(r, c)]
    region = 0
    while stack:
        cell = stack.pop()
        if cell in seen:
            continue
        seen.add(cell)
        region += 1
        stack.extend(n for n in neighbors(*cell) if n not in seen)
    return region


seen = set()
regions = []
for r in range(H):
    for c in range(W):
        if MAZE[r][c] != "#" and (r, c) not in seen:
            regions.append(((r, c), flood(r, c, seen)))
print("regions", regions)
print("open cells", sum(row.count(".") for row in MAZE) + 2, "walls", sum(row.count("#") for row in MAZE))
dist = {}
frontier = [start]
dist[start] = 0
while frontier:
    nxt_frontier = []
    for cell in frontier:
        for n in neighbors(*cell):
            if n not in dist:
                dist[n] = dist[cell] + 1
                nxt_frontier.append(n)
    frontier = nxt_frontier
far = max(dist, key=lambda k: (dist[k], k))
print("farthest cell", far, dist[far])
print("distance histogram", [sum(1 for d in dist.values() if d == k) for k in range(0, max(dist.values()) + 1, 3)])
