#!/usr/bin/python3
"""check_python.py FIXTURES: python icalendar + recurring_ical_events read every file.

Each file must parse with no component errors (icalendar only records what it could
not read in component.errors, it does not raise), and expanding it over the window
must give exactly the expected instances: (uid, start UTC, end UTC, cancelled, summary).
Run with /usr/bin/python3: the python3 on PATH may be another build without the
Debian modules.
"""
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

try:
    import icalendar
    import recurring_ical_events
except ImportError as missing:
    print(f"python: missing module ({missing}): apt-get install python3-icalendar python3-recurring-ical-events")
    sys.exit(3)


def utc(value):
    """An aware datetime as ISO UTC with Z and milliseconds, the way the app writes instants."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValueError(f"not a zoned date-time: {value!r} (floating or all-day)")
    return value.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_window(iso):
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def instants(path, start, end):
    """(problems, instances) of one file over [start, end)."""
    problems = []
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    for component in cal.walk():
        for error in getattr(component, "errors", []):
            problems.append(f"{component.name}: parse error {error}")
    found = []
    if problems:
        return problems, found
    try:
        occurrences = recurring_ical_events.of(cal).between(start, end)
    except Exception as error:  # a reader that cannot expand the file is a finding, not a crash
        return [f"cannot expand: {type(error).__name__}: {error}"], found
    for occurrence in occurrences:
        dtend = occurrence.get("DTEND")
        end_value = dtend.dt if dtend is not None else occurrence["DTSTART"].dt + occurrence["DURATION"].dt
        found.append({
            "uid": str(occurrence["UID"]),
            "start": utc(occurrence["DTSTART"].dt),
            "end": utc(end_value),
            "cancelled": str(occurrence.get("STATUS", "")).upper() == "CANCELLED",
            "summary": str(occurrence.get("SUMMARY", "")),
        })
    return problems, found


def key(instant):
    return (instant["start"], instant["uid"], instant["end"], instant["cancelled"], instant["summary"])


def compare(label, expected, found):
    want = sorted(map(key, expected))
    got = sorted(map(key, found))
    if want == got:
        return []
    lines = [f"{label}: expected {len(want)} instances, read {len(got)}"]
    lines += [f"  missing {w[:4]} {w[4][:60]!r}" for w in want if w not in got]
    lines += [f"  unexpected {g[:4]} {g[4][:60]!r}" for g in got if g not in want]
    return lines


def main():
    root = Path(sys.argv[1])
    expected = json.loads((root / "expected.json").read_text("utf-8"))
    failures = []
    count = 0
    for calendar in expected["calendars"]:
        problems, found = instants(root / calendar["file"], parse_window(calendar["from"]), parse_window(calendar["to"]))
        failures += [f"{calendar['file']}: {p}" for p in problems]
        failures += compare(calendar["file"], calendar["instants"], found)
        count += len(found)
    for line in failures:
        print(f"  {line}")
    files = len(expected["calendars"])
    if failures:
        print(f"python icalendar: FAIL ({len(failures)} problems in {files} files)")
        return 1
    print(f"python icalendar {icalendar.__version__} + recurring_ical_events: ok ({files} files, {count} instances)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
