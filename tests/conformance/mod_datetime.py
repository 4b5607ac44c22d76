# datetime: date, time, datetime, timedelta, timezone; arithmetic, formatting, parsing.
from datetime import date, time, datetime, timedelta, timezone
import datetime as dt

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(weeks=9), date(2024, 3, 1) - d)
print(d.isoformat(), d.ctime(), d.strftime("%A %d %B %Y, day %j, week %U/%W, %a %b %y %m"))
print(d.isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), tuple(date(2019, 12, 30).isocalendar()))
print(d.replace(day=1), date.fromordinal(738000), date.fromisoformat("2023-07-04"), date.fromisocalendar(2024, 1, 1))
print(d < date(2024, 3, 1), d == date(2024, 2, 28), max(date(2020, 1, 1), d), sorted([d, date(1999, 12, 31)]))
print(date.min, date.max, f"{d:%d/%m/%Y}", f"{d}", "{:%Y}".format(d))
print(date(2000, 2, 29).toordinal() - date(1900, 3, 1).toordinal(), date(1, 1, 1).toordinal(), date.fromordinal(1))
for y in (1900, 2000, 2023, 2024):
    print(y, (date(y, 3, 1) - date(y, 2, 1)).days)

t = time(13, 5, 9, 120)
print(t, repr(t), repr(time(7, 30)), repr(time(7, 30, 1)), t.isoformat("minutes"), t.isoformat("milliseconds"))
print(t.strftime("%I:%M %p, %H h"), time.fromisoformat("08:15:30"), time(1) < time(2), time())

moment = datetime(2024, 12, 31, 23, 59, 30, 500000)
print(moment, repr(moment), repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5)))
print(moment + timedelta(seconds=30), moment + timedelta(minutes=1), moment - timedelta(days=365))
print(moment.date(), moment.time(), moment.isoformat(), moment.isoformat(" ", "seconds"), moment.ctime())
print(moment.strftime("%Y-%m-%d %H:%M:%S.%f | %c | %x %X | %%"))
print(datetime(2024, 3, 10, 12) - datetime(2024, 3, 1, 6, 30), datetime(2020, 1, 1) - datetime(2021, 1, 1))
print(datetime.combine(date(2022, 5, 6), time(7, 8)), datetime.fromisoformat("2011-11-04T00:05:23"),
      datetime.fromisoformat("2011-11-04 00:05:23.283"))
print(datetime.strptime("2023-06-15 14:30", "%Y-%m-%d %H:%M"), datetime.strptime("15 June 2023", "%d %B %Y"),
      datetime.strptime("03:04:05 PM", "%I:%M:%S %p").time())
print(datetime(2024, 1, 1) < datetime(2024, 1, 2), datetime(2024, 1, 1).weekday(), moment.timetuple()[:8])
print(datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(86400 * 365, timezone.utc))

td = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(0), repr(timedelta(0)), timedelta(hours=-1), repr(timedelta(hours=-1)), -td, abs(-td))
print(timedelta(days=2) * 3, timedelta(hours=1) / 2, timedelta(hours=1) / timedelta(minutes=7),
      timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7))
print(divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(seconds=1.5), timedelta(seconds=0.0000015),
      timedelta(minutes=1) * 0.5, timedelta(weeks=1) == timedelta(days=7), timedelta(days=10) > timedelta(days=9))
print(sum([timedelta(hours=8)] * 4, timedelta()), timedelta(microseconds=-1), bool(timedelta(0)), timedelta(days=400))
print(timedelta.max, timedelta.min, timedelta.resolution)

tz = timezone(timedelta(hours=5, minutes=30))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=tz)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.isoformat())
print(aware.astimezone(timezone.utc), timezone.utc, repr(timezone.utc), timezone(timedelta(hours=-3), "BRT"))
print(aware == datetime(2024, 6, 1, 6, 30, tzinfo=timezone.utc), aware - datetime(2024, 6, 1, tzinfo=timezone.utc))
print(aware.strftime("%H:%M %z %Z"), dt.MINYEAR, dt.MAXYEAR)

for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date(0, 1, 1), lambda: time(24),
            lambda: datetime(2020, 1, 1, minute=60), lambda: date.fromisoformat("2023/01/01"),
            lambda: datetime.strptime("2023", "%Y-%m"), lambda: datetime.strptime("2023-01-01x", "%Y-%m-%d"),
            lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc),
            lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc),
            lambda: date(2020, 1.5, 1)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
