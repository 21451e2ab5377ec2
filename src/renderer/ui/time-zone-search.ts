import { matchSorter, rankings } from 'match-sorter';
import type { ZonePlace } from './time-zone-places';
import { cityOfZone } from './time-zones';

// The picker's choices and how typed text finds them. Ranking is match-sorter's
// (exact, then starts-with, then word-starts-with, accents ignored, so "Sao
// Paulo" finds São Paulo), tried on the zone id first, then cities, country and
// the name of the time; a fixed-width alias such as "CET" or a country code
// such as "NZ" must match exactly.

export interface ZoneOption {
  /** The zone id the form stores, such as "Europe/Berlin". */
  id: string;
  /** What a coach recognises: "Berlin, Germany". */
  label: string;
  /** Other cities on the same clock, such as "Hamburg, Munich, Köln"; '' when there are none. */
  detail: string;
  keys: {
    idWords: string;
    ianaName: string;
    cities: readonly string[];
    country: string;
    codes: readonly string[];
    timeName: string;
  };
}

/** How many matches the list shows at once; typing more narrows the rest. */
export const MAX_SHOWN = 50;

const UTC_OPTION: ZoneOption = {
  id: 'UTC',
  label: 'UTC',
  detail: 'Coordinated Universal Time',
  keys: { idWords: 'UTC', ianaName: 'Etc/UTC', cities: [], country: '', codes: ['UTC', 'GMT', 'Z'], timeName: 'Coordinated Universal Time' },
};

function optionFor(id: string, place: ZonePlace | undefined): ZoneOption {
  if (id === 'UTC') return UTC_OPTION;
  const city = place?.city ?? cityOfZone(id);
  return {
    id,
    label: place ? `${city}, ${place.country}` : city,
    detail: place ? place.otherCities.join(', ') : '',
    keys: {
      idWords: id.replace(/[/_]/g, ' '),
      ianaName: place?.ianaName ?? id,
      cities: place ? [city, ...place.otherCities] : [city],
      country: place?.country ?? '',
      codes: place ? [place.countryCode, ...place.abbreviations] : [],
      timeName: place?.timeName ?? '',
    },
  };
}

/** One option per listed zone, with place facts where they are known (they arrive a moment after the list). */
export function zoneOptions(ids: readonly string[], places: ReadonlyMap<string, ZonePlace> | null): ZoneOption[] {
  return ids.map((id) => optionFor(id, places?.get(id)));
}

/** A zone the list does not hold (a stored id from an older runtime, say), so it can still be shown and chosen. */
export const unlistedOption = (id: string): ZoneOption => optionFor(id, undefined);

export interface ZoneMatches {
  shown: ZoneOption[];
  total: number;
}

/** The options that match `query`, best first, at most MAX_SHOWN of them; every option for an empty query. */
export function findZones(options: readonly ZoneOption[], query: string): ZoneMatches {
  const text = query.trim();
  const found =
    text === ''
      ? options
      : matchSorter(options, text, {
          keys: [
            'id',
            'keys.idWords',
            'keys.ianaName',
            'keys.cities',
            'keys.country',
            { key: 'keys.codes', threshold: rankings.EQUAL },
            'keys.timeName',
          ],
          threshold: rankings.WORD_STARTS_WITH,
        });
  return { shown: found.slice(0, MAX_SHOWN), total: found.length };
}
