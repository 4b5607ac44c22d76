//! The `time` module: clocks and `sleep`.
//!
//! On wasm there is no clock in std; the clocks there advance by a fixed
//! step per call (and by the slept amount), so timing code still runs.

use std::rc::Rc;

use super::util::{add_fns, real};
use crate::builtins::check_args;
use crate::objects::{Args, PyDict, PyResult, Value};
use crate::vm::{ExcType, PyErr, Vm};

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The fake clock's position in nanoseconds (advanced by calls and `sleep`).
    static FAKE_NANOS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

pub fn fill(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_fns(d, "time", &[
        ("time", time), ("time_ns", time_ns), ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns), ("monotonic", perf_counter),
        ("monotonic_ns", perf_counter_ns), ("process_time", perf_counter),
        ("process_time_ns", perf_counter_ns), ("sleep", sleep),
    ]);
    d.set_item_str("timezone", Value::Int(0));
    d.set_item_str("altzone", Value::Int(0));
    d.set_item_str("daylight", Value::Int(0));
    Ok(())
}

/// Nanoseconds since the Unix epoch.
#[cfg(not(target_arch = "wasm32"))]
fn wall_nanos() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

/// Nanoseconds of a monotonic clock.
#[cfg(not(target_arch = "wasm32"))]
fn mono_nanos() -> u64 {
    thread_local! {
        static START: std::time::Instant = std::time::Instant::now();
    }
    START.with(|s| s.elapsed().as_nanos() as u64) + 1_000_000
}

#[cfg(target_arch = "wasm32")]
fn wall_nanos() -> u64 {
    1_700_000_000_000_000_000 + mono_nanos()
}

#[cfg(target_arch = "wasm32")]
fn mono_nanos() -> u64 {
    FAKE_NANOS.with(|c| {
        c.set(c.get() + 1_000);
        c.get()
    })
}

fn time(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("time", &args, 0, 0)?;
    Ok(Value::Float(wall_nanos() as f64 / 1e9))
}

fn time_ns(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("time_ns", &args, 0, 0)?;
    Ok(Value::Int(wall_nanos() as i64))
}

fn perf_counter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("perf_counter", &args, 0, 0)?;
    Ok(Value::Float(mono_nanos() as f64 / 1e9))
}

fn perf_counter_ns(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("perf_counter_ns", &args, 0, 0)?;
    Ok(Value::Int(mono_nanos() as i64))
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
        let end = mono_nanos() + total;
        loop {
            if vm.host.interrupted() {
                return Err(PyErr::new(ExcType::KeyboardInterrupt, ""));
            }
            let now = mono_nanos();
            if now >= end {
                break;
            }
            std::thread::sleep(std::time::Duration::from_nanos((end - now).min(50_000_000)));
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        if vm.host.interrupted() {
            return Err(PyErr::new(ExcType::KeyboardInterrupt, ""));
        }
        FAKE_NANOS.with(|c| c.set(c.get() + total));
    }
    Ok(Value::None)
}
