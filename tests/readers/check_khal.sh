#!/usr/bin/env bash
# check_khal.sh FIXTURES: khal, a real command-line calendar, imports every file
# (`khal import --batch` into vdir calendars, see khal_plan.py) and lists them in
# two viewer zones; the local times must be the expected UTC instants seen from that
# zone. For each replacement, v1 and then v2 go into the same calendar: v2's
# events must be there once each and v1's old times nowhere.
set -euo pipefail
fixtures=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
plan() { /usr/bin/python3 "$here/khal_plan.py" "$@"; }
# Viewer zones chosen to differ from every event zone, one in each hemisphere.
zones=(Pacific/Auckland America/Los_Angeles)

if ! command -v khal >/dev/null; then
  echo "khal: missing: apt-get install khal"
  exit 3
fi

# On tmpfs when there is one: khal's cache is SQLite, which syncs on every import.
work=$(mktemp -d -p "$([ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")")
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
for zone in "${zones[@]}"; do plan config "$fixtures" "$work" "$zone"; done
first_conf="$work/khal-${zones[0]//\//_}.conf"

while IFS=$'\t' read -r -a line; do
  calendar=${line[0]}
  files=("${line[@]:1}")
  if ! khal -c "$first_conf" import --batch -a "$calendar" "${files[@]}" </dev/null >"$work/import.log" 2>&1; then
    echo "  khal import of ${files[*]##*/} failed:"
    sed 's/^/    /' "$work/import.log"
    echo "khal: FAIL"
    exit 1
  fi
done < <(plan imports "$fixtures")

status=0
for zone in "${zones[@]}"; do
  conf="$work/khal-${zone//\//_}.conf"
  out="$work/list-${zone//\//_}.txt"
  IFS=$'\t' read -r from to < <(plan range "$fixtures" "$zone")
  khal -c "$conf" list --day-format 'DAY {date}' \
    --format '{calendar}|{uid}|{start-long}|{end-long}|{cancelled}|{title}' "$from" "$to" </dev/null >"$out"
  plan compare "$fixtures" "$zone" "$out" || status=1
done

if [ "$status" -ne 0 ]; then
  echo "khal: FAIL"
  exit 1
fi
echo "khal $(khal --version | awk '{print $3}'): ok (in ${zones[*]})"
