# Uncaught custom exception from a method, with finally and with-blocks running first
class ValidationError(Exception):
    def __init__(self, field):
        super().__init__(f"invalid field: {field}")
        self.field = field


class Guard:
    def __enter__(self):
        print("guard enter")
        return self

    def __exit__(self, et, ev, tb):
        print("guard exit sees", et.__name__ if et else None)
        return False


class Form:
    def __init__(self, **fields):
        self.fields = fields

    def validate(self):
        for k, v in self.fields.items():
            print("checking", k)
            if not v:
                raise ValidationError(k)
        return True


print("form ok:", Form(name="a", email="b").validate())
with Guard():
    try:
        Form(name="x", email="").validate()
    finally:
        print("inner finally")
print("unreachable")
