# Raises while being imported (import_user.py checks the module is not kept).
VALUE = 1
raise RuntimeError("broken on import")
