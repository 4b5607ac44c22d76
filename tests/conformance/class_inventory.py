# Inventory system: class attributes, classmethods, staticmethods, sorting, __str__
class Product:
    catalog = {}
    TAX = 0.08

    def __init__(self, sku, name, price, qty=0):
        if sku in Product.catalog:
            raise KeyError(f"duplicate sku {sku}")
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        Product.catalog[sku] = self

    @classmethod
    def get(cls, sku):
        return cls.catalog[sku]

    @classmethod
    def from_csv(cls, line):
        sku, name, price, qty = line.split(",")
        return cls(sku.strip(), name.strip(), float(price), int(qty))

    @staticmethod
    def format_money(v):
        return f"${v:,.2f}"

    @property
    def value(self):
        return self.price * self.qty

    @property
    def price_with_tax(self):
        return round(self.price * (1 + self.TAX), 2)

    def restock(self, n):
        self.qty += n
        return self

    def sell(self, n):
        if n > self.qty:
            raise ValueError(f"only {self.qty} {self.name} left")
        self.qty -= n
        return self.price * n

    def __str__(self):
        return f"{self.sku:<6}{self.name:<12}{self.format_money(self.price):>10}{self.qty:>5}"

    def __repr__(self):
        return f"Product({self.sku!r})"


class DigitalProduct(Product):
    TAX = 0.0

    def sell(self, n):
        return self.price * n


rows = ["A1, Widget, 2.50, 100", "B2, Gadget, 12.99, 7", "C3, Doohickey, 0.75, 1000", "D4, Gizmo, 199.00, 2"]
for r in rows:
    Product.from_csv(r)
ebook = DigitalProduct("E5", "E-book", 9.99)
print("catalog", list(Product.catalog.values()))
for p in Product.catalog.values():
    print(" ", p)
print("tax", Product.get("B2").price_with_tax, ebook.price_with_tax)
print("sell", Product.get("A1").sell(10), Product.get("A1").qty)
print("digital sell unlimited", ebook.sell(1000), ebook.qty)
try:
    Product.get("D4").sell(5)
except ValueError as e:
    print("ValueError", e)
try:
    Product("A1", "dup", 1)
except KeyError as e:
    print("KeyError", e)
try:
    Product.get("ZZ")
except KeyError as e:
    print("KeyError", e)
print("restock chain", Product.get("D4").restock(3).restock(5).qty)
by_value = sorted(Product.catalog.values(), key=lambda p: p.value, reverse=True)
print("by value", [(p.sku, round(p.value, 2)) for p in by_value])
print("total value", Product.format_money(sum(p.value for p in Product.catalog.values())))
print("low stock", [p.name for p in Product.catalog.values() if p.qty < 10])
print("cheapest", min(Product.catalog.values(), key=lambda p: p.price).name)
print("names by len then alpha", sorted((p.name for p in Product.catalog.values()), key=lambda n: (len(n), n)))
print("TAX class vs instance", Product.TAX, DigitalProduct.TAX, ebook.TAX, Product.get("A1").TAX)
