# fractions and decimal imported before numbers: numbers registers them.
from fractions import Fraction
from decimal import Decimal
import numbers

print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Decimal(1), numbers.Number))
print(isinstance(Decimal(1), numbers.Real), issubclass(Fraction, numbers.Integral))
print(isinstance(7, numbers.Integral), isinstance(7.0, numbers.Integral))
