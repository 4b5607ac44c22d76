from enum import Enum, IntEnum, StrEnum
class S(str, Enum):
    A = 'a'
class I(int, Enum):
    A = 1
class F(float, Enum):
    X = 1.5
print(S.A, f'{S.A}', '{}'.format(S.A), format(S.A, '>5'), repr(S.A), str(S.A), S.A == 'a', S.A.upper())
print(I.A, f'{I.A}', repr(I.A), I.A + 1, F.X, repr(F.X))
class T(StrEnum):
    B = 'b'
class N(IntEnum):
    C = 3
print(T.B, f'{T.B}', repr(T.B), N.C, f'{N.C}', repr(N.C))
class Custom(str, Enum):
    D = 'd'
    def __str__(self):
        return self.value
print(Custom.D, repr(Custom.D))
print(S('a'), I(1), F(1.5), S('a') is S.A, Custom('d'))
try:
    S('zz')
except ValueError as e:
    print(e)
