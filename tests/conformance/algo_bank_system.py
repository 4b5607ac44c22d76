# A small banking system: classes, exceptions, properties, history
class InsufficientFundsError(Exception):
    def __init__(self, needed, available):
        super().__init__(f"needed {needed}, available {available}")
        self.needed = needed
        self.available = available


class AccountClosedError(Exception):
    pass


class Account:
    _next_id = 1000

    def __init__(self, owner, opening=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = 0
        self.closed = False
        self.log = []
        if opening:
            self.deposit(opening)

    @property
    def balance(self):
        return self._balance

    def _check_open(self):
        if self.closed:
            raise AccountClosedError(f"account {self.id} is closed")

    def deposit(self, amount):
        self._check_open()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("deposit", amount))

    def withdraw(self, amount):
        self._check_open()
        if amount > self._balance:
            raise InsufficientFundsError(amount, self._balance)
        self._balance -= amount
        self.log.append(("withdraw", amount))

    def close(self):
        self.closed = True

    def __repr__(self):
        state = "closed" if self.closed else "open"
        return f"<Account {self.id} {self.owner} {self._balance} {state}>"


class SavingsAccount(Account):
    def __init__(self, owner, opening=0, rate=0.02):
        super().__init__(owner, opening)
        self.rate = rate

    def add_interest(self):
        interest = round(self._balance * self.rate)
        if interest:
            self.deposit(interest)
        return interest

    def withdraw(self, amount):
        if len([e for e in self.log if e[0] == "withdraw"]) >= 2:
            raise PermissionError("withdrawal limit reached")
        super().withdraw(amount)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src_id, dst_id, amount):
        src, dst = self.accounts[src_id], self.accounts[dst_id]
        src.withdraw(amount)
        try:
            dst.deposit(amount)
        except Exception:
            src.deposit(amount)
            raise
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Account, "alice", 500)
bob = bank.open(SavingsAccount, "bob", 1000, rate=0.05)
carol = bank.open(Account, "carol")
print("opened", list(bank.accounts.values()))
print("transfer", bank.transfer(alice.id, carol.id, 200), alice.balance, carol.balance)
print("interest", bob.add_interest(), bob.balance)
ops = [
    lambda: bank.transfer(carol.id, alice.id, 1000),
    lambda: alice.deposit(-5),
    lambda: bob.withdraw(10),
    lambda: bob.withdraw(10),
    lambda: bob.withdraw(10),
    lambda: bank.transfer(alice.id, 9999, 1),
]
for i, op in enumerate(ops):
    try:
        op()
        print("op", i, "ok")
    except InsufficientFundsError as e:
        print("op", i, "InsufficientFundsError", e, e.needed - e.available)
    except (ValueError, PermissionError) as e:
        print("op", i, type(e).__name__, e)
    except KeyError as e:
        print("op", i, "KeyError", e)
carol.close()
try:
    bank.transfer(alice.id, carol.id, 50)
except AccountClosedError as e:
    print("AccountClosedError", e, "| alice restored:", alice.balance)
print("final", list(bank.accounts.values()))
print("total", bank.total())
print("bob log", bob.log)
print("isinstance", isinstance(bob, Account), issubclass(SavingsAccount, Account), type(bob).__name__)
try:
    alice.balance = 10
except AttributeError:
    print("balance is read-only")
