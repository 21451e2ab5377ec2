import { NO_FILTERS, groupFilterValue, parseGroupFilter, type PeopleFilters } from './people-filter';

// The people list's search, filters and sort live in the address (#/people?q=ana&org=Acme),
// so opening a person and coming back, or Back and Forward, finds the list as it was left.
// Only what differs from the defaults is written, so a plain list has a plain address.

const KEYS = { query: 'q', organisation: 'org', group: 'group', timeZone: 'zone', sort: 'sort', direction: 'dir' } as const;

export function filtersFromParams(params: URLSearchParams): PeopleFilters {
  const sort = params.get(KEYS.sort);
  const direction = params.get(KEYS.direction);
  return {
    query: params.get(KEYS.query) ?? '',
    organisation: params.get(KEYS.organisation) ?? '',
    group: parseGroupFilter(params.get(KEYS.group) ?? ''),
    timeZone: params.get(KEYS.timeZone) ?? '',
    sort: sort === 'organisation' ? 'organisation' : 'name',
    direction: direction === 'desc' ? 'desc' : 'asc',
  };
}

/** `params` with the filters written in (other parameters, such as ?new=1, are kept). */
export function paramsWithFilters(params: URLSearchParams, filters: PeopleFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const values: Record<keyof typeof KEYS, string> = {
    query: filters.query,
    organisation: filters.organisation,
    group: groupFilterValue(filters.group),
    timeZone: filters.timeZone,
    sort: filters.sort,
    direction: filters.direction,
  };
  const defaults: Record<keyof typeof KEYS, string> = {
    query: NO_FILTERS.query,
    organisation: NO_FILTERS.organisation,
    group: groupFilterValue(NO_FILTERS.group),
    timeZone: NO_FILTERS.timeZone,
    sort: NO_FILTERS.sort,
    direction: NO_FILTERS.direction,
  };
  for (const key of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
    if (values[key] === defaults[key]) next.delete(KEYS[key]);
    else next.set(KEYS[key], values[key]);
  }
  return next;
}
