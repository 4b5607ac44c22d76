# CPython's 4300-digit limit on int <-> str conversion, at its exact edge.
import sys
for n in (10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -10 ** 4300, 2 ** 14281, 2 ** 14285):
    try:
        print(len(str(n)))
    except ValueError as e:
        print('ValueError', e)
for digits in (4300, 4301):
    try:
        print(int('7' * digits) % 1000)
    except ValueError as e:
        print('ValueError', e)
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, len(hex(10 ** 5000)), len(f'{10 ** 4299:,}'))
