//! The instruction set, declared once.
//!
//! Every instruction appears exactly once in the `instructions!` table below
//! with its family, argument kind, stack effect, inline-cache size and a
//! one-line description. The `Op` enum, the disassembler, the specializer's
//! family map and the page's legend are all derived from this table, in the
//! spirit of CPython's `Python/bytecodes.c`.

pub mod dis;

use std::cell::Cell;

/// How an instruction's argument is interpreted (for the disassembler).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The argument is unused.
    None,
    /// A plain count or flag word.
    Count,
    /// Index into `Code::consts`.
    Const,
    /// Index into `Code::names`.
    Name,
    /// `Code::names` index shifted left by one; the low bit is a flag.
    NameFlag,
    /// Index into `Code::varnames` (fast locals).
    Local,
    /// Index into cell variables followed by free variables.
    Deref,
    /// An absolute instruction index.
    Jump,
    /// A `BinOp` discriminant.
    BinaryOp,
    /// A `CmpOp` discriminant.
    CompareOp,
}

macro_rules! instructions {
    ( $( $name:ident : $family:ident, $argkind:ident, cache $cache:literal,
         |$arg:ident| $effect:expr, $doc:literal; )* ) => {
        /// One opcode. Specialized forms share a family with their generic form.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $( $name, )* }

        impl Op {
            /// Every opcode, in declaration order.
            pub const ALL: &'static [Op] = &[ $( Op::$name, )* ];

            /// The CPython-style upper-case name.
            pub fn name(self) -> &'static str {
                match self { $( Op::$name => stringify!($name), )* }
            }
            /// The generic instruction this one specializes (itself when generic).
            pub fn family(self) -> Op {
                match self { $( Op::$name => Op::$family, )* }
            }
            /// How the argument is shown by the disassembler.
            pub fn arg_kind(self) -> ArgKind {
                match self { $( Op::$name => ArgKind::$argkind, )* }
            }
            /// Number of inline caches this instruction uses (0 or 1): adaptive
            /// families and their specialized forms carry one `InlineCache`
            /// (counter, guard data, statistics; see `specialize/cache.rs`).
            pub fn cache_size(self) -> usize {
                match self { $( Op::$name => $cache, )* }
            }
            /// Whether this is a specialized form of an adaptive family.
            pub fn is_specialized(self) -> bool {
                self.family() != self && self.is_adaptive()
            }
            /// Whether this is a superinstruction (a quickened form without a
            /// cache: it runs its family's instruction and the next one).
            pub fn is_superinstruction(self) -> bool {
                self.family() != self && !self.is_adaptive() && !self.is_tier_form()
            }
            /// Whether this is the native tier's rewrite of its family
            /// (no cache, no second half: the same instruction minus the
            /// tier's bookkeeping).
            pub fn is_tier_form(self) -> bool {
                matches!(self, Op::JUMP_BACKWARD_NO_JIT)
            }
            /// Whether this instruction belongs to an adaptive family.
            pub fn is_adaptive(self) -> bool {
                self.cache_size() > 0
            }
            /// The specialized forms of a family, in table order.
            pub fn specializations(self) -> impl Iterator<Item = Op> {
                Op::ALL.iter().copied().filter(move |o| o.family() == self && *o != self)
            }
            /// Net stack effect when the instruction falls through.
            #[allow(unused_variables)]
            pub fn stack_effect(self, oparg: u32) -> i32 {
                match self { $( Op::$name => (|$arg: i32| -> i32 { $effect })(oparg as i32), )* }
            }
            /// One-line description, shown by `dis --legend` and the page.
            pub fn doc(self) -> &'static str {
                match self { $( Op::$name => $doc, )* }
            }
        }
    };
}

instructions! {
    NOP: NOP, None, cache 0, |a| 0, "Does nothing.";
    POP_TOP: POP_TOP, None, cache 0, |a| -1, "Discards the top of the stack.";
    PUSH_NULL: PUSH_NULL, None, cache 0, |a| 1, "Pushes the NULL marker that CALL reads as 'no self'.";
    COPY: COPY, Count, cache 0, |a| 1, "Pushes a copy of the n-th item from the top.";
    SWAP: SWAP, Count, cache 0, |a| 0, "Swaps the top with the n-th item from the top.";
    LOAD_CONST: LOAD_CONST, Const, cache 0, |a| 1, "Pushes a constant.";
    RETURN_VALUE: RETURN_VALUE, None, cache 0, |a| -1, "Returns the top of the stack to the caller.";

    LOAD_FAST: LOAD_FAST, Local, cache 0, |a| 1, "Pushes a local variable.";
    STORE_FAST: STORE_FAST, Local, cache 0, |a| -1, "Pops into a local variable.";
    DELETE_FAST: DELETE_FAST, Local, cache 0, |a| 0, "Unbinds a local variable.";
    LOAD_DEREF: LOAD_DEREF, Deref, cache 0, |a| 1, "Pushes the contents of a cell or free variable.";
    STORE_DEREF: STORE_DEREF, Deref, cache 0, |a| -1, "Pops into a cell or free variable.";
    DELETE_DEREF: DELETE_DEREF, Deref, cache 0, |a| 0, "Empties a cell.";
    LOAD_CLOSURE: LOAD_CLOSURE, Deref, cache 0, |a| 1, "Pushes the cell object itself (to build a closure).";
    LOAD_FROM_DICT_OR_DEREF: LOAD_FROM_DICT_OR_DEREF, Deref, cache 0, |a| 1, "In a class body: the class namespace, else the enclosing function's cell.";

    LOAD_NAME: LOAD_NAME, Name, cache 0, |a| 1, "Looks a name up in locals, globals, then builtins.";
    STORE_NAME: STORE_NAME, Name, cache 0, |a| -1, "Pops into the locals namespace (module or class body).";
    DELETE_NAME: DELETE_NAME, Name, cache 0, |a| 0, "Deletes a name from the locals namespace.";
    LOAD_GLOBAL: LOAD_GLOBAL, NameFlag, cache 1, |a| 1 + (a & 1), "Looks a name up in globals then builtins; low bit pushes NULL first.";
    STORE_GLOBAL: STORE_GLOBAL, Name, cache 0, |a| -1, "Pops into a global variable.";
    DELETE_GLOBAL: DELETE_GLOBAL, Name, cache 0, |a| 0, "Deletes a global variable.";

    LOAD_ATTR: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "Replaces an object with its attribute; low bit loads a method and self for CALL.";
    STORE_ATTR: STORE_ATTR, Name, cache 1, |a| -2, "obj.name = value (value below obj).";
    DELETE_ATTR: DELETE_ATTR, Name, cache 0, |a| -1, "del obj.name";

    UNARY_NEGATIVE: UNARY_NEGATIVE, None, cache 0, |a| 0, "-x";
    UNARY_POSITIVE: UNARY_POSITIVE, None, cache 0, |a| 0, "+x";
    UNARY_NOT: UNARY_NOT, None, cache 0, |a| 0, "not x (x is already a bool)";
    UNARY_INVERT: UNARY_INVERT, None, cache 0, |a| 0, "~x";
    TO_BOOL: TO_BOOL, None, cache 1, |a| 0, "Converts the top of the stack to a bool.";
    BINARY_OP: BINARY_OP, BinaryOp, cache 1, |a| -1, "A binary or in-place arithmetic operator.";
    COMPARE_OP: COMPARE_OP, CompareOp, cache 1, |a| -1, "A rich comparison (<, <=, ==, !=, >, >=).";
    IS_OP: IS_OP, Count, cache 0, |a| -1, "Identity test; argument 1 negates it.";
    CONTAINS_OP: CONTAINS_OP, Count, cache 1, |a| -1, "Membership test (x in y); argument 1 negates it.";

    BINARY_SUBSCR: BINARY_SUBSCR, None, cache 1, |a| -1, "container[key]";
    STORE_SUBSCR: STORE_SUBSCR, None, cache 1, |a| -3, "container[key] = value";
    DELETE_SUBSCR: DELETE_SUBSCR, None, cache 0, |a| -2, "del container[key]";
    BUILD_SLICE: BUILD_SLICE, Count, cache 0, |a| 1 - a, "Builds a slice from 2 or 3 items.";

    BUILD_TUPLE: BUILD_TUPLE, Count, cache 0, |a| 1 - a, "Builds a tuple from n items.";
    BUILD_LIST: BUILD_LIST, Count, cache 0, |a| 1 - a, "Builds a list from n items.";
    BUILD_SET: BUILD_SET, Count, cache 0, |a| 1 - a, "Builds a set from n items.";
    BUILD_MAP: BUILD_MAP, Count, cache 0, |a| 1 - 2 * a, "Builds a dict from n key/value pairs.";
    BUILD_STRING: BUILD_STRING, Count, cache 0, |a| 1 - a, "Concatenates n strings.";
    LIST_APPEND: LIST_APPEND, Count, cache 0, |a| -1, "Appends to the list n items down (comprehensions).";
    SET_ADD: SET_ADD, Count, cache 0, |a| -1, "Adds to the set n items down (comprehensions).";
    MAP_ADD: MAP_ADD, Count, cache 0, |a| -2, "Adds a key/value pair to the dict n items down.";
    LIST_EXTEND: LIST_EXTEND, Count, cache 0, |a| -1, "Extends the list n items down with an iterable.";
    SET_UPDATE: SET_UPDATE, Count, cache 0, |a| -1, "Updates the set n items down with an iterable.";
    DICT_UPDATE: DICT_UPDATE, Count, cache 0, |a| -1, "Updates the dict n items down with a mapping.";
    DICT_MERGE: DICT_MERGE, Count, cache 0, |a| -1, "Like DICT_UPDATE but duplicate keys are an error (**kwargs).";
    LIST_TO_TUPLE: LIST_TO_TUPLE, None, cache 0, |a| 0, "Converts a list to a tuple.";

    CONVERT_VALUE: CONVERT_VALUE, Count, cache 0, |a| 0, "f-string conversion: 1 str, 2 repr, 3 ascii.";
    FORMAT_SIMPLE: FORMAT_SIMPLE, None, cache 0, |a| 0, "format(value) for an f-string field.";
    FORMAT_WITH_SPEC: FORMAT_WITH_SPEC, None, cache 0, |a| -1, "format(value, spec) for an f-string field.";

    UNPACK_SEQUENCE: UNPACK_SEQUENCE, Count, cache 1, |a| a - 1, "Unpacks an iterable into exactly n items.";
    UNPACK_EX: UNPACK_EX, Count, cache 0, |a| (a & 0xff) + (a >> 8), "Starred unpacking: low byte before, high byte after the star.";

    JUMP_FORWARD: JUMP_FORWARD, Jump, cache 0, |a| 0, "Jumps forward.";
    JUMP_BACKWARD: JUMP_BACKWARD, Jump, cache 0, |a| 0, "Jumps back (a loop edge; checks for interrupts).";
    POP_JUMP_IF_FALSE: POP_JUMP_IF_FALSE, Jump, cache 0, |a| -1, "Pops a bool; jumps if it is False.";
    POP_JUMP_IF_TRUE: POP_JUMP_IF_TRUE, Jump, cache 0, |a| -1, "Pops a bool; jumps if it is True.";
    POP_JUMP_IF_NONE: POP_JUMP_IF_NONE, Jump, cache 0, |a| -1, "Pops; jumps if it is None.";
    POP_JUMP_IF_NOT_NONE: POP_JUMP_IF_NOT_NONE, Jump, cache 0, |a| -1, "Pops; jumps if it is not None.";
    GET_ITER: GET_ITER, None, cache 0, |a| 0, "iter(x)";
    FOR_ITER: FOR_ITER, Jump, cache 1, |a| 1, "Pushes the iterator's next item, or pops it and jumps when exhausted.";

    MAKE_FUNCTION: MAKE_FUNCTION, Count, cache 0, |a| -((a & 1) + ((a >> 1) & 1) + ((a >> 3) & 1)), "Builds a function from a code object (flags: 1 defaults, 2 kwdefaults, 8 closure).";
    CALL: CALL, Count, cache 1, |a| -1 - a, "Calls with n positional arguments: callable, self-or-NULL, args.";
    CALL_KW: CALL_KW, Count, cache 1, |a| -2 - a, "Like CALL; a tuple of keyword names is on top.";
    CALL_FUNCTION_EX: CALL_FUNCTION_EX, Count, cache 0, |a| -2 - (a & 1), "Calls with an args tuple and (flag 1) a kwargs dict.";
    LOAD_BUILD_CLASS: LOAD_BUILD_CLASS, None, cache 0, |a| 1, "Pushes __build_class__.";

    RAISE_VARARGS: RAISE_VARARGS, Count, cache 0, |a| -a, "raise (0: re-raise, 1: exc, 2: exc from cause).";
    RERAISE: RERAISE, None, cache 0, |a| -1, "Re-raises the exception on top, keeping its traceback.";
    PUSH_EXC_INFO: PUSH_EXC_INFO, None, cache 0, |a| 1, "Enters a handler: saves the current exception below the new one.";
    POP_EXCEPT: POP_EXCEPT, None, cache 0, |a| -1, "Leaves a handler: restores the saved exception.";
    CHECK_EXC_MATCH: CHECK_EXC_MATCH, None, cache 0, |a| 0, "Replaces the type on top with whether the exception below matches it.";
    CHECK_EG_MATCH: CHECK_EG_MATCH, None, cache 0, |a| 0, "except*: replaces exception and type with the rest and the matching part (None when nothing matches).";
    PREP_RERAISE_STAR: PREP_RERAISE_STAR, None, cache 0, |a| -1, "except*: replaces the original exception and the list of raised ones with what to re-raise (or None).";
    LOAD_ASSERTION_ERROR: LOAD_ASSERTION_ERROR, None, cache 0, |a| 1, "Pushes AssertionError.";
    BEFORE_WITH: BEFORE_WITH, None, cache 0, |a| 1, "Pushes bound __exit__ and the result of __enter__().";
    WITH_EXCEPT_START: WITH_EXCEPT_START, None, cache 0, |a| 1, "Calls __exit__(type, value, traceback) for the exception on top.";

    YIELD_VALUE: YIELD_VALUE, Count, cache 0, |a| 0, "Yields the top of the stack; the sent value replaces it (1: inside yield from).";
    GET_YIELD_FROM_ITER: GET_YIELD_FROM_ITER, None, cache 0, |a| 0, "iter(x) for yield from (generators pass through).";
    SEND: SEND, Jump, cache 1, |a| 0, "Sends a value into a sub-iterator; jumps with its return value when it finishes.";
    END_SEND: END_SEND, None, cache 0, |a| -1, "Drops the sub-iterator under the return value.";

    IMPORT_NAME: IMPORT_NAME, Name, cache 0, |a| -1, "Imports a module (fromlist and level below).";
    IMPORT_FROM: IMPORT_FROM, Name, cache 0, |a| 1, "Loads an attribute of the module on top (from m import x).";
    IMPORT_STAR: IMPORT_STAR, None, cache 0, |a| -1, "from m import *";

    // ---- Specialized forms (PEP 659). Each shares its family's stack
    // effect and inline cache; `src/specialize/<family>.rs` chooses them
    // and holds their guards.
    LOAD_GLOBAL_MODULE: LOAD_GLOBAL, NameFlag, cache 1, |a| 1 + (a & 1), "A global, at a cached index of the module dict (its keys id checked).";
    LOAD_GLOBAL_BUILTIN: LOAD_GLOBAL, NameFlag, cache 1, |a| 1 + (a & 1), "A builtin, at a cached index of the builtins dict (both dicts' keys ids checked).";

    LOAD_ATTR_INSTANCE_VALUE: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "An instance attribute at a fixed index of a dict with the cached shape (class version checked).";
    LOAD_ATTR_WITH_HINT: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "An instance attribute found at a hinted index of an unshared dict.";
    LOAD_ATTR_SLOT: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "A __slots__ attribute, by slot index.";
    LOAD_ATTR_MODULE: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "A module attribute at a cached index of the module dict.";
    LOAD_ATTR_CLASS: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "An attribute of a class object, at a cached place in its MRO.";
    LOAD_ATTR_METHOD_WITH_VALUES: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "A method of an instance whose dict (shape checked) does not shadow it: pushes the function and self.";
    LOAD_ATTR_METHOD_POLY: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "A method of instances of up to eight classes (a site that has seen several), each checked as LOAD_ATTR_METHOD_WITH_VALUES checks its one.";
    LOAD_ATTR_METHOD_NO_DICT: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "A method of an object without a __dict__ (builtin values, __slots__ instances): function and self.";
    LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "A plain class attribute (not a descriptor) read through an instance whose dict does not shadow it.";

    LOAD_ATTR_PROPERTY: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "A property whose getter is a Python function: enters the getter as a frame.";
    LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN: LOAD_ATTR, NameFlag, cache 1, |a| a & 1, "An attribute of an instance whose class defines __getattribute__ in Python: enters it as a frame.";

    STORE_ATTR_INSTANCE_VALUE: STORE_ATTR, Name, cache 1, |a| -2, "Stores into, or adds, an attribute of an instance dict with the cached shape.";
    STORE_ATTR_WITH_HINT: STORE_ATTR, Name, cache 1, |a| -2, "Stores into an existing attribute at a hinted index of an unshared dict.";
    STORE_ATTR_SLOT: STORE_ATTR, Name, cache 1, |a| -2, "Stores into a __slots__ attribute.";

    CALL_PY_EXACT_ARGS: CALL, Count, cache 1, |a| -1 - a, "Enters a Python function (id checked) whose parameters match the arguments exactly.";
    CALL_PY_WITH_DEFAULTS: CALL, Count, cache 1, |a| -1 - a, "Enters a Python function, filling missing arguments from its defaults.";
    CALL_BOUND_METHOD_EXACT_ARGS: CALL, Count, cache 1, |a| -1 - a, "Enters the function of a bound method with self as the first argument.";
    CALL_PY_GENERAL: CALL, Count, cache 1, |a| -1 - a, "Enters any plain Python function whose parameters (with defaults) take the arguments: a site that has called several.";
    CALL_BOUND_METHOD_GENERAL: CALL, Count, cache 1, |a| -1 - a, "Enters the function of any bound method whose parameters take self and the arguments: a site that has called several.";
    CALL_BUILTIN_O: CALL, Count, cache 1, |a| -1 - a, "Calls a builtin function (address checked) with one argument from the stack.";
    CALL_BUILTIN_FAST: CALL, Count, cache 1, |a| -1 - a, "Calls a builtin function with its arguments where they lie on the stack.";
    CALL_METHOD_DESCRIPTOR_NOARGS: CALL, Count, cache 1, |a| -1 - a, "Calls a builtin type's method with only self (s.upper()).";
    CALL_METHOD_DESCRIPTOR_O: CALL, Count, cache 1, |a| -1 - a, "Calls a builtin type's method with self and one argument.";
    CALL_METHOD_DESCRIPTOR_FAST: CALL, Count, cache 1, |a| -1 - a, "Calls a builtin type's method with self and several arguments.";
    CALL_LEN: CALL, Count, cache 1, |a| -1 - a, "len(x), inline for builtin containers.";
    CALL_ISINSTANCE: CALL, Count, cache 1, |a| -1 - a, "isinstance(x, cls).";
    CALL_LIST_APPEND: CALL, Count, cache 1, |a| -1 - a, "list.append(x), inline.";
    CALL_TYPE_1: CALL, Count, cache 1, |a| -1 - a, "type(x).";
    CALL_STR_1: CALL, Count, cache 1, |a| -1 - a, "str(x).";
    CALL_TUPLE_1: CALL, Count, cache 1, |a| -1 - a, "tuple(x).";
    CALL_BUILTIN_CLASS: CALL, Count, cache 1, |a| -1 - a, "Calls a builtin class (int, float, list...; version checked) directly.";
    CALL_ALLOC_AND_ENTER_INIT: CALL, Count, cache 1, |a| -1 - a, "Instantiates a class (version checked): allocates the object and enters its Python __init__ inline.";
    CALL_KW_PY: CALL_KW, Count, cache 1, |a| -2 - a, "Enters a Python function (id checked) with keyword arguments, binding them without a dispatch.";
    CALL_KW_BOUND_METHOD: CALL_KW, Count, cache 1, |a| -2 - a, "Like CALL_KW_PY for a bound method.";
    CALL_KW_NON_PY: CALL_KW, Count, cache 1, |a| -2 - a, "Calls a builtin function (address checked) with keyword arguments.";
    SEND_GEN: SEND, Jump, cache 1, |a| 0, "Sends a value into a generator (yield from / await) without the generic dispatch.";

    TO_BOOL_BOOL: TO_BOOL, None, cache 1, |a| 0, "TO_BOOL of a bool: nothing to do.";
    TO_BOOL_INT: TO_BOOL, None, cache 1, |a| 0, "TO_BOOL of an int: non-zero.";
    TO_BOOL_NONE: TO_BOOL, None, cache 1, |a| 0, "TO_BOOL of None: False.";
    TO_BOOL_STR: TO_BOOL, None, cache 1, |a| 0, "TO_BOOL of a str: non-empty.";
    TO_BOOL_LIST: TO_BOOL, None, cache 1, |a| 0, "TO_BOOL of a list: non-empty.";
    TO_BOOL_ALWAYS_TRUE: TO_BOOL, None, cache 1, |a| 0, "TO_BOOL of an instance whose class (version-checked) has no __bool__ or __len__.";

    BINARY_OP_ADD_INT: BINARY_OP, BinaryOp, cache 1, |a| -1, "int + int (machine word; overflow takes the generic path).";
    BINARY_OP_SUBTRACT_INT: BINARY_OP, BinaryOp, cache 1, |a| -1, "int - int (machine word).";
    BINARY_OP_MULTIPLY_INT: BINARY_OP, BinaryOp, cache 1, |a| -1, "int * int (machine word).";
    BINARY_OP_ADD_FLOAT: BINARY_OP, BinaryOp, cache 1, |a| -1, "float + float.";
    BINARY_OP_SUBTRACT_FLOAT: BINARY_OP, BinaryOp, cache 1, |a| -1, "float - float.";
    BINARY_OP_MULTIPLY_FLOAT: BINARY_OP, BinaryOp, cache 1, |a| -1, "float * float.";
    BINARY_OP_ADD_UNICODE: BINARY_OP, BinaryOp, cache 1, |a| -1, "str + str.";
    BINARY_OP_INPLACE_ADD_UNICODE: BINARY_OP, BinaryOp, cache 1, |a| -1, "s += str where s is a local stored right after: appends in place when s is not shared.";
    BINARY_OP_EXTEND: BINARY_OP, BinaryOp, cache 1, |a| -1, "Another int/float operator pair; the cache names which one (see specialize/binary_op.rs).";

    COMPARE_OP_INT: COMPARE_OP, CompareOp, cache 1, |a| -1, "Compares two ints (bools count as ints).";
    COMPARE_OP_FLOAT: COMPARE_OP, CompareOp, cache 1, |a| -1, "Compares two floats.";
    COMPARE_OP_STR: COMPARE_OP, CompareOp, cache 1, |a| -1, "Compares two strs.";

    CONTAINS_OP_SET: CONTAINS_OP, Count, cache 1, |a| -1, "x in set/frozenset.";
    CONTAINS_OP_DICT: CONTAINS_OP, Count, cache 1, |a| -1, "x in dict.";

    BINARY_SUBSCR_LIST_INT: BINARY_SUBSCR, None, cache 1, |a| -1, "list[int].";
    BINARY_SUBSCR_TUPLE_INT: BINARY_SUBSCR, None, cache 1, |a| -1, "tuple[int].";
    BINARY_SUBSCR_STR_INT: BINARY_SUBSCR, None, cache 1, |a| -1, "str[int] (ASCII strings index in O(1)).";
    BINARY_SUBSCR_DICT: BINARY_SUBSCR, None, cache 1, |a| -1, "dict[key].";
    STORE_SUBSCR_LIST_INT: STORE_SUBSCR, None, cache 1, |a| -3, "list[int] = value.";
    STORE_SUBSCR_DICT: STORE_SUBSCR, None, cache 1, |a| -3, "dict[key] = value.";

    UNPACK_SEQUENCE_TWO_TUPLE: UNPACK_SEQUENCE, Count, cache 1, |a| a - 1, "Unpacks a 2-tuple.";
    UNPACK_SEQUENCE_TUPLE: UNPACK_SEQUENCE, Count, cache 1, |a| a - 1, "Unpacks a tuple of the right length.";
    UNPACK_SEQUENCE_LIST: UNPACK_SEQUENCE, Count, cache 1, |a| a - 1, "Unpacks a list of the right length.";

    FOR_ITER_RANGE: FOR_ITER, Jump, cache 1, |a| 1, "Next int of a range iterator.";
    FOR_ITER_LIST: FOR_ITER, Jump, cache 1, |a| 1, "Next item of a list iterator.";
    FOR_ITER_TUPLE: FOR_ITER, Jump, cache 1, |a| 1, "Next item of a tuple iterator.";
    FOR_ITER_STR: FOR_ITER, Jump, cache 1, |a| 1, "Next character of a str iterator (ASCII characters are shared, not allocated).";
    FOR_ITER_GEN: FOR_ITER, Jump, cache 1, |a| 1, "Resumes a generator for the next item.";

    // ---- Superinstructions (CPython 3.11's set), formed once per code
    // object when quickening is on (`specialize/fuse.rs`). Each runs its own
    // instruction and then the one after it, which stays in the stream (a
    // jump to it still finds it), saving one dispatch. The family is the
    // first instruction: what the native tier and the disassembler read it as.
    LOAD_FAST__LOAD_FAST: LOAD_FAST, Local, cache 0, |a| 1, "LOAD_FAST, then the LOAD_FAST after it, in one dispatch.";
    LOAD_FAST__LOAD_CONST: LOAD_FAST, Local, cache 0, |a| 1, "LOAD_FAST, then the LOAD_CONST after it, in one dispatch.";
    LOAD_CONST__LOAD_FAST: LOAD_CONST, Const, cache 0, |a| 1, "LOAD_CONST, then the LOAD_FAST after it, in one dispatch.";
    STORE_FAST__LOAD_FAST: STORE_FAST, Local, cache 0, |a| -1, "STORE_FAST, then the LOAD_FAST after it, in one dispatch.";
    STORE_FAST__STORE_FAST: STORE_FAST, Local, cache 0, |a| -1, "STORE_FAST, then the STORE_FAST after it, in one dispatch.";

    // Structural pattern matching (`match`); implemented in vm/pattern.rs.
    MATCH_SEQUENCE: MATCH_SEQUENCE, None, cache 0, |a| 1, "Pushes whether the subject on top is a sequence for `case [...]`.";
    MATCH_MAPPING: MATCH_MAPPING, None, cache 0, |a| 1, "Pushes whether the subject on top is a mapping for `case {...}`.";
    GET_LEN: GET_LEN, None, cache 0, |a| 1, "Pushes len() of the item on top (kept).";
    MATCH_KEYS: MATCH_KEYS, None, cache 0, |a| 1, "Pushes a tuple of the subject's values for the keys tuple on top, or None.";
    MATCH_CLASS: MATCH_CLASS, Count, cache 0, |a| -2, "Subject, class, keyword names: pushes the tuple of matched attributes, or None.";
    COPY_DICT_WITHOUT_KEYS: COPY_DICT_WITHOUT_KEYS, None, cache 0, |a| 0, "Replaces the keys tuple on top with a dict of the subject's other items (**rest).";

    // Coroutines (`await`, `async for`, `async with`); implemented in vm/coroutine.rs.
    GET_AWAITABLE: GET_AWAITABLE, None, cache 0, |a| 0, "Replaces the top with the iterator that awaiting it drives (a coroutine, or __await__()).";
    GET_AITER: GET_AITER, None, cache 0, |a| 0, "Replaces the top with its __aiter__().";
    GET_ANEXT: GET_ANEXT, None, cache 0, |a| 1, "Pushes the awaitable of __anext__() of the async iterator on top (kept).";
    END_ASYNC_FOR: END_ASYNC_FOR, None, cache 0, |a| -2, "Ends `async for` on StopAsyncIteration (drops it and the iterator); re-raises anything else.";
    BEFORE_ASYNC_WITH: BEFORE_ASYNC_WITH, None, cache 0, |a| 1, "Pushes bound __aexit__ and the awaitable of __aenter__().";

    // Values of types written in Python (vm/lazy.rs).
    MAKE_COMPLEX: MAKE_COMPLEX, None, cache 0, |a| 0, "Replaces the constant (real, imag) on top with a complex number (imaginary literals).";

    // ---- The native tier's form (`vm/tier.rs`). Written over a
    // `JUMP_BACKWARD` whose loop the tier declined or gave up on, so that
    // back-edge costs exactly what it costs without a tier; never undone.
    JUMP_BACKWARD_NO_JIT: JUMP_BACKWARD, Jump, cache 0, |a| 0, "A loop edge the native tier will not compile: checks for interrupts only, never consults the tier.";
}

/// Binary operators, in CPython's `BINARY_OP` argument order.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    And,
    FloorDivide,
    LShift,
    MatMul,
    Multiply,
    Remainder,
    Or,
    Power,
    RShift,
    Subtract,
    TrueDivide,
    Xor,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDivide,
        BinOp::LShift,
        BinOp::MatMul,
        BinOp::Multiply,
        BinOp::Remainder,
        BinOp::Or,
        BinOp::Power,
        BinOp::RShift,
        BinOp::Subtract,
        BinOp::TrueDivide,
        BinOp::Xor,
    ];
    /// In-place variants are encoded as `op + INPLACE`.
    pub const INPLACE: u32 = 13;

    /// Decodes a `BINARY_OP` argument into (operator, in-place?).
    pub fn decode(arg: u32) -> (BinOp, bool) {
        let inplace = arg >= Self::INPLACE;
        let idx = if inplace { arg - Self::INPLACE } else { arg };
        (Self::ALL[(idx as usize).min(12)], inplace)
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDivide => "//",
            BinOp::LShift => "<<",
            BinOp::MatMul => "@",
            BinOp::Multiply => "*",
            BinOp::Remainder => "%",
            BinOp::Or => "|",
            BinOp::Power => "**",
            BinOp::RShift => ">>",
            BinOp::Subtract => "-",
            BinOp::TrueDivide => "/",
            BinOp::Xor => "^",
        }
    }

    /// The dunder names: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Power => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparison operators, in CPython's order.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub const ALL: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];

    pub fn from_arg(arg: u32) -> CmpOp {
        Self::ALL[(arg as usize).min(5)]
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    /// The operator tried on the right operand when the left declines.
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// One instruction: an opcode, its argument and, for adaptive families, the
/// index of its inline cache in `Code::caches`. Kept `Copy` and 8 bytes so
/// the stream can live in `Cell`s and be rewritten in place by the
/// specializer.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub cache: u16,
    pub arg: u32,
}

/// `Instr::cache` of instructions that have no inline cache (not adaptive,
/// or beyond the 65,535 caches a code object can index): they never specialize.
pub const NO_CACHE: u16 = u16::MAX;

/// Or'd into `LIST_EXTEND`'s argument (the list's stack depth) when it builds
/// a call's positional arguments, so an error can name the function.
pub const EXTEND_IN_CALL: u32 = 0x100;

impl Instr {
    pub fn new(op: Op, arg: u32) -> Instr {
        Instr { op, cache: NO_CACHE, arg }
    }
}

/// The instruction stream of a code object; cells allow in-place quickening.
///
/// Shared (`Rc`) so that a running frame holds it directly: the eval
/// loop fetches `frame.instrs[ip]` without a hop through the code object.
pub type InstrStream = std::rc::Rc<[Cell<Instr>]>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        for (i, op) in Op::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert!(!op.doc().is_empty(), "{} has no doc", op.name());
            assert_eq!(op.family().family(), op.family(), "families are generic forms");
            // A specialized form can replace its family's instruction in place.
            assert_eq!(op.cache_size(), op.family().cache_size(), "{} cache", op.name());
            assert_eq!(op.arg_kind(), op.family().arg_kind(), "{} argument", op.name());
            for arg in 0..40 {
                assert_eq!(op.stack_effect(arg), op.family().stack_effect(arg), "{} stack effect", op.name());
            }
            if op.is_specialized() || op.is_superinstruction() || op.is_tier_form() {
                assert!(op.name().starts_with(op.family().name()), "{} is named after its family", op.name());
            }
            if op.is_superinstruction() {
                let second = op.name().split("__").nth(1).expect("FIRST__SECOND");
                let second = Op::ALL.iter().find(|o| o.name() == second).expect("the second half is an instruction");
                assert_eq!(crate::specialize::fuse::fused(op.family(), *second), Some(*op), "{} is formed", op.name());
            }
        }
        assert_eq!(std::mem::size_of::<Instr>(), 8);
        assert!(Op::ALL.len() < 256);
    }

    #[test]
    fn binop_decode_round_trips() {
        for (i, op) in BinOp::ALL.iter().enumerate() {
            assert_eq!(BinOp::decode(i as u32), (*op, false));
            assert_eq!(BinOp::decode(i as u32 + BinOp::INPLACE), (*op, true));
        }
    }

    #[test]
    fn stack_effects_follow_arguments() {
        assert_eq!(Op::BUILD_LIST.stack_effect(3), -2);
        assert_eq!(Op::CALL.stack_effect(2), -3);
        assert_eq!(Op::LOAD_GLOBAL.stack_effect(1), 2);
        assert_eq!(Op::UNPACK_EX.stack_effect(1 | (2 << 8)), 3);
    }
}
