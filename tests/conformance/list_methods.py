# list methods
lst = [3, 1, 4]
lst.append(1)
print("append", lst)
lst.extend([5, 9])
lst.extend(range(2))
lst.extend("ab")
print("extend", lst)
lst.insert(0, "first")
lst.insert(-1, "before last")
lst.insert(100, "end")
lst.insert(-100, "start")
print("insert", lst)
lst.remove("a")
lst.remove(1)
print("remove (first occurrence)", lst)
try:
    lst.remove("zzz")
except ValueError as e:
    print("ValueError", e)
print("pop", lst.pop(), lst.pop(0), lst.pop(-2), lst)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
nums = [5, 3, 5, 1, 5, 2]
print("index", nums.index(5), nums.index(5, 1), nums.index(5, 3, 6), nums.index(2))
try:
    nums.index(7)
except ValueError as e:
    print("ValueError", e)
print("count", nums.count(5), nums.count(7), [[1], [1]].count([1]))
c = nums.copy()
c.append(99)
print("copy independent", nums, c, c is not nums)
nums.reverse()
print("reverse", nums)
nums.sort()
print("sort", nums)
nums.sort(reverse=True)
print("sort reverse", nums)
words = ["banana", "Apple", "fig", "cherry", "date", "Elder"]
words.sort(key=len)
print("sort key=len (stable)", words)
words.sort(key=str.lower)
print("sort key=str.lower", words)
words.sort(key=lambda w: (len(w), w), reverse=True)
print("sort tuple key reverse", words)
print("sort returns None", [3, 2].sort())
nums.clear()
print("clear", nums, len(nums))
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
records.sort(key=lambda r: r[1])
print("stable by score", records)
records.sort(key=lambda r: r[1], reverse=True)
print("stable reverse keeps order of equals", records)
print("plus", [1, 2] + [3], "times", [0] * 3, [1, 2] * 2, [] * 5)
print("compare", [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [] < [0])
print("len/min/max/sum", len([1, 2, 3]), min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]))
print("in/not in", 3 in [1, 2, 3], [1] in [[1], 2], 4 not in [1])
print("nested", [[1, 2], [3]][0][1], [[]] * 2)
print("list()", list(), list("ab"), list(range(3)), list((1, 2)), list({"a": 1}))
stack = []
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        opener = stack.pop()
        print("matched", opener + ch)
print("stack empty", stack == [])
queue = [1, 2, 3]
queue.append(4)
print("queue pop(0)", queue.pop(0), queue)
print("del via slice", end=" ")
z = list(range(6))
del z[1:3]
print(z)
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError", e)
mixed = [3, 1.5, True, -2]
print("sort mixed numerics", sorted(mixed))
e = []
e += "xy"
print("+= iterable", e)
print("list repr nested", [1, [2, [3, []]], "s", None, 1.0, (4,)])
