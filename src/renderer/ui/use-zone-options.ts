import { useEffect, useMemo, useState } from 'react';
import type { ZonePlace } from './time-zone-places';
import { zoneOptions, type ZoneOption } from './time-zone-search';
import { timeZoneNames } from './time-zones';

// The place data is a separate chunk, fetched once per window the first time a
// zone field appears. Until it arrives (a few milliseconds from the local disk)
// the picker still lists and finds zones by id.
let places: Map<string, ZonePlace> | null = null;
let loading: Promise<Map<string, ZonePlace>> | null = null;

export function loadZonePlaces(): Promise<Map<string, ZonePlace>> {
  loading ??= import('./time-zone-places').then((module) => {
    places = module.placesByZone(timeZoneNames());
    return places;
  });
  return loading;
}

/** Every zone the runtime lists, as picker options. */
export function useZoneOptions(): ZoneOption[] {
  const [loaded, setLoaded] = useState(places);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    loadZonePlaces().then(
      (result) => {
        if (current) setLoaded(result);
      },
      // Without place data the list still works by zone id; nothing to tell the coach.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [loaded]);
  return useMemo(() => zoneOptions(timeZoneNames(), loaded), [loaded]);
}
