# inspect.signature of standard-library functions written in Python.
import contextlib
import copy
import functools
import heapq
import inspect
import json
import os.path
import re
import statistics
import string
import textwrap

for f in [textwrap.wrap, textwrap.fill, textwrap.dedent, textwrap.indent, textwrap.shorten, json.dumps, json.loads,
          json.dump, json.load, statistics.mean, statistics.median, contextlib.contextmanager, copy.deepcopy,
          heapq.nlargest, re.sub, re.compile, re.findall, os.path.join, os.path.splitext, functools.wraps,
          string.capwords]:
    print(f.__name__, inspect.signature(f))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
