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
            /// Number of inline-cache entries that follow this instruction's family.
            pub fn cache_size(self) -> usize {
                match self { $( Op::$name => $cache, )* }
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
    LOAD_GLOBAL: LOAD_GLOBAL, NameFlag, cache 0, |a| 1 + (a & 1), "Looks a name up in globals then builtins; low bit pushes NULL first.";
    STORE_GLOBAL: STORE_GLOBAL, Name, cache 0, |a| -1, "Pops into a global variable.";
    DELETE_GLOBAL: DELETE_GLOBAL, Name, cache 0, |a| 0, "Deletes a global variable.";

    LOAD_ATTR: LOAD_ATTR, NameFlag, cache 0, |a| a & 1, "Replaces an object with its attribute; low bit loads a method and self for CALL.";
    STORE_ATTR: STORE_ATTR, Name, cache 0, |a| -2, "obj.name = value (value below obj).";
    DELETE_ATTR: DELETE_ATTR, Name, cache 0, |a| -1, "del obj.name";

    UNARY_NEGATIVE: UNARY_NEGATIVE, None, cache 0, |a| 0, "-x";
    UNARY_POSITIVE: UNARY_POSITIVE, None, cache 0, |a| 0, "+x";
    UNARY_NOT: UNARY_NOT, None, cache 0, |a| 0, "not x (x is already a bool)";
    UNARY_INVERT: UNARY_INVERT, None, cache 0, |a| 0, "~x";
    TO_BOOL: TO_BOOL, None, cache 0, |a| 0, "Converts the top of the stack to a bool.";
    BINARY_OP: BINARY_OP, BinaryOp, cache 0, |a| -1, "A binary or in-place arithmetic operator.";
    COMPARE_OP: COMPARE_OP, CompareOp, cache 0, |a| -1, "A rich comparison (<, <=, ==, !=, >, >=).";
    IS_OP: IS_OP, Count, cache 0, |a| -1, "Identity test; argument 1 negates it.";
    CONTAINS_OP: CONTAINS_OP, Count, cache 0, |a| -1, "Membership test (x in y); argument 1 negates it.";

    BINARY_SUBSCR: BINARY_SUBSCR, None, cache 0, |a| -1, "container[key]";
    STORE_SUBSCR: STORE_SUBSCR, None, cache 0, |a| -3, "container[key] = value";
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

    UNPACK_SEQUENCE: UNPACK_SEQUENCE, Count, cache 0, |a| a - 1, "Unpacks an iterable into exactly n items.";
    UNPACK_EX: UNPACK_EX, Count, cache 0, |a| (a & 0xff) + (a >> 8), "Starred unpacking: low byte before, high byte after the star.";

    JUMP_FORWARD: JUMP_FORWARD, Jump, cache 0, |a| 0, "Jumps forward.";
    JUMP_BACKWARD: JUMP_BACKWARD, Jump, cache 0, |a| 0, "Jumps back (a loop edge; checks for interrupts).";
    POP_JUMP_IF_FALSE: POP_JUMP_IF_FALSE, Jump, cache 0, |a| -1, "Pops a bool; jumps if it is False.";
    POP_JUMP_IF_TRUE: POP_JUMP_IF_TRUE, Jump, cache 0, |a| -1, "Pops a bool; jumps if it is True.";
    POP_JUMP_IF_NONE: POP_JUMP_IF_NONE, Jump, cache 0, |a| -1, "Pops; jumps if it is None.";
    POP_JUMP_IF_NOT_NONE: POP_JUMP_IF_NOT_NONE, Jump, cache 0, |a| -1, "Pops; jumps if it is not None.";
    GET_ITER: GET_ITER, None, cache 0, |a| 0, "iter(x)";
    FOR_ITER: FOR_ITER, Jump, cache 0, |a| 1, "Pushes the iterator's next item, or pops it and jumps when exhausted.";

    MAKE_FUNCTION: MAKE_FUNCTION, Count, cache 0, |a| -((a & 1) + ((a >> 1) & 1) + ((a >> 3) & 1)), "Builds a function from a code object (flags: 1 defaults, 2 kwdefaults, 8 closure).";
    CALL: CALL, Count, cache 0, |a| -1 - a, "Calls with n positional arguments: callable, self-or-NULL, args.";
    CALL_KW: CALL_KW, Count, cache 0, |a| -2 - a, "Like CALL; a tuple of keyword names is on top.";
    CALL_FUNCTION_EX: CALL_FUNCTION_EX, Count, cache 0, |a| -2 - (a & 1), "Calls with an args tuple and (flag 1) a kwargs dict.";
    LOAD_BUILD_CLASS: LOAD_BUILD_CLASS, None, cache 0, |a| 1, "Pushes __build_class__.";

    RAISE_VARARGS: RAISE_VARARGS, Count, cache 0, |a| -a, "raise (0: re-raise, 1: exc, 2: exc from cause).";
    RERAISE: RERAISE, None, cache 0, |a| -1, "Re-raises the exception on top, keeping its traceback.";
    PUSH_EXC_INFO: PUSH_EXC_INFO, None, cache 0, |a| 1, "Enters a handler: saves the current exception below the new one.";
    POP_EXCEPT: POP_EXCEPT, None, cache 0, |a| -1, "Leaves a handler: restores the saved exception.";
    CHECK_EXC_MATCH: CHECK_EXC_MATCH, None, cache 0, |a| 0, "Replaces the type on top with whether the exception below matches it.";
    LOAD_ASSERTION_ERROR: LOAD_ASSERTION_ERROR, None, cache 0, |a| 1, "Pushes AssertionError.";
    BEFORE_WITH: BEFORE_WITH, None, cache 0, |a| 1, "Pushes bound __exit__ and the result of __enter__().";
    WITH_EXCEPT_START: WITH_EXCEPT_START, None, cache 0, |a| 1, "Calls __exit__(type, value, traceback) for the exception on top.";

    YIELD_VALUE: YIELD_VALUE, Count, cache 0, |a| 0, "Yields the top of the stack; the sent value replaces it (1: inside yield from).";
    GET_YIELD_FROM_ITER: GET_YIELD_FROM_ITER, None, cache 0, |a| 0, "iter(x) for yield from (generators pass through).";
    SEND: SEND, Jump, cache 0, |a| 0, "Sends a value into a sub-iterator; jumps with its return value when it finishes.";
    END_SEND: END_SEND, None, cache 0, |a| -1, "Drops the sub-iterator under the return value.";

    IMPORT_NAME: IMPORT_NAME, Name, cache 0, |a| -1, "Imports a module (fromlist and level below).";
    IMPORT_FROM: IMPORT_FROM, Name, cache 0, |a| 1, "Loads an attribute of the module on top (from m import x).";
    IMPORT_STAR: IMPORT_STAR, None, cache 0, |a| -1, "from m import *";

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

/// One instruction: an opcode and its argument. Kept `Copy` and small so the
/// stream can live in `Cell`s and be rewritten in place by the specializer.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

impl Instr {
    pub fn new(op: Op, arg: u32) -> Instr {
        Instr { op, arg }
    }
}

/// The instruction stream of a code object; cells allow in-place quickening.
pub type InstrStream = Box<[Cell<Instr>]>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        for (i, op) in Op::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert!(!op.doc().is_empty(), "{} has no doc", op.name());
            assert_eq!(op.family().family(), op.family(), "families are generic forms");
        }
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
