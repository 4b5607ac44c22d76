x = 1
for i in range(70):
    x = x * 2
print(x)
