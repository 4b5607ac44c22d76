//! The `random` module: CPython's Mersenne Twister, bit for bit.
//!
//! The generator core (seeding, `random`, `getrandbits`, and the integer
//! and sequence methods built directly on them) is native, on a base class
//! whose instances keep the 624-word state plus index in a hidden list
//! attribute. The distributions are Python code on a subclass, following
//! CPython's algorithms so a seeded program prints the same numbers.

use std::cell::Cell;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};

use super::util::{index_big, inst_dict, py_len, run_source};
use crate::builtins::{method, method_args};
use crate::objects::class::BuiltinKind;
use crate::objects::{Args, PyBytes, PyDict, PyList, PyResult, Value};
use crate::vm::types::new_class;
use crate::vm::{PyErr, Vm};

const N: usize = 624;
const M: usize = 397;
const STATE_KEY: &str = "_mt_state";

pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let base = new_class("Random", vec![vm.types.object.clone()], BuiltinKind::Object, true, Rc::new(PyDict::new()))
        .map_err(PyErr::type_error)?;
    base.dict.set_item_str("__module__", Value::str("_random"));
    method(&base, "seed", seed);
    method(&base, "random", random);
    method(&base, "getrandbits", getrandbits);
    method(&base, "_randbelow", randbelow_method);
    method(&base, "randrange", randrange);
    method(&base, "randint", randint);
    method(&base, "choice", choice);
    method(&base, "shuffle", shuffle);
    method(&base, "getstate", getstate);
    method(&base, "setstate", setstate);
    method(&base, "randbytes", randbytes);
    d.set_item_str("_BaseRandom", Value::Class(base));
    run_source(vm, d, PY_SOURCE, "<random>")
}

// ----- the generator -----

fn init_genrand(s: u32) -> [u32; N] {
    let mut mt = [0u32; N];
    mt[0] = s;
    for i in 1..N {
        mt[i] = 1812433253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
    }
    mt
}

/// CPython's `init_by_array`.
fn init_by_array(key: &[u32]) -> [u32; N] {
    let mut mt = init_genrand(19650218);
    let (mut i, mut j) = (1usize, 0usize);
    for _ in 0..N.max(key.len()) {
        mt[i] =
            (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if j >= key.len() {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x8000_0000;
    mt
}

fn twist(mt: &mut [u32; N]) {
    let mix = |a: u32, b: u32, c: u32| {
        let y = (a & 0x8000_0000) | (b & 0x7fff_ffff);
        c ^ (y >> 1) ^ if y & 1 == 1 { 0x9908_b0df } else { 0 }
    };
    for k in 0..N - M {
        mt[k] = mix(mt[k], mt[k + 1], mt[k + M]);
    }
    for k in N - M..N - 1 {
        mt[k] = mix(mt[k], mt[k + 1], mt[k + M - N]);
    }
    mt[N - 1] = mix(mt[N - 1], mt[0], mt[M - 1]);
}

fn word(v: &Value) -> u32 {
    match v {
        Value::Int(i) => *i as u32,
        _ => 0,
    }
}

fn state_list(mt: &[u32; N], index: usize) -> Value {
    let mut items: Vec<Value> = mt.iter().map(|w| Value::Int(i64::from(*w))).collect();
    items.push(Value::Int(index as i64));
    Value::list(items)
}

/// The next 32-bit output of the generator whose state is `l`.
fn genrand(l: &PyList) -> u32 {
    let mut s = l.items.borrow_mut();
    let mut idx = word(&s[N]) as usize;
    if idx >= N {
        let mut mt = [0u32; N];
        for (w, v) in mt.iter_mut().zip(s.iter()) {
            *w = word(v);
        }
        twist(&mut mt);
        for (v, w) in s.iter_mut().zip(mt.iter()) {
            *v = Value::Int(i64::from(*w));
        }
        idx = 0;
    }
    let mut y = word(&s[idx]);
    s[N] = Value::Int(idx as i64 + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

fn random_f64(l: &PyList) -> f64 {
    let a = genrand(l) >> 5;
    let b = genrand(l) >> 6;
    (f64::from(a) * 67108864.0 + f64::from(b)) * (1.0 / 9007199254740992.0)
}

/// `getrandbits(k)` for k <= 64.
fn bits_u64(l: &PyList, k: u32) -> u64 {
    if k == 0 {
        return 0;
    }
    if k <= 32 {
        return u64::from(genrand(l) >> (32 - k));
    }
    let lo = u64::from(genrand(l));
    let hi = u64::from(genrand(l) >> (64 - k));
    lo | (hi << 32)
}

/// The 32-bit words of `getrandbits(k)`, least significant first.
fn bits_words(l: &PyList, k: u64) -> Vec<u32> {
    let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
    let mut left = k;
    while left > 0 {
        let mut r = genrand(l);
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left = left.saturating_sub(32);
    }
    words
}

fn bits_big(l: &PyList, k: u64) -> BigInt {
    BigInt::from_biguint(Sign::Plus, BigUint::new(bits_words(l, k)))
}

/// CPython's `_randbelow_with_getrandbits` for n > 0.
fn below_u64(l: &PyList, n: u64) -> u64 {
    let k = 64 - n.leading_zeros();
    loop {
        let r = bits_u64(l, k);
        if r < n {
            return r;
        }
    }
}

fn below_big(l: &PyList, n: &BigInt) -> BigInt {
    if let Some(small) = n.to_u64() {
        return BigInt::from(below_u64(l, small));
    }
    let k = n.bits();
    loop {
        let r = bits_big(l, k);
        if &r < n {
            return r;
        }
    }
}

// ----- state storage -----

thread_local! {
    static SEED_COUNTER: Cell<u64> = const { Cell::new(0) };
}

/// Entropy for an unseeded generator: the clock where there is one.
fn fresh_key(vm: &mut Vm) -> Vec<u32> {
    let count = SEED_COUNTER.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    #[cfg(not(target_arch = "wasm32"))]
    let nanos = {
        let _ = vm;
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
    };
    // wasm32 has no clock in std: the host's clocks (the page's, in the
    // browser build), so each run of a game gets different numbers.
    #[cfg(target_arch = "wasm32")]
    let nanos = {
        let wall = vm.host.clock_ms(false).map_or(0x5DEE_CE66_D1CE_u64, |ms| (ms * 1e6) as u64);
        let mono = vm.host.clock_ms(true).map_or(0, |ms| (ms * 1e6) as u64);
        wall ^ mono.rotate_left(29)
    };
    let addr = &count as *const u64 as u64;
    let mixed = nanos ^ count.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ addr.rotate_left(32);
    vec![mixed as u32, (mixed >> 32) as u32, count as u32]
}

fn store_seed(d: &PyDict, key: &[u32]) -> Rc<PyList> {
    let mt = init_by_array(key);
    let v = state_list(&mt, N);
    d.set_item_str(STATE_KEY, v.clone());
    d.set_item_str("gauss_next", Value::None);
    match v {
        Value::List(l) => l,
        _ => unreachable!(),
    }
}

/// The state list of a generator, seeding it from entropy if needed.
fn state_of(vm: &mut Vm, slf: &Value) -> PyResult<Rc<PyList>> {
    let d = inst_dict(slf)?;
    if let Some(Value::List(l)) = d.get_str(STATE_KEY) {
        if l.len() == N + 1 {
            return Ok(l);
        }
    }
    Ok(store_seed(&d, &fresh_key(vm)))
}

fn key_of_int(n: &BigInt) -> Vec<u32> {
    let words = n.abs().to_u32_digits().1;
    if words.is_empty() {
        vec![0]
    } else {
        words
    }
}

/// The version-1 string hash of `random.seed(s, version=1)`.
fn version1_hash(chars: &[u64]) -> u64 {
    let mut x = chars.first().map_or(0, |c| c << 7);
    for c in chars {
        x = 1000003u64.wrapping_mul(x) ^ c;
    }
    x ^ chars.len() as u64
}

fn seed_key(vm: &mut Vm, a: &Value, version: i64) -> PyResult<Vec<u32>> {
    let bytes: Option<Vec<u8>> = match a {
        Value::Str(s) => Some(s.as_str().as_bytes().to_vec()),
        Value::Bytes(b) => Some(b.data.to_vec()),
        _ => None,
    };
    if let Some(mut data) = bytes {
        if version == 1 {
            let chars: Vec<u64> = match a {
                Value::Str(s) => s.as_str().chars().map(u64::from).collect(),
                _ => data.iter().map(|b| u64::from(*b)).collect(),
            };
            return Ok(key_of_int(&BigInt::from(version1_hash(&chars))));
        }
        let digest = super::sha512::sha512(&data);
        data.extend_from_slice(&digest);
        return Ok(key_of_int(&BigInt::from_bytes_be(Sign::Plus, &data)));
    }
    match a {
        Value::None => Ok(fresh_key(vm)),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok(key_of_int(&vm.to_bigint(a).unwrap_or_default())),
        Value::Float(_) => {
            let h = vm.hash(a)? as u64;
            Ok(key_of_int(&BigInt::from(h)))
        }
        _ => match vm.payload_base(a) {
            Some(b @ (Value::Int(_) | Value::BigInt(_))) => seed_key(vm, &b, version),
            _ => Err(PyErr::type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )),
        },
    }
}

// ----- methods -----

fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some((slf, rest)) = pos.split_first() else {
        return Err(PyErr::type_error("descriptor 'seed' needs an argument"));
    };
    let mut a = rest.first().cloned().unwrap_or(Value::None);
    let mut version = match rest.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 2,
    };
    for (k, v) in args.kwargs() {
        match k {
            "a" => a = v.clone(),
            "version" => version = vm.index_value(v)?,
            _ => return Err(PyErr::type_error(format!("seed() got an unexpected keyword argument '{k}'"))),
        }
    }
    let key = seed_key(vm, &a, version)?;
    store_seed(&*inst_dict(slf)?, &key);
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("random", &args, 0, 0)?;
    Ok(Value::float(random_f64(&*state_of(vm, slf)?)))
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("getrandbits", &args, 1, 1)?;
    let k = vm.index_value(&rest[0])?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let l = state_of(vm, slf)?;
    if k <= 64 {
        return Ok(Value::bigint(BigInt::from(bits_u64(&l, k as u32))));
    }
    Ok(Value::bigint(bits_big(&l, k as u64)))
}

fn randbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("randbytes", &args, 1, 1)?;
    let n = vm.index_value(&rest[0])?;
    if n < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let l = state_of(vm, slf)?;
    let words = bits_words(&l, n as u64 * 8);
    let mut data: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    data.truncate(n as usize);
    Ok(Value::Bytes(Rc::new(PyBytes { data: data.into_boxed_slice() })))
}

fn randbelow_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("_randbelow", &args, 1, 1)?;
    let n = index_big(vm, &rest[0])?;
    if !n.is_positive() {
        return Ok(Value::Int(0));
    }
    Ok(Value::bigint(below_big(&*state_of(vm, slf)?, &n)))
}

/// An argument of randrange: an int, or an integral float (deprecated).
fn rr_int(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    if let Value::Float(f) = v {
        if f.get().is_finite() && f.get().fract() == 0.0 {
            return Ok(num_traits::FromPrimitive::from_f64(f.get()).unwrap_or_default());
        }
        if f.get().is_finite() {
            return Err(PyErr::value_error(format!("non-integer {what} for randrange()")));
        }
    }
    index_big(vm, v)
}

fn randrange_big(vm: &mut Vm, l: &PyList, start: &Value, stop: &Value, step: Option<&Value>) -> PyResult<Value> {
    let istart = rr_int(vm, start, "arg 1")?;
    if stop.is_none() {
        if step.is_some() {
            return Err(PyErr::type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return Ok(Value::bigint(below_big(l, &istart)));
        }
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    let istop = rr_int(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => rr_int(vm, s, "step")?,
        None => BigInt::from(1),
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(Value::bigint(istart + below_big(l, &width)));
        }
        return Err(PyErr::value_error(format!("empty range for randrange() ({istart}, {istop}, {width})")));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(PyErr::value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    Ok(Value::bigint(istart + istep * below_big(l, &n)))
}

fn randrange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some((slf, rest)) = pos.split_first() else {
        return Err(PyErr::type_error("descriptor 'randrange' needs an argument"));
    };
    if rest.len() > 3 {
        return Err(PyErr::type_error(format!(
            "randrange() takes from 2 to 4 positional arguments but {} were given",
            pos.len()
        )));
    }
    let mut vals: [Option<Value>; 3] = [rest.first().cloned(), rest.get(1).cloned(), rest.get(2).cloned()];
    for (k, v) in args.kwargs() {
        let i = match k {
            "start" => 0,
            "stop" => 1,
            "step" => 2,
            _ => return Err(PyErr::type_error(format!("randrange() got an unexpected keyword argument '{k}'"))),
        };
        vals[i] = Some(v.clone());
    }
    let Some(start) = vals[0].clone() else {
        return Err(PyErr::type_error("randrange() missing 1 required positional argument: 'start'"));
    };
    let stop = vals[1].clone().unwrap_or(Value::None);
    let l = state_of(vm, slf)?;
    if let (Value::Int(a), Value::Int(b), None) = (&start, &stop, &vals[2]) {
        let width = i128::from(*b) - i128::from(*a);
        if width > 0 && width <= i128::from(u64::MAX) {
            let r = i128::from(*a) + i128::from(below_u64(&l, width as u64));
            return Ok(Value::Int(r as i64));
        }
    }
    randrange_big(vm, &l, &start, &stop, vals[2].as_ref())
}

fn randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("randint", &args, 2, 2)?;
    let l = state_of(vm, slf)?;
    if let (Value::Int(a), Value::Int(b)) = (&rest[0], &rest[1]) {
        let width = i128::from(*b) + 1 - i128::from(*a);
        if width > 0 && width <= i128::from(u64::MAX) {
            let r = i128::from(*a) + i128::from(below_u64(&l, width as u64));
            return Ok(Value::Int(r as i64));
        }
    }
    let stop = vm.binary_op(&rest[1], &Value::Int(1), crate::bytecode::BinOp::Add, false)?;
    randrange_big(vm, &l, &rest[0], &stop, None)
}

fn choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("choice", &args, 1, 1)?;
    let seq = &rest[0];
    let n = py_len(vm, seq)?;
    if n == 0 {
        return Err(PyErr::index_error("Cannot choose from an empty sequence"));
    }
    let i = below_u64(&*state_of(vm, slf)?, n as u64) as usize;
    match seq {
        Value::List(l) => Ok(l.items.borrow()[i].clone()),
        Value::Tuple(t) => Ok(t.items[i].clone()),
        _ => vm.get_item(seq, &Value::Int(i as i64)),
    }
}

fn shuffle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("shuffle", &args, 1, 1)?;
    let x = &rest[0];
    let n = py_len(vm, x)?;
    let l = state_of(vm, slf)?;
    for i in (1..n).rev() {
        let j = below_u64(&l, i as u64 + 1) as usize;
        if let Value::List(list) = x {
            list.items.borrow_mut().swap(i, j);
            continue;
        }
        let (ki, kj) = (Value::Int(i as i64), Value::Int(j as i64));
        let xi = vm.get_item(x, &ki)?;
        let xj = vm.get_item(x, &kj)?;
        vm.set_item(x, ki, xj)?;
        vm.set_item(x, kj, xi)?;
    }
    Ok(Value::None)
}

fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, _) = method_args("getstate", &args, 0, 0)?;
    let l = state_of(vm, slf)?;
    let gauss = inst_dict(slf)?.get_str("gauss_next").unwrap_or(Value::None);
    Ok(Value::tuple(vec![Value::Int(3), Value::tuple(l.snapshot()), gauss]))
}

fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (slf, rest) = method_args("setstate", &args, 1, 1)?;
    let parts = vm.collect(&rest[0])?;
    if parts.len() != 3 || !matches!(parts[0], Value::Int(3)) {
        let v = match parts.first() {
            Some(v) => vm.repr(v)?,
            None => "None".to_owned(),
        };
        return Err(PyErr::value_error(format!("state with version {v} passed to Random.setstate() of version 3")));
    }
    let words = vm.collect(&parts[1])?;
    if words.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut items = Vec::with_capacity(N + 1);
    for w in &words {
        let v = index_big(vm, w)?
            .to_u32()
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C unsigned long"))?;
        items.push(Value::Int(i64::from(v)));
    }
    if word(&items[N]) as usize > N {
        return Err(PyErr::value_error("invalid state"));
    }
    let d = inst_dict(slf)?;
    d.set_item_str(STATE_KEY, Value::list(items));
    d.set_item_str("gauss_next", parts[2].clone());
    Ok(Value::None)
}

const PY_SOURCE: &str = r#"
__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate"]
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import floor as _floor, isfinite as _isfinite

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

def _accumulate(xs):
    out = []
    total = None
    for x in xs:
        total = x if total is None else total + x
        out.append(total)
    return out

def _cum_weights(weights):
    try:
        return _accumulate(weights)
    except TypeError:
        if not isinstance(weights, int):
            raise
        k = weights
        raise TypeError(f'The number of choices must be a keyword argument: k={k}') from None

def _bisect(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

def _gamma_large(random, alpha, beta):
    ainv = _sqrt(2.0 * alpha - 1.0)
    bbb = alpha - LOG4
    ccc = alpha + ainv
    while True:
        u1 = random()
        if not 1e-7 < u1 < 0.9999999:
            continue
        u2 = 1.0 - random()
        v = _log(u1 / (1.0 - u1)) / ainv
        x = alpha * _exp(v)
        z = u1 * u1 * u2
        r = bbb + ccc * v - x
        if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
            return x * beta

class Random(_BaseRandom):
    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)) or not hasattr(population, '__getitem__'):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _accumulate(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s, 0, len(cum_counts))] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            return result
        selected = set()
        for i in range(k):
            j = randbelow(n)
            while j in selected:
                j = randbelow(n)
            selected.add(j)
            result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in range(k)]
            cum_weights = _cum_weights(weights)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)] for i in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            return _gamma_large(random, alpha, beta)
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    accept = u1 <= x ** (alpha - 1.0)
                else:
                    accept = u1 <= _exp(-x)
                if accept:
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)

Random.__module__ = 'random'

class SystemRandom(Random):
    def __init__(self, x=None):
        Random.seed(self, None)
        self.gauss_next = None

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
"#;
