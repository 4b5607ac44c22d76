# Custom exception classes with args and attributes, hierarchy
class BankError(Exception):
    """Base for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}, balance {balance}")
        self.balance = balance
        self.amount = amount

    @property
    def shortfall(self):
        return self.amount - self.balance


class FrozenAccount(BankError):
    pass


class Account:
    def __init__(self, bal, frozen=False):
        self.bal = bal
        self.frozen = frozen

    def withdraw(self, amt):
        if self.frozen:
            raise FrozenAccount("account frozen")
        if amt > self.bal:
            raise InsufficientFunds(self.bal, amt)
        self.bal -= amt
        return self.bal


for acct, amt in [(Account(100), 30), (Account(10), 50), (Account(99, True), 1)]:
    try:
        print("withdraw ok", acct.withdraw(amt))
    except InsufficientFunds as e:
        print("InsufficientFunds", e, "| shortfall", e.shortfall, "| args", e.args)
    except BankError as e:
        print("BankError subtype", type(e).__name__, e)

print("hierarchy", issubclass(InsufficientFunds, BankError), issubclass(BankError, Exception),
      issubclass(BankError, BaseException), issubclass(FrozenAccount, InsufficientFunds))
print("mro", [c.__name__ for c in InsufficientFunds.__mro__])


class NoArgs(Exception):
    pass


e = NoArgs()
print("no args", repr(str(e)), e.args, repr(e))
e2 = NoArgs("one")
print("one arg", str(e2), e2.args, repr(e2))
e3 = NoArgs("x", 2, None)
print("multi", str(e3), repr(e3))


class WithStr(Exception):
    def __init__(self, code):
        self.code = code

    def __str__(self):
        return f"error code {self.code}"


try:
    raise WithStr(404)
except WithStr as w:
    print("custom str", w, "| code", w.code, "| args", w.args)


class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field


def validate(user):
    errors = []
    for field in ("name", "age"):
        try:
            if field not in user:
                raise ValidationError(field, "required")
            if field == "age" and not isinstance(user[field], int):
                raise ValidationError(field, "must be int")
        except ValueError as ve:
            errors.append(ve.args)
    return errors


print("validate", validate({"name": "x", "age": "ten"}))
print("validate", validate({}))
print("validate", validate({"name": "y", "age": 3}))

try:
    raise ValidationError("f", "m")
except ValueError as e:
    print("caught as ValueError", type(e).__name__, e.field)


class Retry(Exception):
    attempts = 0


def flaky(n):
    Retry.attempts += 1
    if Retry.attempts < n:
        raise Retry(f"attempt {Retry.attempts}")
    return "success after " + str(Retry.attempts)


while True:
    try:
        print(flaky(3))
        break
    except Retry as r:
        print("retrying:", r)

err = KeyError("key")
print("KeyError str/repr", str(err), repr(err))
print("exception equality is identity", ValueError("a") == ValueError("a"))
ex = Exception("base")
ex.extra = 5
print("attrs on exception", ex.extra, isinstance(ex, BaseException))
print("with_traceback returns self", ex.with_traceback(None) is ex)
