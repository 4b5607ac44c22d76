import bisect
from bisect import bisect_left, bisect_right, insort, insort_left

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect_left(a, 4), bisect_right(a, 4), bisect.bisect(a, 4), bisect_left(a, 0), bisect_right(a, 10), bisect_left(a, 5))
print(bisect_left(a, 4, 3), bisect_right(a, 4, 0, 3), bisect_left(a, 4, lo=4, hi=6), bisect_left([], 3))
b = []
for x in [5, 1, 4, 1, 3, 9]:
    insort(b, x)
print(b)
insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort(recs, ('x', 4), key=lambda r: r[1])
print(recs)
words = ['apple', 'banana', 'cherry']
print(bisect_left(words, 'b'), bisect_right(words, 'banana'), bisect_left((1, 3, 5), 3))
def lis(seq):
    tails = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(50, 0, -1))))
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
