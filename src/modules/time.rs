//! The `time` module: clocks and `sleep`.
//!
//! On wasm there is no clock in std: the host's clocks and sleep are used
//! (the browser build's are real); a host without them gets clocks that
//! advance by a fixed step per call (and by the slept amount), so timing
//! code still runs.

use std::rc::Rc;

use super::util::{add_fns, real, run_source};
use crate::builtins::check_args;
use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The fake clock's position in nanoseconds (advanced by calls and `sleep`).
    static FAKE_NANOS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_fns(
        d,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", perf_counter),
            ("process_time_ns", perf_counter_ns),
            ("sleep", sleep),
        ],
    );
    d.set_item_str("timezone", Value::Int(0));
    d.set_item_str("altzone", Value::Int(0));
    d.set_item_str("daylight", Value::Int(0));
    d.set_item_str("tzname", Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]));
    run_source(vm, d, PY_SOURCE, "<time>")
}

/// Nanoseconds since the Unix epoch.
#[cfg(not(target_arch = "wasm32"))]
fn wall_nanos(_vm: &mut Vm) -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
}

/// Nanoseconds of a monotonic clock.
#[cfg(not(target_arch = "wasm32"))]
fn mono_nanos(_vm: &mut Vm) -> u64 {
    thread_local! {
        static START: std::time::Instant = std::time::Instant::now();
    }
    START.with(|s| s.elapsed().as_nanos() as u64) + 1_000_000
}

#[cfg(target_arch = "wasm32")]
fn wall_nanos(vm: &mut Vm) -> u64 {
    match vm.host.clock_ms(false) {
        Some(ms) => (ms * 1e6) as u64,
        None => 1_700_000_000_000_000_000 + fake_nanos(),
    }
}

#[cfg(target_arch = "wasm32")]
fn mono_nanos(vm: &mut Vm) -> u64 {
    match vm.host.clock_ms(true) {
        Some(ms) => (ms * 1e6) as u64 + 1_000_000,
        None => fake_nanos(),
    }
}

#[cfg(target_arch = "wasm32")]
fn fake_nanos() -> u64 {
    FAKE_NANOS.with(|c| {
        c.set(c.get() + 1_000);
        c.get()
    })
}

fn time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("time", &args, 0, 0)?;
    Ok(Value::float(wall_nanos(vm) as f64 / 1e9))
}

fn time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("time_ns", &args, 0, 0)?;
    Ok(Value::Int(wall_nanos(vm) as i64))
}

fn perf_counter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("perf_counter", &args, 0, 0)?;
    Ok(Value::float(mono_nanos(vm) as f64 / 1e9))
}

fn perf_counter_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("perf_counter_ns", &args, 0, 0)?;
    Ok(Value::Int(mono_nanos(vm) as i64))
}

/// `sleep(secs)`: sleeps in short slices so an interrupt is noticed.
fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = check_args("sleep", &args, 1, 1)?;
    let secs = real(vm, &pos[0]).map_err(|_| {
        PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&pos[0])))
    })?;
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    let total = (secs.min(1e7) * 1e9) as u64;
    #[cfg(not(target_arch = "wasm32"))]
    {
        let end = mono_nanos(vm) + total;
        loop {
            if vm.host.interrupted() {
                return Err(PyErr::new(ExcType::KeyboardInterrupt, ""));
            }
            let now = mono_nanos(vm);
            if now >= end {
                break;
            }
            std::thread::sleep(std::time::Duration::from_nanos((end - now).min(50_000_000)));
        }
    }
    #[cfg(target_arch = "wasm32")]
    match vm.host.sleep(total as f64 / 1e9) {
        Some(true) => return Err(PyErr::new(ExcType::KeyboardInterrupt, "")),
        Some(false) => {}
        None => {
            if vm.host.interrupted() {
                return Err(PyErr::new(ExcType::KeyboardInterrupt, ""));
            }
            FAKE_NANOS.with(|c| c.set(c.get() + total));
        }
    }
    Ok(Value::None)
}

/// Calendar functions. There is no time zone database: local time is UTC.
const PY_SOURCE: &str = r#"
_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

class struct_time(tuple):
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 9:
            raise TypeError(f'time.struct_time() takes a 9-sequence ({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    @property
    def tm_zone(self):
        return self.__dict__.get('_zone', 'UTC')

    @property
    def tm_gmtoff(self):
        return 0

    def __repr__(self):
        parts = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self))
        return f'time.struct_time({parts})'

def _field(index):
    return property(lambda self: self[index])

for _i, _name in enumerate(_FIELDS):
    setattr(struct_time, _name, _field(_i))
del _i, _name

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def _civil(days):
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y = yoe + era * 400 + (1 if m <= 2 else 0)
    return y, m, d

def _days_from_civil(y, m, d):
    y -= 1 if m <= 2 else 0
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m - 3 if m > 2 else m + 9) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468

def gmtime(secs=None):
    if secs is None:
        secs = time()
    secs = int(secs // 1)
    days, rem = divmod(secs, 86400)
    y, m, d = _civil(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    t = struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7, yday, 0))
    t._zone = 'GMT'
    return t

def localtime(secs=None):
    t = gmtime(secs)
    t._zone = 'UTC'
    return t

def mktime(t):
    t = tuple(t)
    days = _days_from_civil(t[0], t[1], t[2])
    return float(days * 86400 + t[3] * 3600 + t[4] * 60 + t[5])

timegm = None
del timegm

def _tuple_or_now(t):
    return localtime() if t is None else tuple(t)

def asctime(t=None):
    t = _tuple_or_now(t)
    return f'{_DAYS[t[6]][:3]} {_MONTHS[t[1] - 1][:3]} {t[2]:2d} {t[3]:02d}:{t[4]:02d}:{t[5]:02d} {t[0]}'

def ctime(secs=None):
    return asctime(localtime(secs))

def _directive(c, t, zone):
    y, mo, d, h, mi, s, wd, yd = t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]
    if c == 'Y': return str(y)
    if c == 'y': return f'{y % 100:02d}'
    if c == 'm': return f'{mo:02d}'
    if c == 'd': return f'{d:02d}'
    if c == 'e': return f'{d:2d}'
    if c == 'H': return f'{h:02d}'
    if c == 'I': return f'{(h % 12) or 12:02d}'
    if c == 'M': return f'{mi:02d}'
    if c == 'S': return f'{s:02d}'
    if c == 'p': return 'AM' if h < 12 else 'PM'
    if c == 'a': return _DAYS[wd][:3]
    if c == 'A': return _DAYS[wd]
    if c == 'b' or c == 'h': return _MONTHS[mo - 1][:3]
    if c == 'B': return _MONTHS[mo - 1]
    if c == 'j': return f'{yd:03d}'
    if c == 'w': return str((wd + 1) % 7)
    if c == 'u': return str(wd + 1)
    if c == 'U': return f'{(yd - 1 + 7 - (wd + 1) % 7) // 7:02d}'
    if c == 'W': return f'{(yd - 1 + 7 - wd) // 7:02d}'
    if c == 'c': return asctime(t)
    if c == 'x': return f'{mo:02d}/{d:02d}/{y % 100:02d}'
    if c == 'X' or c == 'T': return f'{h:02d}:{mi:02d}:{s:02d}'
    if c == 'D': return f'{mo:02d}/{d:02d}/{y % 100:02d}'
    if c == 'F': return f'{y}-{mo:02d}-{d:02d}'
    if c == 'R': return f'{h:02d}:{mi:02d}'
    if c == 'Z': return zone
    if c == 'z': return '+0000'
    if c == 'n': return '\n'
    if c == 't': return '\t'
    if c == '%': return '%'
    return '%' + c

def strftime(format, t=None):
    if t is None:
        t = localtime()
    zone = t.tm_zone if isinstance(t, struct_time) else 'UTC'
    t = tuple(t)
    out = []
    i = 0
    while i < len(format):
        ch = format[i]
        if ch == '%' and i + 1 < len(format):
            out.append(_directive(format[i + 1], t, zone))
            i += 2
            continue
        out.append(ch)
        i += 1
    return ''.join(out)
"#;
