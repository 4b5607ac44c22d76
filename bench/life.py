# Object-heavy simulation: Conway's Game of Life where every cell is an object
# holding references to its neighbour objects, plus a tiny bank ledger of
# Account objects exchanging money. Measures object graphs, attribute access
# through references and many small method calls.


class Cell:
    def __init__(self, alive):
        self.alive = alive
        self.next_alive = False
        self.neighbours = []

    def count_live(self):
        n = 0
        for c in self.neighbours:
            if c.alive:
                n += 1
        return n

    def decide(self):
        n = self.count_live()
        if self.alive:
            self.next_alive = n == 2 or n == 3
        else:
            self.next_alive = n == 3

    def commit(self):
        changed = self.alive != self.next_alive
        self.alive = self.next_alive
        return changed


class Board:
    def __init__(self, w, h, seed):
        self.w = w
        self.h = h
        self.cells = []
        for y in range(h):
            for x in range(w):
                seed = (seed * 1103515245 + 12345) % 2147483648
                self.cells.append(Cell((seed >> 16) % 3 == 0))
        for y in range(h):
            for x in range(w):
                cell = self.cells[y * w + x]
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        if dx == 0 and dy == 0:
                            continue
                        nx = (x + dx) % w
                        ny = (y + dy) % h
                        cell.neighbours.append(self.cells[ny * w + nx])

    def step(self):
        for c in self.cells:
            c.decide()
        changed = 0
        for c in self.cells:
            if c.commit():
                changed += 1
        return changed

    def population(self):
        return sum(1 for c in self.cells if c.alive)


class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.history = 0

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history += 1
        return True

    def deposit(self, amount):
        self.balance += amount
        self.history += 1


class Bank:
    def __init__(self, n):
        self.accounts = [Account(i, 1000 + i) for i in range(n)]
        self.failed = 0

    def transfer(self, a, b, amount):
        src = self.accounts[a]
        dst = self.accounts[b]
        if src.withdraw(amount):
            dst.deposit(amount)
        else:
            self.failed += 1

    def total(self):
        return sum(a.balance for a in self.accounts)


def main():
    board = Board(W, H, 42)
    start = board.population()
    changes = []
    for gen in range(GENS):
        changes.append(board.step())
    bank = Bank(ACCOUNTS)
    seed = 7
    for i in range(TRANSFERS):
        seed = (seed * 1103515245 + 12345) % 2147483648
        a = seed % ACCOUNTS
        b = (seed >> 8) % ACCOUNTS
        bank.transfer(a, b, (seed >> 4) % 1500)
    richest = max(bank.accounts, key=lambda acc: (acc.balance, acc.ident))
    print("life", start, board.population(), sum(changes), changes[-1],
          "bank", bank.total(), bank.failed, richest.ident, richest.balance)


W = 48
H = 48
GENS = 300
ACCOUNTS = 200
TRANSFERS = 300000
main()
