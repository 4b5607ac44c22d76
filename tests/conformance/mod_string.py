import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords('hello   world  foo'), string.capwords('a-b-c', '-'), string.capwords(''))
t = string.Template('$who likes $what, ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.safe_substitute(who='bo'), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
bad = string.Template('cost: $5 and $')
print(bad.safe_substitute(), bad.is_valid())
try:
    bad.substitute()
except ValueError as e:
    print('ValueError', e)
print(string.Template('${a}b $a_1').substitute(a=1, a_1=2))
print(sum(c in string.punctuation for c in 'Hello, World! (test)'))
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print('attack at dawn'.translate(caesar))
