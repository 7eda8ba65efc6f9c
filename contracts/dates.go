package contracts

import (
	"strconv"
	"time"
)

// dateMention is a calendar date written in a sentence.
type dateMention struct {
	day   time.Time
	from  int // token range
	to    int
	words string
}

var frenchOrdinalDays = map[string]int{"1er": 1, "premier": 1}

// findDates reads dates such as "30 novembre", "lundi 30 novembre",
// "1er décembre", "November 20", "Nov 16", "Friday 20th", "the 25th",
// "20/11". The year comes from ref: the date nearest after ref - 60 days.
func findDates(s *sentence, ref time.Time) []dateMention {
	var out []dateMention
	toks := s.toks
	n := len(toks)
	dayNum := func(i int) (int, bool) {
		if i < 0 || i >= n {
			return 0, false
		}
		f := toks[i].fold
		if d, ok := frenchOrdinalDays[f]; ok {
			return d, true
		}
		// 20, 20th, 1st, 2nd, 3rd
		j := 0
		for j < len(f) && f[j] >= '0' && f[j] <= '9' {
			j++
		}
		if j == 0 || j > 2 {
			return 0, false
		}
		switch f[j:] {
		case "", "th", "st", "nd", "rd", "er", "e":
		default:
			return 0, false
		}
		d, _ := strconv.Atoi(f[:j])
		return d, d >= 1 && d <= 31
	}
	add := func(day, month, from, to int) {
		if month < 1 || month > 12 || day < 1 || day > 31 {
			return
		}
		out = append(out, dateMention{day: resolveYear(day, month, ref), from: from, to: to,
			words: s.text[toks[from].start:toks[to-1].end]})
	}
	used := make([]bool, n)
	for i := 0; i < n; i++ {
		m, isMonth := months[toks[i].fold]
		if !isMonth {
			continue
		}
		// "may", "mar", "march" are also ordinary English words: need a day next to them.
		if d, ok := dayNum(i - 1); ok && !used[i-1] {
			add(d, m, i-1, i+1)
			used[i-1], used[i] = true, true
			continue
		}
		if d, ok := dayNum(i + 1); ok {
			add(d, m, i, i+2)
			used[i], used[i+1] = true, true
		}
	}
	// A day alone ("Friday 20th", "the 25th", "le 5"): the month is ref's or the next.
	for i := 0; i < n; i++ {
		if used[i] {
			continue
		}
		d, ok := dayNum(i)
		if !ok || toks[i].fold == toks[i].raw && isDigits(toks[i].fold) && !dayContext(toks, i) {
			continue
		}
		// "le premier entretien", "la première version": a word ordinal
		// without a month is an ordinal, not a day.
		if _, word := frenchOrdinalDays[toks[i].fold]; word && !isDigits(toks[i].fold[:1]) {
			continue
		}
		day := time.Date(ref.Year(), ref.Month(), d, 0, 0, 0, 0, time.UTC)
		if day.Before(ref.AddDate(0, 0, -1)) {
			day = day.AddDate(0, 1, 0)
		}
		out = append(out, dateMention{day: day, from: i, to: i + 1, words: s.text[toks[i].start:toks[i].end]})
	}
	// 20/11 or 20/11/2026
	return out
}

var weekdays = map[string]bool{
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true,
}

// dayContext reports whether a bare number reads as a day of the month:
// after a weekday, "the" or "le", or with an ordinal suffix.
func dayContext(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1].fold
	if weekdays[p] || p == "the" || p == "le" {
		// "le 5 du mois", "the 25th", "jeudi 26"; not "le 5 %" nor "post 12".
		if i+1 < len(toks) {
			switch toks[i+1].fold {
			case "h", "heures", "pm", "am", "min", "minutes", "euros", "eur", "jours", "days", "pages", "posts", "mots", "words":
				return false
			}
		}
		return true
	}
	return false
}

func resolveYear(day, month int, ref time.Time) time.Time {
	if ref.IsZero() {
		ref = time.Now()
	}
	t := time.Date(ref.Year(), time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Before(ref.AddDate(0, 0, -60)) {
		t = t.AddDate(1, 0, 0)
	}
	return t
}
