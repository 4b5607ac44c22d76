//! The `math` module.

use crate::objects::BoolBits;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::util::{add_fns, index_big, kwargs, real};
use crate::builtins::check_args;
use crate::bytecode::BinOp;
use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::{PyErr, Vm};

pub fn fill(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    d.set_item_str("pi", Value::float(std::f64::consts::PI));
    d.set_item_str("e", Value::float(std::f64::consts::E));
    d.set_item_str("tau", Value::float(std::f64::consts::TAU));
    d.set_item_str("inf", Value::float(f64::INFINITY));
    d.set_item_str("nan", Value::float(f64::NAN));
    add_fns(
        d,
        "math",
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("cbrt", cbrt),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("log1p", log1p),
            ("fabs", fabs),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("isqrt", isqrt),
            ("factorial", factorial),
            ("gcd", gcd),
            ("lcm", lcm),
            ("comb", comb),
            ("perm", perm),
            ("pow", pow),
            ("atan2", atan2),
            ("hypot", hypot),
            ("dist", dist),
            ("degrees", degrees),
            ("radians", radians),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
            ("copysign", copysign),
            ("fmod", fmod),
            ("remainder", remainder),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("nextafter", nextafter),
            ("ulp", ulp),
            ("prod", prod),
            ("fsum", fsum),
        ],
    );
    Ok(())
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range() -> PyErr {
    PyErr::overflow("math range error")
}

/// CPython's `math_1`: apply `f`, turning NaN/inf results into errors.
fn math_1(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let pos = check_args(name, args, 1, 1)?;
    let x = real(vm, &pos[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($($name:ident = $f:expr, $overflow:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            math_1(vm, &args, concat!("math.", stringify!($name)), $f, $overflow)
        })*
    };
}

unary! {
    sqrt = f64::sqrt, false;
    exp = f64::exp, true;
    exp2 = f64::exp2, true;
    expm1 = f64::exp_m1, true;
    cbrt = f64::cbrt, false;
    sin = f64::sin, false;
    cos = f64::cos, false;
    tan = f64::tan, false;
    asin = f64::asin, false;
    acos = f64::acos, false;
    atan = f64::atan, false;
    sinh = f64::sinh, true;
    cosh = f64::cosh, true;
    tanh = f64::tanh, false;
    asinh = f64::asinh, false;
    acosh = f64::acosh, false;
    atanh = f64::atanh, false;
    log1p = f64::ln_1p, false;
    fabs = f64::abs, false;
    erf = m_erf, false;
    erfc = m_erfc, false;
    gamma = m_tgamma, true;
    lgamma = m_lgamma, true;
}

// ----- logarithms -----

/// `log` with CPython's domain rules (0 and negatives are errors).
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = vm.to_bigint(v) {
        if !n.is_positive() {
            return Err(domain());
        }
        return match n.to_f64().filter(|x| x.is_finite()) {
            Some(x) => Ok(f(x)),
            None => {
                // Too large for a float: log(m * 2**e) = log(m) + e*log(2).
                let bits = n.bits();
                let shift = bits - 60;
                let m = (n >> shift).to_f64().unwrap_or(1.0) / (1u64 << 60) as f64;
                Ok(f(m) + (shift + 60) as f64 * f(2.0))
            }
        };
    }
    let x = real(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("log", &args, 1, 2)?;
    let num = log_of(vm, &pos[0], f64::ln)?;
    if let Some(base) = pos.get(1) {
        let den = log_of(vm, base, f64::ln)?;
        if den == 0.0 {
            return Err(PyErr::zero_division("float division by zero"));
        }
        return Ok(Value::float(num / den));
    }
    Ok(Value::float(num))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.log2", &args, 1, 1)?;
    Ok(Value::float(log_of(vm, &pos[0], f64::log2)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.log10", &args, 1, 1)?;
    Ok(Value::float(log_of(vm, &pos[0], f64::log10)?))
}

// ----- rounding -----

/// An integral, finite float as an int value.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    Ok(Value::bigint(num_traits::FromPrimitive::from_f64(f).unwrap_or_default()))
}

fn rounding(vm: &mut Vm, args: Args, name: &str, special: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let pos = check_args(&format!("math.{name}"), &args, 1, 1)?;
    let x = &pos[0];
    match x {
        Value::Int(_) | Value::BigInt(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Float(v) => return float_to_int(f(v.get())),
        _ => {}
    }
    if let Some(r) = vm.call_special(x, special, &[])? {
        return Ok(r);
    }
    float_to_int(f(real(vm, x)?))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.trunc", &args, 1, 1)?;
    let x = &pos[0];
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(v) => float_to_int(v.get().trunc()),
        _ => match vm.call_special(x, "__trunc__", &[])? {
            Some(r) => Ok(r),
            None => Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(x)))),
        },
    }
}

// ----- integer functions -----

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.isqrt", &args, 1, 1)?;
    let n = index_big(vm, &pos[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::bigint(n.sqrt()))
}

/// Product of the integers in `lo..=hi`, split in halves to keep operands balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for i in lo..=hi {
            match small.checked_mul(i) {
                Some(p) => small = p,
                None => {
                    acc *= small;
                    small = i;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.factorial", &args, 1, 1)?;
    let n = index_big(vm, &pos[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    let n = n
        .to_u64()
        .filter(|n| *n <= 1 << 40)
        .ok_or_else(|| PyErr::overflow("factorial() argument should not exceed 9223372036854775807"))?;
    Ok(Value::bigint(range_product(1, n)))
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("gcd", &args, 0, usize::MAX)?;
    let mut g = BigInt::zero();
    for v in pos {
        let n = index_big(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(Value::bigint(g))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("lcm", &args, 0, usize::MAX)?;
    let mut l = BigInt::one();
    for v in pos {
        let n = index_big(vm, v)?;
        if l.is_zero() || n.is_zero() {
            l = BigInt::zero();
        } else {
            l = l.lcm(&n);
        }
    }
    Ok(Value::bigint(l.abs()))
}

fn nonneg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    let n = index_big(vm, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

fn small(n: &BigInt, what: &str) -> PyResult<u64> {
    n.to_u64()
        .filter(|v| *v < 1 << 40)
        .ok_or_else(|| PyErr::overflow(format!("{what} must not exceed 9223372036854775807")))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("comb", &args, 2, 2)?;
    let n = nonneg(vm, &pos[0], "n")?;
    let k = nonneg(vm, &pos[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = (&n - &k).min(k);
    let k = small(&k, "min(n - k, k)")?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::bigint(r))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("perm", &args, 1, 2)?;
    let n = nonneg(vm, &pos[0], "n")?;
    let k = match pos.get(1) {
        None | Some(Value::None) => n.clone(),
        Some(v) => nonneg(vm, v, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = small(&k, "k")?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::bigint(r))
}

// ----- two-argument float functions -----

fn two(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let pos = check_args(name, args, 2, 2)?;
    Ok((real(vm, &pos[0])?, real(vm, &pos[1])?))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "pow")?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(range());
        }
        r
    };
    Ok(Value::float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two(vm, &args, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::float(r))
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(Value::float(x));
    }
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: choose the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::float(1.0f64.copysign(x) * r))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "nextafter")?;
    Ok(Value::float(next_after(x, y)))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.ulp", &args, 1, 1)?;
    let x = real(vm, &pos[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::float(x));
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::float(x - next_after(x, 0.0)));
    }
    Ok(Value::float(x2 - x))
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.degrees", &args, 1, 1)?;
    Ok(Value::float(real(vm, &pos[0])? * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.radians", &args, 1, 1)?;
    Ok(Value::float(real(vm, &pos[0])? * (std::f64::consts::PI / 180.0)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.isfinite", &args, 1, 1)?;
    Ok(Value::bool(real(vm, &pos[0])?.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.isinf", &args, 1, 1)?;
    Ok(Value::bool(real(vm, &pos[0])?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.isnan", &args, 1, 1)?;
    Ok(Value::bool(real(vm, &pos[0])?.is_nan()))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(PyErr::type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", pos.len())));
    }
    let kw = kwargs("isclose", &args, &["rel_tol", "abs_tol"])?;
    let a = real(vm, &pos[0])?;
    let b = real(vm, &pos[1])?;
    let rel_tol = match kw[0] {
        Some(v) => real(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match kw[1] {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(BoolBits::TRUE));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(BoolBits::FALSE));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol;
    Ok(Value::bool(close))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.modf", &args, 1, 1)?;
    let x = real(vm, &pos[0])?;
    let (frac, int) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { (x.fract().copysign(x), x.trunc()) };
    Ok(Value::tuple(vec![Value::float(frac), Value::float(int)]))
}

/// `frexp`: x = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp_f(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(64), -64) } else { (x, 0) };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e + adjust)
}

/// `ldexp`: x * 2**n with a single rounding (musl's scalbn).
pub fn ldexp_f(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n.clamp(-10000, 10000) as i32;
    let p1023 = 2f64.powi(1023);
    let low = f64::MIN_POSITIVE * 2f64.powi(53);
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        y *= low;
        n += 1022 - 53;
        if n < -1022 {
            y *= low;
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.frexp", &args, 1, 1)?;
    let (m, e) = frexp_f(real(vm, &pos[0])?);
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("ldexp", &args, 2, 2)?;
    let x = real(vm, &pos[0])?;
    if matches!(pos[1], Value::Float(_)) {
        return Err(PyErr::type_error("Expected an int as second argument to ldexp."));
    }
    let n = index_big(vm, &pos[1])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let n = n.to_i64().unwrap_or(if n.sign() == Sign::Minus { i64::MIN } else { i64::MAX });
    let r = ldexp_f(x, n);
    if r.is_infinite() {
        return Err(range());
    }
    Ok(Value::float(r))
}

// ----- sums, products, norms -----

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(PyErr::type_error(format!("prod() takes exactly 1 positional argument ({} given)", pos.len())));
    }
    let kw = kwargs("prod", &args, &["start"])?;
    let mut acc = kw[0].cloned().unwrap_or(Value::Int(1));
    let it = vm.get_iter(&pos[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, BinOp::Multiply, false)?;
    }
    Ok(acc)
}

/// Exact float summation (Shewchuk's algorithm, as CPython's `msum`).
fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("math.fsum", &args, 1, 1)?;
    let it = vm.get_iter(&pos[0])?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(v) = vm.next(&it)? {
        let mut x = real(vm, &v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(PyErr::overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special));
    }
    Ok(Value::float(msum_result(&mut p)))
}

fn msum_result(p: &mut Vec<f64>) -> f64 {
    let mut hi = 0.0;
    let Some(last) = p.pop() else { return hi };
    hi = last;
    let mut lo = 0.0;
    while let Some(y) = p.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    if let Some(&next) = p.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    hi
}

/// Split of `x` into high and low halves (Veltkamp-Dekker).
fn split(x: f64) -> (f64, f64) {
    let t = x * 134217729.0;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// CPython 3.11's accurate Euclidean norm of `vec` (all finite, |x| <= max).
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp_f(1.0, -(max_e as i64));
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    for &v in vec.iter() {
        let (hi, lo) = split(v * scale);
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let (hi, lo) = split(h);
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

fn norm_of(mut coords: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in coords.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(&mut coords, max, found_nan)
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("hypot", &args, 0, usize::MAX)?;
    let mut coords = Vec::with_capacity(pos.len());
    for v in pos {
        coords.push(real(vm, v)?);
    }
    Ok(Value::float(norm_of(coords)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("dist", &args, 2, 2)?;
    let p = point(vm, &pos[0])?;
    let q = point(vm, &pos[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut coords = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        coords.push(real(vm, a)? - real(vm, b)?);
    }
    Ok(Value::float(norm_of(coords)))
}

fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) => Ok(t.items.to_vec()),
        Value::List(l) => Ok(l.snapshot()),
        _ => match vm.payload_base(v) {
            Some(Value::Tuple(t)) => Ok(t.items.to_vec()),
            _ => vm.collect(v),
        },
    }
}

// ----- erf, gamma (CPython's own algorithms) -----

const SQRTPI: f64 = 1.772_453_850_905_516;

fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut acc = 0.0;
    let mut fk = 25.5;
    for _ in 0..25 {
        acc = 2.0 + x2 * acc / fk;
        fk -= 1.0;
    }
    acc * x * (-x2).exp() / SQRTPI
}

fn erfc_contfrac(x: f64) -> f64 {
    if x >= 30.0 {
        return 0.0;
    }
    let x2 = x * x;
    let (mut a, mut da) = (0.0, 0.5);
    let (mut p, mut p_last) = (1.0, 0.0);
    let (mut q, mut q_last) = (da + x2, 1.0);
    for _ in 0..50 {
        a += da;
        da += 2.0;
        let b = da + x2;
        let t = p;
        p = b * p - a * p_last;
        p_last = t;
        let t = q;
        q = b * q - a * q_last;
        q_last = t;
    }
    p / q * x * (-x2).exp() / SQRTPI
}

fn m_erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < 1.5 {
        return erf_series(x);
    }
    let cf = erfc_contfrac(x.abs());
    if x > 0.0 {
        1.0 - cf
    } else {
        cf - 1.0
    }
}

fn m_erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < 1.5 {
        return 1.0 - erf_series(x);
    }
    let cf = erfc_contfrac(x.abs());
    if x > 0.0 {
        cf
    } else {
        2.0 - cf
    }
}

#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144_729_885_849_400_2;
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_5;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_5;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate near integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let pi = std::f64::consts::PI;
    let r = match n {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        4 => (pi * (y - 2.0)).sin(),
        _ => unreachable!(),
    };
    (1.0f64).copysign(x) * r
}

fn m_tgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { x } else { f64::NAN };
    }
    if x == 0.0 {
        return f64::NAN;
    }
    if x == x.floor() {
        if x < 0.0 {
            return f64::NAN;
        }
        if x <= 23.0 {
            return range_product(1, x as u64 - 1).to_f64().unwrap_or(f64::INFINITY);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 { 0.0 / sinpi(x) } else { f64::INFINITY };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z =
        if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
    }
    r
}

fn m_lgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() { x } else { f64::INFINITY };
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { f64::NAN } else { 0.0 };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -absx.ln();
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    r
}
