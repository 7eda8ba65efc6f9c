package notify

import (
	"fmt"
	"time"

	"github.com/scopeguard/scopeguard/config"
)

var (
	coWeekdaysFR = [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
	coMonthsFR   = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
		"août", "septembre", "octobre", "novembre", "décembre"}
)

// replyDay formats a day with its weekday, as people write it in a letter:
// "jeudi 26 novembre", "mardi 1er décembre", "Thursday 26 November".
func replyDay(t time.Time, lang string) string {
	if lang == "fr" {
		return fmt.Sprintf("%s %s %s", coWeekdaysFR[t.Weekday()], replyDayNumberFR(t), coMonthsFR[t.Month()-1])
	}
	return fmt.Sprintf("%s %d %s", t.Weekday(), t.Day(), t.Month())
}

// replyDate formats a day without its weekday: "12 novembre", "12 November".
func replyDate(t time.Time, lang string) string {
	if lang == "fr" {
		return replyDayNumberFR(t) + " " + coMonthsFR[t.Month()-1]
	}
	return fmt.Sprintf("%d %s", t.Day(), t.Month())
}

// replyLongDate formats a day with its year, for documents: "26 novembre
// 2026", "26 November 2026".
func replyLongDate(t time.Time, lang string) string {
	if t.IsZero() {
		return ""
	}
	return fmt.Sprintf("%s %d", replyDate(t, lang), t.Year())
}

func replyDayNumberFR(t time.Time) string {
	if t.Day() == 1 {
		return "1er"
	}
	return fmt.Sprint(t.Day())
}

// replyAddWorkingDays moves n working days after t: Monday to Friday, less
// the owner's public holidays and days off.
func replyAddWorkingDays(t time.Time, n int, owner config.Owner) time.Time {
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday && !dayOff(owner, t) {
			n--
		}
	}
	return t
}

// dayOff reports whether the owner does not work on day (midnight UTC).
func dayOff(owner config.Owner, day time.Time) bool {
	if isHoliday(owner.Holidays, day) {
		return true
	}
	for _, d := range owner.DaysOff {
		if y, m, dd := d.Date(); y == day.Year() && m == day.Month() && dd == day.Day() {
			return true
		}
	}
	return false
}

// replyMidnight returns the calendar day of t at midnight UTC, so that dates
// read from different time zones compare as days.
func replyMidnight(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
