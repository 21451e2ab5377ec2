import { rawTimeZones, type RawTimeZone } from '@vvo/tzdb';
import { canonicalTimeZone } from '../../shared/primitives';
import { cityOfZone } from './time-zones';

// Where each time zone is: its country, its biggest cities and the name of its
// time ("Central European Time"), so the picker finds Europe/Berlin for
// "Munich", "Germany" or "CET". The data is @vvo/tzdb (IANA zones with GeoNames
// cities, updated with each tz release). This module is loaded on demand, the
// first time a form with a zone field opens, so the app's start does not pay
// for it (about 90 KB).

export interface ZonePlace {
  /** The area's main zone as IANA names it today ("Asia/Kolkata"), which may differ from the id ICU lists. */
  ianaName: string;
  /** The city the zone is named after, in today's IANA spelling ("Kolkata" for Asia/Calcutta). */
  city: string;
  /** Other big cities on this zone's clock, for zones that are the main one of their area. */
  otherCities: readonly string[];
  country: string;
  countryCode: string;
  /** The name of the time kept there, such as "Central European Time". */
  timeName: string;
  abbreviations: readonly string[];
}

const foldAccents = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * Place facts for each zone the runtime lists. @vvo/tzdb has one entry per
 * area that keeps one clock, named by its main zone in current IANA spelling;
 * ICU may list that zone under an older name (Asia/Calcutta), found by
 * resolving the name. Other zones of the area (America/Detroit beside
 * America/New_York) get the area's country and time name, but only their own
 * city: New York's cities are not Detroit's.
 */
export function placesByZone(listed: readonly string[]): Map<string, ZonePlace> {
  const known = new Set(listed);
  const places = new Map<string, ZonePlace>();
  const members: Array<[string, RawTimeZone]> = [];

  for (const entry of rawTimeZones) {
    const id = known.has(entry.name) ? entry.name : canonicalTimeZone(entry.name);
    if (id === null || places.has(id)) continue;
    // Zone ids are ASCII ("Sao_Paulo"); the city list has the real spelling ("São Paulo").
    const plain = cityOfZone(entry.name);
    const city = entry.mainCities.find((c) => foldAccents(c) === foldAccents(plain)) ?? plain;
    places.set(id, {
      ianaName: entry.name,
      city,
      otherCities: entry.mainCities.filter((c) => c !== city),
      country: entry.countryName,
      countryCode: entry.countryCode,
      timeName: entry.alternativeName,
      abbreviations: [entry.abbreviation, entry.dstAbbreviation ?? ''].filter(Boolean),
    });
    for (const member of entry.group) if (member !== entry.name) members.push([member, entry]);
  }
  for (const [member, entry] of members) {
    if (!known.has(member) || places.has(member)) continue;
    places.set(member, {
      ianaName: member,
      city: cityOfZone(member),
      otherCities: [],
      country: entry.countryName,
      countryCode: entry.countryCode,
      timeName: entry.alternativeName,
      abbreviations: [],
    });
  }
  return places;
}
