#!/usr/bin/env bash
# npm run test:readers [-- OUTDIR]: the calendar files the app writes, read by
# independent readers from Debian packages (libical, python icalendar with
# recurring_ical_events, khal, a Radicale CalDAV server), each compared with the
# app's own UTC instants (expected.json). One line per reader, then a summary;
# non-zero on any mismatch or when a reader is not installed.
# OUTDIR keeps the fixtures for a look afterwards; by default they go to a temp dir.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
py=/usr/bin/python3

missing=()
[ -x "$py" ] || missing+=("python3")
"$py" -c 'import icalendar' 2>/dev/null || missing+=("python3-icalendar")
"$py" -c 'import recurring_ical_events' 2>/dev/null || missing+=("python3-recurring-ical-events")
"$py" -c 'import gi; gi.require_version("ICalGLib", "3.0")' 2>/dev/null || missing+=("python3-gi gir1.2-ical-3.0")
"$py" -c 'import radicale' 2>/dev/null || missing+=("radicale")
command -v khal >/dev/null || missing+=("khal")
if [ "${#missing[@]}" -gt 0 ]; then
  echo "readers: not installed; run: apt-get install --no-install-recommends ${missing[*]} (or bash .ci/run)"
  exit 1
fi

if [ -n "${1:-}" ]; then
  out=$(mkdir -p "$1" && cd "$1" && pwd)
  logs=$(mktemp -d)
  trap 'rm -rf "$logs"' EXIT
else
  out=$(mktemp -d)
  logs="$out/.logs"
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$logs"

started=$SECONDS
if ! "$repo/node_modules/.bin/tsx" "$here/make-fixtures.ts" "$out" >"$logs/fixtures" 2>&1; then
  cat "$logs/fixtures"
  echo "readers: FAIL (could not make the fixtures)"
  exit 1
fi
sed 's/^/readers: /' "$logs/fixtures"

# khal and Radicale spend most of their time starting processes and waiting on
# HTTP; run them beside the in-process readers.
checks=(libical python khal radicale)
run_check() {
  case "$1" in
    libical) "$py" "$here/check_libical.py" "$out" ;;
    python) "$py" "$here/check_python.py" "$out" ;;
    khal) bash "$here/check_khal.sh" "$out" ;;
    radicale) "$py" "$here/check_radicale.py" "$out" ;;
  esac
}
for check in "${checks[@]}"; do
  (run_check "$check" >"$logs/$check" 2>&1; echo $? >"$logs/$check.rc") &
done
wait

failed=()
for check in "${checks[@]}"; do
  cat "$logs/$check"
  [ "$(cat "$logs/$check.rc")" = 0 ] || failed+=("$check")
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "readers: FAIL: ${failed[*]} ($((SECONDS - started)) s)"
  exit 1
fi
echo "readers: all ${#checks[@]} readers agree with the app's instants ($((SECONDS - started)) s)"
