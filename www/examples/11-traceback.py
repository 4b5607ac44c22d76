# Traceback: an error whose lines are links
# This program fails on purpose. In the traceback under the output, each
# "line N" is a link: it moves the editor's cursor to that line.

def average(values):
    return sum(values) / len(values)


def report(groups):
    for name, values in groups.items():
        print(f"{name}: {average(values):.1f}")


report({"small": [1, 2, 3], "large": [100, 200], "empty": []})
