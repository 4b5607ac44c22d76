d = {}
d['k'] = d
print(d)
