# Date arithmetic by hand: leap years, day of week, calendar rendering, day counts
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def to_ordinal(y, m, d):
    days = d
    for yy in range(1, y):
        days += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days


def render_month(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), " ".join(d[:2] for d in DAYS)]
    first = day_of_week(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return lines


print("leap years", [y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(2100))
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2023, 12, 25)]:
    print("weekday", date, DAYS[day_of_week(*date)])
for line in render_month(2024, 2):
    print("|" + line)
d1, d2 = to_ordinal(1970, 1, 1), to_ordinal(2000, 1, 1)
print("days 1970->2000", d2 - d1, "weeks", divmod(d2 - d1, 7))
print("ordinal sanity", to_ordinal(1, 1, 1), to_ordinal(2, 1, 1), to_ordinal(2024, 12, 31) - to_ordinal(2024, 1, 1) + 1)


def add_days(y, m, d, n):
    while n > 0:
        left = days_in_month(y, m) - d
        if n <= left:
            return y, m, d + n
        n -= left + 1
        d = 1
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return y, m, d


print("add days", add_days(2024, 2, 28, 1), add_days(2023, 2, 28, 1), add_days(2023, 12, 31, 1), add_days(2024, 1, 1, 365))
fridays13 = [(y, m) for y in range(2024, 2027) for m in range(1, 13) if day_of_week(y, m, 13) == 4]
print("friday 13ths", fridays13)
secs = 1_700_000_000
days, rem = divmod(secs, 86400)
hh, rem = divmod(rem, 3600)
mm, ss = divmod(rem, 60)
print("epoch split", days, f"{hh:02}:{mm:02}:{ss:02}", add_days(1970, 1, 1, days))
