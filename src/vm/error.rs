//! Python exceptions as Rust errors.
//!
//! Most errors raised by native code are created lazily (`PyErr::new`),
//! without touching the VM; they become real exception instances when they
//! reach Python code (a handler, a traceback, `sys.exc_info`).

use std::rc::Rc;

use crate::objects::{Instance, Value};

macro_rules! exc_types {
    ( $( $name:ident : $base:ident ),* $(,)? ) => {
        /// The builtin exception classes, with their bases.
        #[derive(Copy, Clone, Debug, PartialEq, Eq)]
        pub enum ExcType { $( $name, )* }

        impl ExcType {
            pub const ALL: &'static [ExcType] = &[ $( ExcType::$name, )* ];
            pub fn name(self) -> &'static str {
                match self { $( ExcType::$name => stringify!($name), )* }
            }
            /// The base class (BaseException is its own base here).
            pub fn base(self) -> ExcType {
                match self { $( ExcType::$name => ExcType::$base, )* }
            }
        }
    };
}

exc_types! {
    BaseException: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    PermissionError: OSError,
    TimeoutError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    InterruptedError: OSError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ProcessLookupError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    FutureWarning: Warning,
    PendingDeprecationWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
}

#[derive(Debug, Clone)]
pub enum PyErr {
    /// Not yet instantiated: a builtin type and a message.
    New(ExcType, String),
    /// A Python exception instance.
    Exc(Rc<Instance>),
    /// `raise X` with X a class or instance that is not yet normalised.
    Raise(Value),
}

impl PyErr {
    pub fn new(kind: ExcType, msg: impl Into<String>) -> PyErr {
        PyErr::New(kind, msg.into())
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::TypeError, msg.into())
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::ValueError, msg.into())
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::IndexError, msg.into())
    }
    /// An error from `objects::format`, as the class CPython raises for it.
    pub fn from_format(msg: String) -> PyErr {
        match crate::objects::format::error_type(&msg) {
            "OverflowError" => PyErr::overflow(msg),
            "TypeError" => PyErr::type_error(msg),
            _ => PyErr::value_error(msg),
        }
    }

    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::OverflowError, msg.into())
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::ZeroDivisionError, msg.into())
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::AttributeError, msg.into())
    }
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::New(ExcType::RuntimeError, msg.into())
    }
    pub fn stop_iteration() -> PyErr {
        PyErr::New(ExcType::StopIteration, String::new())
    }
    pub fn memory_error() -> PyErr {
        PyErr::New(ExcType::MemoryError, String::new())
    }

    /// Whether this is a not-yet-instantiated error of exactly `kind`.
    pub fn is_new(&self, kind: ExcType) -> bool {
        matches!(self, PyErr::New(k, _) if *k == kind)
    }
}

/// `unsupported operand type(s) for +: 'int' and 'str'`
pub fn unsupported_operands(op: &str, a: &str, b: &str) -> PyErr {
    PyErr::type_error(format!("unsupported operand type(s) for {op}: '{a}' and '{b}'"))
}
