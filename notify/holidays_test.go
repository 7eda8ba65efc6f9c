package notify

import (
	"slices"
	"testing"
	"time"
)

// The calendars against the days published by each government.
func TestHolidays(t *testing.T) {
	tests := []struct {
		cal  string
		year int
		want []string
	}{
		{"fr", 2026, []string{"2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
			"2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"}},
		{"be", 2027, []string{"2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-17",
			"2027-07-21", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25"}},
		// gov.uk: 2026 has Boxing Day (a Saturday) on Monday 28 December;
		// 2027 moves both Christmas days to the 27th and 28th; 2022 moved
		// Christmas (a Sunday) to Tuesday 27th.
		{"gb", 2026, []string{"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
			"2026-12-25", "2026-12-28"}},
		{"gb", 2027, []string{"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
			"2027-12-27", "2027-12-28"}},
		{"gb", 2022, []string{"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-05-30", "2022-08-29",
			"2022-12-26", "2022-12-27"}},
		// opm.gov: Independence Day 2026 (a Saturday) is observed Friday 3 July.
		{"us", 2026, []string{"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
			"2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25"}},
		// New Year's Day 2022 (a Saturday) was observed on 31 December 2021.
		{"us", 2021, []string{"2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-06-18", "2021-07-05",
			"2021-09-06", "2021-10-11", "2021-11-11", "2021-11-25", "2021-12-24", "2021-12-31"}},
	}
	for _, tc := range tests {
		var got []string
		for d := time.Date(tc.year, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == tc.year; d = d.AddDate(0, 0, 1) {
			if isHoliday(tc.cal, d) {
				got = append(got, d.Format("2006-01-02"))
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %d:\n got %v\nwant %v", tc.cal, tc.year, got, tc.want)
		}
	}
	if isHoliday("", time.Date(2026, 12, 25, 0, 0, 0, 0, time.UTC)) {
		t.Error("no calendar must have no holidays")
	}
}

func TestEasterSunday(t *testing.T) {
	for y, want := range map[int]string{2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2027: "2027-03-28", 2038: "2038-04-25"} {
		if got := easterSunday(y).Format("2006-01-02"); got != want {
			t.Errorf("easterSunday(%d) = %s, want %s", y, got, want)
		}
	}
}
