package notify

import "time"

// HolidayCalendars are the public-holiday calendars a reply's working days
// can skip (owner.holidays): France, Belgium, England and Wales, the United
// States (federal). Regional days (Alsace-Moselle, Scottish bank holidays)
// go in owner.days_off.
var HolidayCalendars = []string{"fr", "be", "gb", "us"}

// isHoliday reports whether day (a calendar day at midnight UTC) is a public
// holiday in calendar cal; an unknown or empty calendar has none.
func isHoliday(cal string, day time.Time) bool {
	for _, h := range holidays(cal, day.Year()) {
		if h.Equal(day) {
			return true
		}
	}
	return false
}

// holidays lists the public holidays of year y in calendar cal, each at
// midnight UTC, as the days off are observed (British and American days
// falling on a weekend are moved).
func holidays(cal string, y int) []time.Time {
	day := func(m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	easter := easterSunday(y)
	afterEaster := func(n int) time.Time { return easter.AddDate(0, 0, n) }
	switch cal {
	case "fr":
		return []time.Time{day(1, 1), afterEaster(1), day(5, 1), day(5, 8), afterEaster(39), afterEaster(50),
			day(7, 14), day(8, 15), day(11, 1), day(11, 11), day(12, 25)}
	case "be":
		return []time.Time{day(1, 1), afterEaster(1), day(5, 1), afterEaster(39), afterEaster(50),
			day(7, 21), day(8, 15), day(11, 1), day(11, 11), day(12, 25)}
	case "gb": // England and Wales
		newYear := nextWeekday(day(1, 1))
		christmas, boxing := day(12, 25), day(12, 26)
		switch christmas.Weekday() {
		case time.Friday:
			boxing = day(12, 28)
		case time.Saturday:
			christmas, boxing = day(12, 27), day(12, 28)
		case time.Sunday:
			christmas = day(12, 27)
		}
		return []time.Time{newYear, afterEaster(-2), afterEaster(1), nthWeekday(y, time.May, time.Monday, 1),
			lastWeekday(y, time.May, time.Monday), lastWeekday(y, time.August, time.Monday), christmas, boxing}
	case "us": // federal
		observed := func(t time.Time) time.Time { // 5 U.S.C. 6103(b)
			switch t.Weekday() {
			case time.Saturday:
				return t.AddDate(0, 0, -1)
			case time.Sunday:
				return t.AddDate(0, 0, 1)
			}
			return t
		}
		return []time.Time{observed(day(1, 1)), nthWeekday(y, time.January, time.Monday, 3),
			nthWeekday(y, time.February, time.Monday, 3), lastWeekday(y, time.May, time.Monday),
			observed(day(6, 19)), observed(day(7, 4)), nthWeekday(y, time.September, time.Monday, 1),
			nthWeekday(y, time.October, time.Monday, 2), observed(day(11, 11)),
			nthWeekday(y, time.November, time.Thursday, 4), observed(day(12, 25)),
			observed(time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC))} // New Year's Day on a Saturday: 31 December
	}
	return nil
}

// nextWeekday is t, or the Monday after it when t falls on a weekend.
func nextWeekday(t time.Time) time.Time {
	for t.Weekday() == time.Saturday || t.Weekday() == time.Sunday {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

// nthWeekday is the n-th weekday wd of month m of year y.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	t = t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
	return t.AddDate(0, 0, 7*(n-1))
}

// lastWeekday is the last weekday wd of month m of year y.
func lastWeekday(y int, m time.Month, wd time.Weekday) time.Time {
	t := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC) // the month's last day
	return t.AddDate(0, 0, -((int(t.Weekday()) - int(wd) + 7) % 7))
}

// easterSunday is Easter Sunday (Gregorian), midnight UTC: the anonymous
// Gregorian algorithm (Meeus/Jones/Butcher).
func easterSunday(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
