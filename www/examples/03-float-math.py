# Float math: the Mandelbrot set and Simpson's rule
# The Mandelbrot set, drawn in characters. The inner loop is all float
# arithmetic (BINARY_OP_MULTIPLY_FLOAT, BINARY_OP_ADD_FLOAT, COMPARE_OP_FLOAT).
import math

WIDTH, HEIGHT, MAX_ITER = 64, 24, 80
SHADES = " .:-=+*#%@"

for row in range(HEIGHT):
    y = row / HEIGHT * 2.4 - 1.2
    line = []
    for col in range(WIDTH):
        x = col / WIDTH * 3.2 - 2.2
        zr = zi = 0.0
        n = 0
        while n < MAX_ITER and zr * zr + zi * zi < 4.0:
            zr, zi = zr * zr - zi * zi + x, 2.0 * zr * zi + y
            n += 1
        line.append(SHADES[n * (len(SHADES) - 1) // MAX_ITER])
    print("".join(line))


# Simpson's rule for the area under a quarter circle: pi / 4.
def simpson(f, a, b, steps):
    h = (b - a) / steps
    acc = f(a) + f(b)
    for i in range(1, steps):
        acc += (4.0 if i % 2 else 2.0) * f(a + i * h)
    return acc * h / 3.0


estimate = 4.0 * simpson(lambda t: math.sqrt(1.0 - t * t), 0.0, 1.0, 20_000)
print(f"pi ~ {estimate:.10f} (error {abs(estimate - math.pi):.2e})")
print("sqrt(2) =", math.sqrt(2.0), " e =", math.e, " 0.1 + 0.2 =", 0.1 + 0.2)
