#!/usr/bin/env bash
# onewindowctl report kpi on a terminal with the demo catalog: exit 2 for bad options, dates and
# periods, 1 with the translated reason when the catalog has no calendar for a year of the period
# (today's year is not needed), and the text and CSV (byte for byte: BOM, CRLF) of a period
# without cases, as of a given day: the script's result does not depend on today's date. The
# figures themselves are counted in tst_kpireport; there is no command that files cases.
set -euo pipefail
ctl="$1"; source_dir="$2"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export LC_ALL=en_US.UTF-8
source "$(dirname "$0")/testlib.sh"
run() { "$ctl" --data-dir "$work/terminal" "$@"; }

terminal_init "$work/terminal"
# No catalog yet: no calendar, so no figure can be counted.
expect_exit 1 run report kpi --from 2026-01-01 --to 2026-01-31
grep -q "no holiday calendar" "$work/err" || fail "no calendar not explained: $(cat "$work/err")"

demo_terminal "$work/terminal"

# Bad options, dates and periods: exit 2 with one sentence.
expect_exit 2 run report kpi --from 2026-13-01 --to 2026-12-31
grep -q '"2026-13-01" is not a date' "$work/err" || fail "bad date not named: $(cat "$work/err")"
expect_exit 2 run report kpi --from 2026-02-30 --to 2026-03-31
expect_exit 2 run report kpi --from 1.3.2026 --to 2026-03-31
expect_exit 2 run report kpi --from 2026-03-01
expect_exit 2 run report kpi --from 2026-03-01 --to 2026-03-31 --pdf
expect_exit 2 run report kpi --from 2026-03-01 --to 2026-03-31 extra
expect_exit 2 run report kpi --from 2026-04-01 --to 2026-03-31
grep -q "first day is not after its last day" "$work/err" || fail "reversed period: $(cat "$work/err")"
[ ! -s "$work/out" ] || fail "a refusal printed a report"

# The demo catalog has the holidays of 2026 and 2027: 2025 is refused, in the administrator's
# language.
expect_exit 1 run report kpi --from 2025-12-01 --to 2025-12-31
grep -q "no holiday calendar for 2025" "$work/err" || fail "2025 not named: $(cat "$work/err")"
LC_ALL=zh_CN.UTF-8 expect_exit 1 run report kpi --from 2025-12-01 --to 2025-12-31
grep -q "2025 年的节假日" "$work/err" || fail "no Chinese message: $(cat "$work/err")"

# The day the report is counted as of: given (a date, or exit 2), or else today. Only the
# period's years need holidays: a 2026 report as of 2028 (not in the calendar) is made, whatever
# today's date, and one of 2028 is refused naming 2028.
expect_exit 2 run report kpi --from 2026-01-01 --to 2026-01-03 --as-of 2026-02-30
grep -q '"2026-02-30" is not a date' "$work/err" || fail "bad as-of not named: $(cat "$work/err")"
expect_exit 0 run report kpi --from 2026-01-01 --to 2026-01-03 --as-of 2028-03-01
head -1 "$work/out" | grep -qx "KPI report from 2026-01-01 to 2026-01-03, as of 2028-03-01" \
  || fail "as-of heading: $(head -1 "$work/out")"
expect_exit 1 run report kpi --from 2028-01-01 --to 2028-01-31 --as-of 2028-03-01
grep -q "no holiday calendar for 2028" "$work/err" || fail "2028 not named: $(cat "$work/err")"
expect_exit 0 run report kpi --from 2026-01-01 --to 2026-01-03
head -1 "$work/out" | grep -q "^KPI report from 2026-01-01 to 2026-01-03, as of 20" \
  || fail "today's report: $(head -1 "$work/out")"

# A period without cases: every rate "—", never 0% or 100%.
as_of=2026-12-07
expect_exit 0 run report kpi --from 2026-01-01 --to 2026-01-03 --as-of $as_of
head -1 "$work/out" | grep -qx "KPI report from 2026-01-01 to 2026-01-03, as of $as_of" \
  || fail "text heading: $(head -1 "$work/out")"
for line in "Cases filed: 0" "Cases completed: 0" "Full-process online handling rate: —" \
  "Online application rate: —" "Online completion rate: —" \
  "Average visits per completed case: —" "On-time completion rate: —" \
  "Cases without calendar: 0" "  Fair: 0"; do
  grep -qxF -- "$line" "$work/out" || fail "no line \"$line\" in: $(cat "$work/out")"
done

# The same as JSON: an empty period's rates are null, not 0.
expect_exit 0 run report kpi --from 2026-01-01 --to 2026-01-03 --as-of $as_of --json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["from"] == "2026-01-01" and d["asOf"] == "2026-12-07" and d["filed"] == 0 and d["onTimeRate"] is None and len(d["ratings"]) == 5, d' "$work/out" \
  || fail "report kpi --json: $(cat "$work/out")"

# The CSV exactly as KpiReport::toCsv writes it, nothing else on standard output.
expect_exit 0 run report kpi --from 2026-01-01 --to 2026-01-03 --as-of $as_of --csv
{
  printf '\xef\xbb\xbf'
  printf '%s\r\n' "KPI report" "From,To,As of" "2026-01-01,2026-01-03,$as_of" "" \
    "Three rates and one number" "Figure,Count,Out of,Value" \
    "Full-process online handling rate,0,0," "Online application rate,0,0," \
    "Online completion rate,0,0," "Average visits per completed case,0,0," "" \
    "On-time completion" \
    "Completed,On time,On-time rate,Average working days,Cases without calendar" \
    "0,0,,,0" "" \
    "Cases per item" "Item code,Item,Department,Filed,Completed" "" \
    "Cases per day" "Date,Submitted" "2026-01-01,0" "2026-01-02,0" "2026-01-03,0" "" \
    "Ratings" "Level,Score,Cases,Of which defaulted" "Very satisfied,5,0,0" "Satisfied,4,0,0" \
    "Fair,3,0,0" "Dissatisfied,2,0,0" "Very dissatisfied,1,0,0"
} >"$work/expected.csv"
cmp "$work/expected.csv" "$work/out" || { diff <(cat -A "$work/expected.csv") <(cat -A "$work/out") >&2 || true; fail "CSV differs"; }

# In Chinese the headers carry both languages, for the people and for the scripts.
LC_ALL=zh_CN.UTF-8 expect_exit 0 run report kpi --from 2026-01-01 --to 2026-01-03 --as-of $as_of --csv
grep -q "每日申报量 / Cases per day" "$work/out" || fail "no bilingual header in Chinese"

echo "ctl_report: all checks passed"
