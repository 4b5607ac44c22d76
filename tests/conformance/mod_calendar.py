import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 2020))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 12), (2021, 1)]:
    print(y, m, calendar.monthrange(y, m))
for bad in [0, 13]:
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(type(e).__name__, e)
print(calendar.monthcalendar(2024, 3))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.month_name))
print(calendar.month_name[-1], calendar.day_abbr[1:3])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(repr(calendar.month(2024, 2)))
print(calendar.month(2024, 2))
print(calendar.month(2023, 10, 3, 2))
calendar.prmonth(2021, 8)
calendar.prmonth(2021, 8, w=4)
print(calendar.calendar(2024))
calendar.prcal(2023, m=4)
print(calendar.calendar(2022, 3, 1, 2, 2))
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1)))
print(repr(calendar.week([(1, 0), (2, 1), (0, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 3)))
print(calendar.timegm((1970, 1, 2, 0, 0, 1)), calendar.timegm((2024, 3, 1, 12, 30, 15, 0, 0, 0)))

c = calendar.Calendar(firstweekday=6)
print(c.firstweekday, list(c.iterweekdays()))
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 2))[:5])
print(list(c.itermonthdays4(2024, 2))[-3:])
print([str(d) for d in c.itermonthdates(2024, 12)][-5:])
print(c.monthdayscalendar(2024, 6))
print(c.monthdays2calendar(2015, 2))
print(len(c.yeardayscalendar(2024)), len(c.yeardayscalendar(2024, 4)), c.yeardayscalendar(2024, 2)[0][1][0])
print(c.monthdatescalendar(2024, 1)[0][0], c.yeardatescalendar(2024)[3][2][-1][-1])
print(c.yeardays2calendar(2024)[0][0][0])
c.setfirstweekday(8)
print(c.getfirstweekday(), list(c.iterweekdays()))

tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9))
print(tc.formatmonth(2024, 9, 10))
print(repr(tc.formatmonthname(2024, 9, 20)), repr(tc.formatmonthname(2024, 9, 20, False)))
print(repr(tc.formatweekday(0, 5)), repr(tc.formatday(7, 0, 4)), repr(tc.formatday(0, 0, 4)))
print(tc.formatyear(2025, 2, 1, 3, 6))
tc.prweek([(1, 0), (2, 1), (0, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 2)
print()
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2) + '|')
calendar.format(['x', 'y'], 4, 1)

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatyear(2024, 4)[:300])
print(h.formatweekheader())

class MyCal(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        s = super().formatday(day, weekday, width)
        return s.replace(' 1', '*1') if day == 1 else s

print(MyCal().formatmonth(2024, 5))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 5))
print(calendar.monthcalendar(2024, 5))
page = h.formatyearpage(2024)
print(type(page).__name__, page[:420].decode())
print(page[-40:], len(page) == len(h.formatyearpage(2024, css=None)) + len('<link rel="stylesheet" type="text/css" href="calendar.css" />\n'))
print(h.formatyearpage(2023, 2, 'my.css', 'ascii')[:200])
lc = calendar.LocaleTextCalendar(locale='C')
print(lc.formatmonth(2024, 7) == calendar.TextCalendar().formatmonth(2024, 7), lc.formatweekheader(3))
print(calendar.LocaleHTMLCalendar(6, 'POSIX').formatmonth(2024, 7) == calendar.HTMLCalendar(6).formatmonth(2024, 7))
print(calendar.LocaleTextCalendar().formatmonthname(2024, 7, 20))
