#!/usr/bin/python3
"""check_radicale.py FIXTURES: a real CalDAV server (Radicale, 127.0.0.1, auth none) holds every file.

Each file becomes one calendar collection (MKCALENDAR) with one resource per UID,
as CalDAV requires (RFC 4791 4.1): the file is split as text, so the server
reads the bytes the app wrote, not a re-serialisation. Then calendar-query REPORTs
with a time-range (Radicale expands RRULE, EXDATE and overrides itself):
- over the file's window: exactly the expected UIDs, each once;
- around every expected instant: the UID is there in the first and the last minute
  of the instance and not in the minute before or after, which pins start and end
  to the minute without trusting any parser here.
For each replacement, v1 and then v2 are PUT under the same resource names: the
window and instant queries must match v2, and the server must hold v2's text.
The server is always stopped, whatever happens.
"""
import atexit
import base64
import ctypes
import http.client
import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.etree import ElementTree

if shutil.which("radicale") is None and subprocess.run(["/usr/bin/python3", "-c", "import radicale"], capture_output=True).returncode:
    print("radicale: missing: apt-get install radicale")
    sys.exit(3)

USER = "readers"
AUTH = "Basic " + base64.b64encode(f"{USER}:x".encode()).decode()
NS = {"D": "DAV:", "C": "urn:ietf:params:xml:ns:caldav"}
MINUTE = timedelta(minutes=1)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def die_with_parent():
    """In the server's child process: the kernel ends it if this script dies unannounced (SIGKILL)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class Server:
    def __init__(self):
        # On tmpfs when there is one: Radicale fsyncs every PUT, which is most of its time on a disk.
        self.storage = tempfile.mkdtemp(prefix="ck-radicale-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None)
        self.port = free_port()
        self.connection = None
        # --config "" so no /etc/radicale/config on the machine changes what is tested.
        self.process = subprocess.Popen(
            ["/usr/bin/python3", "-m", "radicale", "--config", "", "--server-hosts", f"127.0.0.1:{self.port}",
             "--storage-filesystem-folder", self.storage, "--auth-type", "none", "--rights-type", "owner_only",
             "--logging-level", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=die_with_parent)
        atexit.register(self.stop)
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, lambda *_: sys.exit(1))
        deadline = time.monotonic() + 15
        while True:
            try:
                self.request("OPTIONS", "/")
                return
            except (OSError, RuntimeError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"radicale did not start: {self.process.stderr.read().decode()[-500:]}")
                time.sleep(0.1)

    def stop(self):
        if self.connection is not None:
            self.connection.close()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.storage, ignore_errors=True)

    def request(self, method, path, body=None, headers=None):
        """(status, text); one kept-alive connection, since a few hundred REPORTs follow."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
            try:
                self.connection.request(method, path, body=data, headers={"Authorization": AUTH, **(headers or {})})
                response = self.connection.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (ConnectionError, http.client.HTTPException):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
        if response.status >= 400:
            raise RuntimeError(f"{method} {path}: HTTP {response.status} {text[:300]}")
        return response.status, text


def unfold(text):
    return re.sub(r"\r?\n[ \t]", "", text)


def split_by_uid(text):
    """{uid: VCALENDAR text} with every VEVENT of that UID, the file's VTIMEZONEs and no METHOD.

    Line-based on the file as written (CRLF kept), so the server parses the writer's
    own folding and escaping. METHOD goes: a stored calendar object must not have one
    (RFC 4791 4.1).
    """
    lines = re.split(r"(?<=\n)", text)
    header, zones, events = [], [], {}
    block, kind, depth = [], None, 0
    for line in lines:
        bare = line.rstrip("\r\n")
        if kind is None:
            if bare in ("BEGIN:VEVENT", "BEGIN:VTIMEZONE"):
                kind, block, depth = bare[6:], [line], 1
            elif bare != "END:VCALENDAR" and not bare.upper().startswith("METHOD:"):
                header.append(line)
            continue
        block.append(line)
        if bare.startswith("BEGIN:"):
            depth += 1
        elif bare.startswith("END:"):
            depth -= 1
        if depth == 0:
            if kind == "VTIMEZONE":
                zones.append("".join(block))
            else:
                uid = re.search(r"^UID:(.*)$", unfold("".join(block)), re.M).group(1).strip()
                events.setdefault(uid, []).append("".join(block))
            kind = None
    newline = "\r\n" if "\r\n" in text else "\n"
    return {uid: "".join(header) + "".join(zones) + "".join(blocks) + "END:VCALENDAR" + newline for uid, blocks in events.items()}


def resource(uid):
    return urllib.parse.quote(re.sub(r"[^A-Za-z0-9@._-]", "_", uid), safe="@") + ".ics"


def ical_utc(value):
    return value.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def instant(iso):
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def query(server, collection, start, end):
    """[(href, uids in the resource's calendar-data)] of a time-range calendar-query."""
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/><C:calendar-data/></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">
    <C:time-range start="{ical_utc(start)}" end="{ical_utc(end)}"/>
  </C:comp-filter></C:comp-filter></C:filter>
</C:calendar-query>"""
    _status, text = server.request("REPORT", collection, body, {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
    found = []
    for response in ElementTree.fromstring(text).findall("D:response", NS):
        data = response.find(".//C:calendar-data", NS)
        if data is None or not data.text:
            continue
        uids = sorted(set(re.findall(r"^UID:(.*?)\r?$", unfold(data.text), re.M)))
        found.append((response.findtext("D:href", namespaces=NS), uids, data.text))
    return found


def versions(text):
    """What tells two versions of an event apart, per VEVENT, as the server gives it back
    (Radicale re-serialises calendar-data, so the text itself differs)."""
    found = []
    for block in re.findall(r"BEGIN:VEVENT\r?\n(.*?)END:VEVENT", unfold(text), re.S):
        props = {}
        for line in block.splitlines():
            name, _, value = line.partition(":")
            props.setdefault(name.split(";")[0].upper(), value.strip())
        found.append((props.get("RECURRENCE-ID", ""), props.get("DTSTART"), props.get("DTEND"), props.get("SEQUENCE", "0"), props.get("STATUS", "")))
    return sorted(found)


def put_file(server, collection, path):
    parts = split_by_uid(path.read_text("utf-8"))
    for uid, text in parts.items():
        status, _ = server.request("PUT", collection + resource(uid), text, {"Content-Type": "text/calendar; charset=utf-8"})
        if status not in (200, 201, 204):
            raise RuntimeError(f"PUT {uid}: HTTP {status}")
    return parts


def check_collection(server, label, collection, window, instants):
    """Problems with what the collection shows against the expected instants."""
    problems = []
    found = query(server, collection, instant(window[0]), instant(window[1]))
    got = [uid for _href, uids, _text in found for uid in uids]
    want = sorted({i["uid"] for i in instants})
    if sorted(got) != want:
        problems.append(f"{label}: window {window[0]}..{window[1]}: expected UIDs {want}, server returned {sorted(got)}")
    for i in instants:
        start, end = instant(i["start"]), instant(i["end"])
        # The minute before or after may rightly hold another instance of the same UID.
        covered = lambda a, b: any(instant(j["start"]) < b and instant(j["end"]) > a for j in instants if j["uid"] == i["uid"])
        probes = [("first minute", start, start + MINUTE, True), ("last minute", end - MINUTE, end, True),
                  ("minute before", start - MINUTE, start, covered(start - MINUTE, start)),
                  ("minute after", end, end + MINUTE, covered(end, end + MINUTE))]
        for name, a, b, present in probes:
            hit = any(i["uid"] in uids for _href, uids, _text in query(server, collection, a, b))
            if hit != present:
                problems.append(f"{label}: {i['uid']} at {i['start']}..{i['end']}: {'missing in' if present else 'present in'} the {name}")
    return problems, found


def main():
    root = Path(sys.argv[1])
    expected = json.loads((root / "expected.json").read_text("utf-8"))
    server = Server()
    problems = []
    for n, calendar in enumerate(expected["calendars"]):
        collection = f"/{USER}/f{n}/"
        server.request("MKCALENDAR", collection)
        put_file(server, collection, root / calendar["file"])
        found, _ = check_collection(server, calendar["file"], collection, (calendar["from"], calendar["to"]), calendar["instants"])
        problems += found
    for n, replacement in enumerate(expected["replacements"]):
        collection = f"/{USER}/r{n}/"
        server.request("MKCALENDAR", collection)
        put_file(server, collection, root / replacement["v1"])
        v2 = put_file(server, collection, root / replacement["v2"])
        label = f"{replacement['v1']} then {replacement['v2']}"
        found_problems, found = check_collection(server, label, collection, (replacement["from"], replacement["to"]), replacement["instantsV2"])
        problems += found_problems
        for _href, uids, text in found:
            if len(uids) == 1 and uids[0] in v2 and versions(text) != versions(v2[uids[0]]):
                problems.append(f"{label}: the server does not hold v2's {uids[0]}")
    server.stop()
    for line in problems:
        print(f"  {line}")
    files = len(expected["calendars"]) + 2 * len(expected["replacements"])
    if problems:
        print(f"radicale: FAIL ({len(problems)} problems)")
        return 1
    print(f"radicale CalDAV: ok ({files} files PUT, time-range REPORTs match, v2 replaced v1 in {len(expected['replacements'])} calendars)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
