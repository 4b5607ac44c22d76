"""Parts of `sys` written in Python (Brisk's own code): structured version
and float/int information, byte order, the module search path."""


class _Struct(tuple):
    _fields = ()
    _name = ''

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[type(self)._fields.index(name)]
        except ValueError:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self)._name, name)) from None

    def __repr__(self):
        parts = ', '.join('%s=%r' % (n, v) for n, v in zip(type(self)._fields, self))
        return '%s(%s)' % (type(self)._name, parts)


class version_info_type(_Struct):
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')
    _name = 'sys.version_info'


class float_info_type(_Struct):
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
               'epsilon', 'radix', 'rounds')
    _name = 'sys.float_info'


class int_info_type(_Struct):
    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold')
    _name = 'sys.int_info'


class hash_info_type(_Struct):
    _fields = ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff')
    _name = 'sys.hash_info'


class flags_type(_Struct):
    _fields = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
               'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
               'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits')
    _name = 'sys.flags'


class _Implementation:
    name = 'brisk'
    cache_tag = None

    def __init__(self, version):
        self.version = version

    def __repr__(self):
        return "namespace(name='brisk', cache_tag=None, version=%r)" % (self.version,)


version_info = version_info_type(version_info)
implementation = _Implementation(version_info)
hexversion = (version_info[0] << 24) | (version_info[1] << 16) | (version_info[2] << 8) | 0xf0
float_info = float_info_type((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                              2.220446049250313e-16, 2, 1))
int_info = int_info_type((30, 4, 4300, 640))
hash_info = hash_info_type((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
flags = flags_type((0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
float_repr_style = 'short'
byteorder = 'little'
path = ['']
executable = ''
prefix = exec_prefix = base_prefix = ''
dont_write_bytecode = True
builtin_module_names = ('_re', 'bisect', 'builtins', 'collections', 'copy', 'functools', 'heapq', 'itertools',
                        'math', 'operator', 'random', 'string', 'sys', 'time')
maxunicode = 0x10ffff


def getdefaultencoding():
    return 'utf-8'


def get_int_max_str_digits():
    return 4300


def getfilesystemencoding():
    return 'utf-8'


del _Struct
