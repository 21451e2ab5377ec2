#!/usr/bin/python3
"""khal_plan.py: the bookkeeping check_khal.sh needs, kept out of bash.

  khal_plan.py config FIXTURES WORK ZONE   write WORK/khal-ZONE.conf (the vdir calendars below)
  khal_plan.py imports FIXTURES            lines "CALENDAR<TAB>FILE [FILE...]": one `khal import` each, in order
  khal_plan.py range FIXTURES ZONE         "FROM<TAB>TO": the one `khal list` window covering every file
  khal_plan.py compare FIXTURES ZONE OUT   compare khal's lines in OUT to expected.json in ZONE

Calendar files share a calendar g<n> as long as no UID is in two of them (khal
would rightly merge those), which keeps khal's start-up cost to a few imports;
replacement i gets r<i>, into which v1 and then v2 are imported one after the other.
khal shows local times in its configured zone: the expected UTC instants are
converted to that zone here with zoneinfo, independently of khal.
"""
import json
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

FORMAT = "%Y-%m-%dT%H:%M"
# check_khal.sh lists with --format '{calendar}|{uid}|{start-long}|{end-long}|{cancelled}|{title}'
# ({cancelled} is "CANCELLED " or ""), and every date-time in FORMAT.


def load(fixtures):
    return json.loads((Path(fixtures) / "expected.json").read_text("utf-8"))


def uids_in(path):
    unfolded = re.sub(r"\r?\n[ \t]", "", path.read_text("utf-8"))
    return set(u.strip() for u in re.findall(r"^UID:(.*)$", unfolded, re.M))


def calendars(fixtures):
    """[(calendar, [(file, window, instants)], uid -> window)] for every khal calendar."""
    expected = load(fixtures)
    root = Path(fixtures)
    groups = []
    for calendar in expected["calendars"]:
        uids = uids_in(root / calendar["file"])
        entry = (calendar["file"], (calendar["from"], calendar["to"]), calendar["instants"])
        group = next((g for g in groups if not (g[2].keys() & uids)), None)
        if group is None:
            group = (f"g{len(groups)}", [], {})
            groups.append(group)
        group[1].append(entry)
        group[2].update({uid: entry[1] for uid in uids})
    for i, replacement in enumerate(expected["replacements"]):
        window = (replacement["from"], replacement["to"])
        uids = uids_in(root / replacement["v1"]) | uids_in(root / replacement["v2"])
        entry = ([replacement["v1"], replacement["v2"]], window, replacement["instantsV2"])
        groups.append((f"r{i}", [entry], {uid: window for uid in uids}))
    return groups


def local(iso, zone):
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(ZoneInfo(zone)).strftime(FORMAT)


def config(fixtures, work, zone):
    work = Path(work)
    entries = []
    for name, _files, _uids in calendars(fixtures):
        (work / "vdir" / name).mkdir(parents=True, exist_ok=True)
        entries.append(f"[[{name}]]\npath = {work / 'vdir' / name}\ntype = calendar\n")
    text = "[calendars]\n" + "".join(entries) + f"""
[locale]
local_timezone = {zone}
default_timezone = {zone}
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = {FORMAT}
longdatetimeformat = {FORMAT}

[default]
default_calendar = g0

[sqlite]
path = {work / ('khal-' + zone.replace('/', '_') + '.db')}
"""
    (work / f"khal-{zone.replace('/', '_')}.conf").write_text(text, "utf-8")


def imports(fixtures):
    root = Path(fixtures)
    for name, files, _uids in calendars(fixtures):
        if name.startswith("r"):
            for version in files[0][0]:
                print(f"{name}\t{root / version}")
        else:
            print(f"{name}\t" + "\t".join(str(root / f) for f, _w, _i in files))


def whole_range(fixtures, zone):
    windows = [w for _name, files, _uids in calendars(fixtures) for _f, w, _i in files]
    start = min(datetime.fromisoformat(w[0].replace("Z", "+00:00")) for w in windows)
    end = max(datetime.fromisoformat(w[1].replace("Z", "+00:00")) for w in windows)
    # A day either side, so nothing near the ends depends on how khal reads its range.
    print(f"{local((start - timedelta(days=1)).isoformat(), zone)}\t{local((end + timedelta(days=1)).isoformat(), zone)}")


def compare(fixtures, zone, out):
    want, windows = [], {}
    for name, files, uids in calendars(fixtures):
        windows.update({(name, uid): window for uid, window in uids.items()})
        for _file, _window, instants in files:
            for i in instants:
                cancelled = "CANCELLED " if i["cancelled"] else ""
                want.append(f"{name}|{i['uid']}|{local(i['start'], zone)}|{local(i['end'], zone)}|{cancelled}|{i['summary']}")
    # khal lists an event under every day it touches (without --once, which would
    # also hide the same UID in a second calendar and every repeat of a series),
    # so a duplicate is the same event twice under one day.
    got, duplicates, day = [], set(), []
    for line in Path(out).read_text("utf-8").splitlines():
        if line.startswith("DAY "):
            day = []
            continue
        if not line.strip():
            continue
        if line in day:
            duplicates.add(line)
        day.append(line)
        name, uid, start, end = line.split("|")[:4]
        window = windows.get((name, uid))
        # One list covers every file: keep each event to its own file's window, compared
        # on the viewer's clock (window ends are at UTC midnight, far from any clock change).
        if window is not None and not (start < local(window[1], zone) and end > local(window[0], zone)):
            continue
        if line not in got:
            got.append(line)
    missing = [w for w in want if w not in got]
    unexpected = [g for g in got if g not in want]
    for line in missing:
        print(f"  {zone}: missing    {line[:160]}")
    for line in unexpected:
        print(f"  {zone}: unexpected {line[:160]}")
    for line in sorted(duplicates):
        print(f"  {zone}: duplicate  {line[:160]}")
    if missing or unexpected or duplicates:
        return 1
    print(f"  {zone}: {len(got)} events as expected")
    return 0


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "config":
        config(*args)
    elif command == "imports":
        imports(*args)
    elif command == "range":
        whole_range(*args)
    elif command == "compare":
        sys.exit(compare(*args))
    else:
        sys.exit(f"unknown command {command}")
