# inspect.getdoc finds docstrings inherited by methods and classmethods.
import inspect
class Base:
    def run(self):
        """Run it."""
    @classmethod
    def make(cls):
        """Make one."""
class Child(Base):
    def run(self):
        pass
    @classmethod
    def make(cls):
        pass
print(inspect.getdoc(Child.run), inspect.getdoc(Child().run), inspect.getdoc(Child.make), inspect.getdoc(Child))


class Documented:
    """
        Indented
          more
    """


class Undocumented(Documented):
    pass


print(repr(inspect.getdoc(Documented)), repr(inspect.getdoc(Undocumented)))


def f():
    pass


print(inspect.getdoc(f))
