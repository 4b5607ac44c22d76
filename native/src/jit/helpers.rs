//! The Rust side of compiled code's calls: `extern "C"` helpers for the
//! instructions a region does not translate inline (boxed objects: list
//! indexing and stores, list iteration, locals holding objects, float
//! powers). Each one checks its own guards and either does the whole
//! instruction or does nothing and answers [`MISS`], so the machine code
//! can leave through a side exit at that instruction with the frame rebuilt
//! exactly and the interpreter runs it (raising `IndexError`, calling
//! `__getitem__` of a subclass...).
//!
//! Where boxed values live while a region runs: a local the region does not
//! unbox (`Ty::Obj`) stays in its frame slot, which is authoritative; a boxed
//! value the region pushed (`Ty::Obj` on its stack) sits in `Ctx::objs` at its
//! stack position. Helpers get the frame and that scratch through [`Ctx`].

use brisk::objects::{IterState, PyDict, Value};
use brisk::specialize::load_global::cached_entry;
use brisk::specialize::subscr::index;
use brisk::vm::Frame;

/// Status of a helper: done.
pub const OK: i64 = 0;
/// Status of a helper: a guard failed and nothing changed.
pub const MISS: i64 = 1;
/// Status of the list-iterator helper: the iterator is exhausted (nothing changed).
pub const DONE: i64 = 2;

/// What compiled code expects a value to be (the helpers' `want`).
pub const WANT_INT: i64 = 0;
pub const WANT_FLOAT: i64 = 1;
pub const WANT_BOOL: i64 = 2;
pub const WANT_OBJ: i64 = 3;

/// The context a region runs with. `word` is first so machine code reads a
/// helper's unboxed result at offset 0.
#[repr(C)]
pub struct Ctx {
    pub word: i64,
    pub frame: *mut Frame,
    /// Boxed values on the region's stack, by stack position.
    pub objs: Vec<Value>,
    /// Values whose drop might run a finalizer (`__del__`, weakref
    /// callbacks): kept until the region has left, so their drop happens in
    /// the interpreter's time, never inside machine code.
    pub dead: Vec<Value>,
    /// The VM's builtins (null when the tier was not given them).
    pub builtins: *const PyDict,
}

impl Ctx {
    fn frame(&mut self) -> &mut Frame {
        // SAFETY: `Region::run` sets `frame` from the `&mut Frame` it holds
        // for the whole call of the machine code and touches the frame only
        // after that call returned; helpers run inside that call, one at a
        // time (machine code is single-threaded and helpers do not nest), so
        // this is the only live reference to the frame.
        unsafe { &mut *self.frame }
    }

    /// The boxed value a source names: `src >= 0` is a frame slot (a local
    /// held as an object), `src < 0` the scratch position `-1 - src`.
    fn peek(&self, src: i64) -> Option<&Value> {
        if src >= 0 {
            // SAFETY: as in `frame`; the shared borrow lives as long as `&self`.
            let frame: &Frame = unsafe { &*self.frame };
            frame.stack.get(src as usize)
        } else {
            self.objs.get((-1 - src) as usize)
        }
    }

    fn get(&self, src: i64) -> Option<Value> {
        self.peek(src).cloned()
    }

    fn put(&mut self, p: i64, v: Value) {
        if let Some(slot) = self.objs.get_mut(p as usize) {
            let old = std::mem::replace(slot, v);
            self.bury(old);
        }
    }

    fn bury(&mut self, old: Value) {
        if !drops_quietly(&old) {
            self.dead.push(old);
        }
    }
}

/// Whether dropping `v` here cannot free an object (so cannot queue a
/// finalizer or weakref callback): a value stored inline, a str, or a
/// reference that is not the last one.
pub fn drops_quietly(v: &Value) -> bool {
    if v.owns_nothing() {
        return true;
    }
    match v {
        Value::Str(_) | Value::BigInt(_) => true,
        Value::List(r) => std::rc::Rc::strong_count(r) > 1,
        Value::Tuple(r) => std::rc::Rc::strong_count(r) > 1,
        Value::Dict(r) => std::rc::Rc::strong_count(r) > 1,
        Value::Instance(r) => std::rc::Rc::strong_count(r) > 1,
        Value::Function(r) => std::rc::Rc::strong_count(r) > 1,
        Value::Builtin(r) => std::rc::Rc::strong_count(r) > 1,
        Value::Iter(r) => std::rc::Rc::strong_count(r) > 1,
        _ => false,
    }
}

/// `v` unboxed as `want`, if it is of that kind.
fn unbox(v: &Value, want: i64) -> Option<i64> {
    match (want, v) {
        (WANT_INT, Value::Int(i)) => Some(*i),
        (WANT_FLOAT, Value::Float(f)) => Some(f.get().to_bits() as i64),
        (WANT_BOOL, Value::Bool(b)) => Some(i64::from(*b)),
        _ => None,
    }
}

/// A value machine code handed over: unboxed `word` of kind `ty`, or the
/// boxed value at `src` for [`WANT_OBJ`].
fn boxed(ctx: &mut Ctx, ty: i64, word: i64, src: i64) -> Option<Value> {
    match ty {
        WANT_INT => Some(Value::Int(word)),
        WANT_FLOAT => Some(Value::float(f64::from_bits(word as u64))),
        WANT_BOOL => Some(Value::bool(word != 0)),
        _ => ctx.get(src),
    }
}

/// Delivers a result: unboxed into `ctx.word`, or boxed at scratch `out`.
/// `MISS` (nothing delivered) when `v` is not of the kind wanted.
fn deliver(ctx: &mut Ctx, v: Value, want: i64, out: i64) -> i64 {
    if want == WANT_OBJ {
        ctx.put(out, v);
        return OK;
    }
    match unbox(&v, want) {
        Some(w) => {
            ctx.word = w;
            OK
        }
        None => MISS,
    }
}

/// BINARY_SUBSCR of an exact list or tuple by an int in range.
pub extern "C" fn subscr(ctx: *mut Ctx, src: i64, i: i64, want: i64, out: i64) -> i64 {
    // SAFETY: `ctx` is the `&mut Ctx` `Region::run` passed to the machine
    // code, which hands it unchanged to each helper it calls; nothing else
    // uses it during the call.
    let ctx = unsafe { &mut *ctx };
    let item = (|| match ctx.peek(src) {
        Some(Value::List(l)) => {
            // `try_`: a borrow cannot be live while the VM waits for the
            // region, but a miss is always safe where a panic would abort.
            let items = l.items.try_borrow().ok()?;
            index(i, items.len()).map(|j| items[j].clone())
        }
        Some(Value::Tuple(t)) => index(i, t.items.len()).map(|j| t.items[j].clone()),
        _ => None,
    })();
    match item {
        Some(v) => deliver(ctx, v, want, out),
        None => MISS,
    }
}

/// STORE_SUBSCR into an exact list at an int in range, when the value
/// replaced drops quietly (else the interpreter stores and runs finalizers).
pub extern "C" fn store_subscr(ctx: *mut Ctx, src: i64, i: i64, ty: i64, word: i64, vsrc: i64) -> i64 {
    // SAFETY: as in `subscr`.
    let ctx = unsafe { &mut *ctx };
    let Some(v) = boxed(ctx, ty, word, vsrc) else { return MISS };
    let Some(Value::List(l)) = ctx.peek(src) else { return MISS };
    let Ok(mut items) = l.items.try_borrow_mut() else { return MISS };
    let Some(j) = index(i, items.len()) else { return MISS };
    // The list holds the only reference when the count is 1: then the drop
    // would free the item here.
    if !drops_quietly(&items[j]) {
        return MISS;
    }
    let old = std::mem::replace(&mut items[j], v);
    drop(items);
    drop(old);
    OK
}

/// STORE_FAST of a boxed value into a frame slot, when what it replaces drops quietly.
pub extern "C" fn store_local(ctx: *mut Ctx, slot: i64, src: i64) -> i64 {
    // SAFETY: as in `subscr`.
    let ctx = unsafe { &mut *ctx };
    let Some(v) = ctx.get(src) else { return MISS };
    let Some(old) = ctx.frame().stack.get(slot as usize) else { return MISS };
    if !drops_quietly(old) {
        return MISS;
    }
    let old = std::mem::replace(&mut ctx.frame().stack[slot as usize], v);
    drop(old);
    OK
}

/// COPY of a boxed value between scratch positions.
pub extern "C" fn copy_obj(ctx: *mut Ctx, from: i64, to: i64) -> i64 {
    // SAFETY: as in `subscr`.
    let ctx = unsafe { &mut *ctx };
    let v = ctx.get(-1 - from).unwrap_or_default();
    ctx.put(to, v);
    OK
}

/// SWAP of two scratch positions (either may be unused).
pub extern "C" fn swap_obj(ctx: *mut Ctx, a: i64, b: i64) -> i64 {
    // SAFETY: as in `subscr`.
    let ctx = unsafe { &mut *ctx };
    let n = ctx.objs.len() as i64;
    if (0..n).contains(&a) && (0..n).contains(&b) {
        ctx.objs.swap(a as usize, b as usize);
    }
    OK
}

/// FOR_ITER over the list iterator on top of the frame's stack: the next
/// item as `want`. `DONE` when exhausted and `MISS` when the item is of
/// another kind, both without advancing (the interpreter's FOR_ITER then
/// runs as if the region had not been there).
pub extern "C" fn list_next(ctx: *mut Ctx, want: i64, out: i64) -> i64 {
    // SAFETY: as in `subscr`.
    let ctx = unsafe { &mut *ctx };
    let item = {
        let Some(Value::Iter(it)) = ctx.frame().stack.last() else { return MISS };
        let Ok(mut st) = it.state.try_borrow_mut() else { return MISS };
        let IterState::List { list, idx } = &mut *st else { return MISS };
        let Ok(items) = list.items.try_borrow() else { return MISS };
        let Some(v) = items.get(*idx) else { return DONE };
        if want != WANT_OBJ && unbox(v, want).is_none() {
            return MISS;
        }
        let v = v.clone();
        drop(items);
        *idx += 1;
        v
    };
    deliver(ctx, item, want, out)
}

/// `a ** b` of floats where the interpreter's `float_pow` does not raise
/// (its three error conditions, mirrored); the same `powf` otherwise.
pub extern "C" fn float_pow(ctx: *mut Ctx, a: f64, b: f64) -> i64 {
    // SAFETY: as in `subscr`.
    let ctx = unsafe { &mut *ctx };
    if (a == 0.0 && b < 0.0) || (a < 0.0 && b.fract() != 0.0 && b.is_finite()) {
        return MISS;
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return MISS;
    }
    ctx.word = r.to_bits() as i64;
    OK
}

/// LOAD_GLOBAL at the entry the specializer cached (`keys`, `aux`, `index`
/// copied from its inline cache when compiled): a module global when
/// `builtin` is 0, else a builtin, valid only while the globals (and the
/// builtins) keep the layout the cache recorded, exactly the guards of
/// LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN.
pub extern "C" fn load_global(
    ctx: *mut Ctx,
    keys: i64,
    aux: i64,
    index: i64,
    builtin: i64,
    want: i64,
    out: i64,
) -> i64 {
    // SAFETY: as in `subscr`.
    let ctx = unsafe { &mut *ctx };
    let (keys, aux, index) = (keys as u64, aux as u64, index as u32);
    let found = if builtin == 0 {
        cached_entry(&ctx.frame().globals, keys, index)
    } else if ctx.builtins.is_null() || ctx.frame().globals.keys_id() != keys {
        None
    } else {
        // SAFETY: `builtins` is non-null, so `Region::run` set it from the
        // `Rc<PyDict>` the tier holds, alive for the whole call.
        cached_entry(unsafe { &*ctx.builtins }, aux, index)
    };
    match found {
        Some(v) => deliver(ctx, v, want, out),
        None => MISS,
    }
}

/// CALL_LEN: `len(x)` when the callable is still the builtin the
/// specializer saw (its function's address) and `x` a list, tuple or str.
pub extern "C" fn call_len(ctx: *mut Ctx, callable: i64, addr: i64, src: i64) -> i64 {
    // SAFETY: as in `subscr`.
    let ctx = unsafe { &mut *ctx };
    match ctx.peek(callable) {
        Some(Value::Builtin(b)) if b.func as usize as u64 == addr as u64 => {}
        _ => return MISS,
    }
    let n = match ctx.peek(src) {
        Some(Value::List(l)) => match l.items.try_borrow() {
            Ok(items) => items.len(),
            Err(_) => return MISS,
        },
        Some(Value::Tuple(t)) => t.items.len(),
        Some(Value::Str(s)) => s.char_len(),
        _ => return MISS,
    };
    ctx.word = n as i64;
    OK
}

/// LIST_APPEND (comprehensions): appends to the list being built, which
/// lies below the region's part of the stack or in it. Appending frees
/// nothing, so there is no finalizer to wait for.
pub extern "C" fn list_append(ctx: *mut Ctx, src: i64, ty: i64, word: i64, vsrc: i64) -> i64 {
    // SAFETY: as in `subscr`.
    let ctx = unsafe { &mut *ctx };
    let Some(v) = boxed(ctx, ty, word, vsrc) else { return MISS };
    match ctx.peek(src) {
        Some(Value::List(l)) => match l.items.try_borrow_mut() {
            Ok(mut items) => {
                items.push(v);
                OK
            }
            Err(_) => MISS,
        },
        _ => MISS,
    }
}

/// LOAD_DEREF: a cell's or free variable's value; an empty cell is a miss
/// (the interpreter raises `NameError` / `UnboundLocalError`).
pub extern "C" fn load_deref(ctx: *mut Ctx, i: i64, want: i64, out: i64) -> i64 {
    // SAFETY: as in `subscr`.
    let ctx = unsafe { &mut *ctx };
    let v = match ctx.frame().cells.get(i as usize).map(|c| c.value.try_borrow()) {
        Some(Ok(v)) if !matches!(*v, Value::Null) => v.clone(),
        _ => return MISS,
    };
    deliver(ctx, v, want, out)
}
