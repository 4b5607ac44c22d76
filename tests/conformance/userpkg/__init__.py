# A package used by import_user.py (not a conformance program itself).
NAME = "userpkg"
loaded = []
