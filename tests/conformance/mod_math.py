import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(10**40 + 12345), math.isqrt(0), math.isqrt(99))
for x in [2.5, -2.5, 3.0, -0.5, 1e20, -1e300, 7, True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.fabs(-3), math.factorial(0), math.factorial(5), math.factorial(30))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 8), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(20, 10))
print(math.pow(2, 10), math.pow(2, -1), math.pow(2.5, 0.5), math.pow(-8, 3), math.pow(0, 0))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(math.nan, 0))
print(math.exp(1), math.exp(-1), math.exp(0), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(10), math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**400, 10))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log2(2**2000))
for f in [math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh, math.tanh, math.asinh]:
    print([f(x) for x in [0, 0.5, 1, -2, 3.14159]])
print([math.asin(x) for x in [-1, -0.5, 0, 0.5, 1]], [math.acos(x) for x in [-1, 0, 0.3, 1]])
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(), math.hypot(-5), math.hypot(1, 2, 3, 4))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 3e-200), math.hypot(0.1, 0.2, 0.3))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (0.25,)))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isclose(1, 1.05, rel_tol=0.1), math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.frexp(8), math.frexp(0.1), math.frexp(0), math.frexp(-3e-320))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(3, 1000), math.ldexp(1.5, -1075), math.ldexp(0.75, -1073))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)), math.prod([3], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum([0.1, 0.2, 0.3]), math.fsum([1e308, 1e308, -1e308]) if False else 0)
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7, 2), math.remainder(5, 2), math.remainder(7, 2))
print(math.cbrt(-8), math.exp2(10), math.nextafter(1, 2), math.ulp(1.0), math.ulp(0))
print(math.gamma(5), math.gamma(0.5), math.gamma(-1.5), math.gamma(10.3), math.lgamma(10), math.lgamma(0.5), math.lgamma(-2.5))
print([math.gamma(x / 3) for x in range(1, 30)])
print([math.lgamma(x / 7) for x in range(1, 40)])
print(math.erf(0), math.erfc(0))
print(math.acosh(2), math.atanh(0.5), math.asinh(-1))

def err(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", r)

err(math.sqrt, -1)
err(math.log, 0)
err(math.log, -5)
err(math.log, 0.0)
err(math.log, 10, 1)
err(math.exp, 1000)
err(math.pow, 0, -1)
err(math.pow, -2, 0.5)
err(math.pow, 10, 400)
err(math.factorial, -1)
err(math.factorial, 2.5)
err(math.comb, -1, 2)
err(math.comb, 5, -2)
err(math.isqrt, -4)
err(math.floor, math.inf)
err(math.floor, math.nan)
err(math.ceil, "x")
err(math.sqrt, "4")
err(math.acos, 2)
err(math.fmod, 1, 0)
err(math.ldexp, 1.0, 10000)
err(math.fsum, [math.inf, -math.inf])
err(math.gamma, 0)
err(math.gamma, -2)
err(math.dist, (1, 2), (1, 2, 3))
err(math.gcd, 2.5, 5)
err(math.trunc, "a")
err(math.log1p, -1)

class F:
    def __floor__(self):
        return "floored"
    def __float__(self):
        return 2.25
print(math.floor(F()), math.sqrt(F()), math.ceil(F()))
for i in range(20):
    xs = [(-1) ** j * (j * 0.37 + i) ** (1 + i % 3) for j in range(i % 5 + 1)]
    print(math.hypot(*xs), math.fsum(xs))
