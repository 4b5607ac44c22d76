# os.path.getsize of files a program wrote.
import os

with open('getsize_demo.txt', 'w') as f:
    f.write('hello\nworld\n')
with open('getsize_demo.bin', 'wb') as f:
    f.write(bytes(300))
print(os.path.getsize('getsize_demo.txt'), os.path.getsize('getsize_demo.bin'))
os.remove('getsize_demo.txt')
os.remove('getsize_demo.bin')
try:
    os.path.getsize('getsize_demo.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.path.getsize(3.5)
except TypeError as e:
    print(type(e).__name__, e)
