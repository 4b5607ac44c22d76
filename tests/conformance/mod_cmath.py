# cmath and imaginary literals: sqrt, polar/rect, phase, exp/log on simple values.
import cmath
import math

z = 3 + 4j
print(z, type(z).__name__, 2j, 1.5j * 2, (1 + 2j) * (3 - 1j), 1j ** 2, -1j, (2 + 0j) == 2)
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(3 + 4j), cmath.sqrt(-3 - 4j), cmath.sqrt(0j), cmath.sqrt(2j))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1 - 0j), cmath.polar(1j), cmath.polar(-2), abs(cmath.rect(2, 0)))
print(cmath.exp(0), cmath.log(1), cmath.log(math.e).real, cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12))
print(cmath.pi == math.pi, cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
roots = []
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
roots = ((-b + d) / (2 * a), (-b - d) / (2 * a))
print("roots", roots)
print([1j ** n for n in range(5)], sum([1j, 2, 3.5]), abs(3j), complex("1+1j") + 1j)
match 2j:
    case 2j:
        print("matched complex literal")
