# Classes: bouncing balls with attributes, methods, a property
# Attribute reads and writes on instances (LOAD_ATTR_INSTANCE_VALUE,
# STORE_ATTR_INSTANCE_VALUE), method calls (LOAD_ATTR_METHOD_WITH_VALUES)
# and a property, in a small bouncing-ball simulation.

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return f"Vec({self.x:.2f}, {self.y:.2f})"


class Ball:
    count = 0  # a class attribute, shared by every ball

    def __init__(self, name, pos, vel):
        self.name = name
        self.pos = pos
        self.vel = vel
        Ball.count += 1

    @property
    def speed(self):
        return (self.vel.x ** 2 + self.vel.y ** 2) ** 0.5

    def step(self, dt, size):
        self.pos = self.pos + self.vel.scaled(dt)
        if not 0.0 <= self.pos.x <= size:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if not 0.0 <= self.pos.y <= size:
            self.vel = Vec(self.vel.x, -self.vel.y)


class HeavyBall(Ball):
    def step(self, dt, size):
        self.vel = self.vel + Vec(0.0, -9.8 * dt)  # gravity
        super().step(dt, size)


balls = [
    Ball("red", Vec(1.0, 1.0), Vec(3.0, 2.0)),
    Ball("blue", Vec(5.0, 2.0), Vec(-1.5, 4.0)),
    HeavyBall("lead", Vec(2.0, 9.0), Vec(1.0, 0.0)),
]
for tick in range(2_000):
    for ball in balls:
        ball.step(0.01, 10.0)

print(Ball.count, "balls after 2,000 steps:")
for ball in balls:
    kind = type(ball).__name__
    print(f"  {ball.name:5} {kind:9} at {ball.pos}, speed {ball.speed:.2f}")
