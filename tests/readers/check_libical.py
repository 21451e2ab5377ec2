#!/usr/bin/python3
"""check_libical.py FIXTURES: libical (the C library Evolution and many servers use) reads every file.

Through its GObject binding (Debian: gir1.2-ical-3.0 + python3-gi). For each file:
- the parse leaves no X-LIC-ERROR (libical reports what it could not read as such
  properties, it does not fail), and TZIDs resolve to the file's own VTIMEZONEs;
- the RFC 5546 restrictions for the file's METHOD hold (libical's own table: e.g.
  no ATTENDEE under PUBLISH, ORGANIZER and ATTENDEE under REQUEST and CANCEL);
- the instances libical expands over the window (RRULE, EXDATE, RECURRENCE-ID
  overrides) are exactly the expected (uid, start UTC, end UTC, cancelled, summary).
"""
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

try:
    import gi

    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib as ical
except (ImportError, ValueError) as missing:
    print(f"libical: missing ({missing}): apt-get install python3-gi gir1.2-ical-3.0")
    sys.exit(3)

UTC = ical.Timezone.get_utc_timezone()


def iso(seconds):
    return datetime.fromtimestamp(seconds, timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def to_ical_time(text):
    seconds = int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())
    return ical.Time.new_from_timet_with_zone(seconds, 0, UTC)


def seconds_of(when, what):
    """A DTSTART/DTEND/RECURRENCE-ID as UTC seconds; floating or unresolved TZIDs are errors."""
    if when is None or when.is_null_time():
        raise ValueError(f"{what} missing")
    if when.is_date():
        raise ValueError(f"{what} is an all-day date")
    zone = UTC if when.is_utc() else when.get_timezone()
    if zone is None:
        raise ValueError(f"{what} is floating or its TZID did not resolve to a VTIMEZONE")
    return when.as_timet_with_zone(zone)


def recurrence_id(calendar, event):
    """The RECURRENCE-ID with its TZID resolved against the file's VTIMEZONEs, or None.

    libical resolves TZIDs for DTSTART and DTEND (icalcomponent_get_dtstart) but
    returns RECURRENCE-ID as written, so the zone is looked up here the same way.
    """
    prop = event.get_first_property(ical.PropertyKind.RECURRENCEID_PROPERTY)
    if prop is None:
        return None
    when = prop.get_recurrenceid()
    param = prop.get_first_parameter(ical.ParameterKind.TZID_PARAMETER)
    if param is not None:
        zone = calendar.get_timezone(param.get_tzid())
        if zone is not None:
            when.set_timezone(zone)
    return when


def children(component, kind):
    child = component.get_first_component(kind)
    while child is not None:
        yield child
        child = component.get_next_component(kind)


def errors(component):
    """Every X-LIC-ERROR text in the component tree."""
    found = []
    prop = component.get_first_property(ical.PropertyKind.XLICERROR_PROPERTY)
    while prop is not None:
        found.append(f"{ical.Component.kind_to_string(component.isa())}: {prop.get_xlicerror()}")
        prop = component.get_next_property(ical.PropertyKind.XLICERROR_PROPERTY)
    child = component.get_first_component(ical.ComponentKind.ANY_COMPONENT)
    while child is not None:
        found += errors(child)
        child = component.get_next_component(ical.ComponentKind.ANY_COMPONENT)
    return found


def instance(event, start, end, uid):
    return {
        "uid": uid,
        "start": iso(start),
        "end": iso(end),
        "cancelled": event.get_status() == ical.PropertyStatus.CANCELLED,
        "summary": event.get_summary() or "",
    }


def read(path, window_from, window_to):
    """(problems, instances) of one file."""
    calendar = ical.Component.new_from_string(path.read_text("utf-8"))
    if calendar is None or calendar.isa() != ical.ComponentKind.VCALENDAR_COMPONENT:
        return ["not a VCALENDAR"], []
    parse_errors = errors(calendar)
    # check_restrictions adds X-LIC-ERRORs for what RFC 5546 forbids under the file's METHOD.
    calendar.check_restrictions()
    restriction_errors = errors(calendar)
    for e in parse_errors:
        restriction_errors.remove(e)
    problems = [f"parse: {e}" for e in dict.fromkeys(parse_errors)]
    problems += [f"RFC 5546: {e}" for e in dict.fromkeys(restriction_errors)]

    events = list(children(calendar, ical.ComponentKind.VEVENT_COMPONENT))
    found = []
    try:
        overrides = {}
        for event in events:
            original = recurrence_id(calendar, event)
            if original is not None:
                overrides.setdefault(event.get_uid(), set()).add(seconds_of(original, f"{event.get_uid()} RECURRENCE-ID"))
        lo, hi = seconds_of(to_ical_time(window_from), "from"), seconds_of(to_ical_time(window_to), "to")
        for event in events:
            uid = event.get_uid()
            start = seconds_of(event.get_dtstart(), f"{uid} DTSTART")
            end = seconds_of(event.get_dtend(), f"{uid} DTEND")
            if event.get_first_property(ical.PropertyKind.RRULE_PROPERTY) is None:
                if start < hi and end > lo:
                    found.append(instance(event, start, end, uid))
                continue
            spans = []
            event.foreach_recurrence(to_ical_time(window_from), to_ical_time(window_to), lambda _c, span, _d: spans.append((span.get_start(), span.get_end())), None)
            for span_start, span_end in spans:
                # An occurrence replaced by an override shows as the override (counted above).
                if span_start not in overrides.get(uid, set()) and span_start < hi and span_end > lo:
                    found.append(instance(event, span_start, span_end, uid))
    except ValueError as problem:
        problems.append(str(problem))
    return problems, found


def key(instant):
    return (instant["start"], instant["uid"], instant["end"], instant["cancelled"], instant["summary"])


def main():
    root = Path(sys.argv[1])
    expected = json.loads((root / "expected.json").read_text("utf-8"))
    failures = []
    count = 0
    for calendar in expected["calendars"]:
        name = calendar["file"]
        problems, found = read(root / name, calendar["from"], calendar["to"])
        failures += [f"{name}: {p}" for p in problems]
        want, got = sorted(map(key, calendar["instants"])), sorted(map(key, found))
        if want != got:
            failures.append(f"{name}: expected {len(want)} instances, libical read {len(got)}")
            failures += [f"{name}:   missing {w[:4]} {w[4][:60]!r}" for w in want if w not in got]
            failures += [f"{name}:   unexpected {g[:4]} {g[4][:60]!r}" for g in got if g not in want]
        count += len(found)
    for line in failures:
        print(f"  {line}")
    files = len(expected["calendars"])
    if failures:
        print(f"libical: FAIL ({len(failures)} problems in {files} files)")
        return 1
    print(f"libical (ICalGLib {ical._version}): ok ({files} files, {count} instances, RFC 5546 restrictions hold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
