# `obj.__class__ = Other` on an instance whose attribute and method sites
# specialized on its first class: attribute lookups must follow the new
# class (methods, class attributes, properties), while the instance dict
# stays; also reads of type(obj) and isinstance at hot sites.


class Cat:
    sound = "meow"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    @property
    def kind(self):
        return "cat"


class Dog:
    sound = "woof"

    def speak(self):
        return self.name + " barks " + self.sound

    @property
    def kind(self):
        return "dog"


class Puppy(Dog):
    sound = "yip"


def speak(a):
    return a.speak()


def kind(a):
    return a.kind


def sound(a):
    return a.sound


def tname(a):
    return type(a).__name__


def is_dog(a):
    return isinstance(a, Dog)


pet = Cat("Tom")
other = Cat("Kitty")
for i in range(300):
    speak(pet)
    kind(pet)
    sound(pet)
    tname(pet)
    is_dog(pet)


def show(tag):
    print(tag, [(speak(p), kind(p), sound(p), tname(p), is_dog(p)) for p in (pet, other)])


show("warm")
pet.__class__ = Dog
show("pet is a Dog")
pet.__class__ = Puppy
show("pet is a Puppy")
pet.sound = "instance sound"
show("instance sound")
pet.__class__ = Cat
show("back to Cat")
del pet.sound

# switching inside the hot loop
out = []
for i in range(200):
    if i % 50 == 0:
        pet.__class__ = (Cat, Dog, Puppy)[(i // 50) % 3]
    out.append(speak(pet)[-4:])
print("switching", [out[k] for k in range(0, 200, 25)])

# errors
for bad in [int, 5, "Cat"]:
    try:
        pet.__class__ = bad
    except TypeError as e:
        print("TypeError", e)


class Slotted:
    __slots__ = ("a",)


class Slotted2:
    __slots__ = ("b",)


s = Slotted()
try:
    s.__class__ = Cat
except TypeError as e:
    print("TypeError", e)
try:
    s.__class__ = Slotted2
except TypeError as e:
    print("TypeError", e)
print("final", tname(pet), tname(s), pet.__dict__)
