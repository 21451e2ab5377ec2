import type { ImportFieldSource } from '../../../shared/views';
import { composeName, firstValue, PERSON_FIELDS, type PersonField } from './contact';

// How CSV headers are understood. Every tool names its columns differently
// (Google "E-mail 1 - Value", Outlook "E-mail 2 Address", LinkedIn "Email
// Address", a hand-made sheet "Email"), so headers are compared after
// dropping case, accents, digits and punctuation, and looked up in one table.
//
// The rules the table encodes:
// - A header means one part of a contact and nothing else (the table is
//   checked for clashes when this module loads).
// - A part may have several columns: they are tried in the order the table
//   lists their headers, then left to right, and the first non-empty value
//   wins (E-mail 1, then E-mail 2).
// - A weak header counts only when no other column names that part. A bare
//   "Title" is the job title in a hand-made sheet, but in Outlook's export,
//   which also has "Job Title", it is the honorific ("Ms."), so it is not read.

export type ColumnPart =
  | 'fullName'
  | 'givenName'
  | 'middleName'
  | 'familyName'
  | 'namePrefix'
  | 'nameSuffix'
  | 'email'
  | 'timeZone'
  | 'organisation'
  | 'role'
  | 'phone';

interface Alias {
  part: ColumnPart;
  headers: readonly string[];
  weak?: true;
}

const ALIASES: readonly Alias[] = [
  { part: 'fullName', headers: ['name', 'fullname', 'displayname', 'contactname', 'formattedname'] },
  { part: 'givenName', headers: ['firstname', 'givenname', 'forename'] },
  { part: 'middleName', headers: ['middlename', 'middlenames', 'additionalname'] },
  { part: 'familyName', headers: ['lastname', 'surname', 'familyname'] },
  { part: 'namePrefix', headers: ['nameprefix', 'prefix', 'salutation', 'honorific'] },
  { part: 'nameSuffix', headers: ['suffix', 'namesuffix'] },
  // Google: "E-mail 1 - Value"; Outlook: "E-mail Address", "E-mail 2 Address".
  { part: 'email', headers: ['email', 'emailaddress', 'emailvalue', 'mail', 'primaryemail'] },
  { part: 'email', headers: ['workemail', 'businessemail', 'personalemail', 'homeemail', 'otheremail'] },
  { part: 'timeZone', headers: ['timezone', 'tz', 'zone', 'ianatimezone'] },
  { part: 'organisation', headers: ['organisation', 'organization', 'company', 'org', 'employer'] },
  // Google: "Organization Name" (older exports "Organization 1 - Name").
  { part: 'organisation', headers: ['organisationname', 'organizationname', 'companyname'] },
  // Google: "Organization Title"; Outlook: "Job Title"; LinkedIn: "Position".
  { part: 'role', headers: ['role', 'jobtitle', 'position', 'organisationtitle', 'organizationtitle'] },
  { part: 'role', headers: ['occupation', 'profession'] },
  { part: 'role', headers: ['title'], weak: true },
  // Google: "Phone 1 - Value"; Outlook: "Mobile Phone", "Primary Phone", "Business Phone", ...
  { part: 'phone', headers: ['phone', 'phonenumber', 'phonevalue', 'primaryphone', 'telephone', 'tel'] },
  { part: 'phone', headers: ['mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone'] },
  { part: 'phone', headers: ['businessphone', 'workphone', 'homephone', 'otherphone'] },
];

interface AliasHit {
  part: ColumnPart;
  /** Position of the header in the table: lower is tried first. */
  rank: number;
  weak: boolean;
}

const BY_HEADER: ReadonlyMap<string, AliasHit> = (() => {
  const map = new Map<string, AliasHit>();
  for (const alias of ALIASES) {
    for (const header of alias.headers) {
      if (map.has(header)) throw new Error(`The header "${header}" is listed twice in the column table.`);
      map.set(header, { part: alias.part, rank: map.size, weak: alias.weak === true });
    }
  }
  return map;
})();

/** "E-mail 2 - Value" → "emailvalue", "Time Zone" → "timezone", "Prénom" → "prenom". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export interface ColumnPlan {
  /** The header row as written (trimmed). */
  headers: string[];
  /** For each part, the columns to try, in order. */
  columns: Record<ColumnPart, number[]>;
}

const emptyColumns = (): Record<ColumnPart, number[]> => ({
  fullName: [],
  givenName: [],
  middleName: [],
  familyName: [],
  namePrefix: [],
  nameSuffix: [],
  email: [],
  timeZone: [],
  organisation: [],
  role: [],
  phone: [],
});

export function planColumns(headerCells: readonly string[]): ColumnPlan {
  const headers = headerCells.map((h) => h.trim());
  const hits = new Map<ColumnPart, { index: number; hit: AliasHit }[]>();
  headers.forEach((header, index) => {
    const hit = BY_HEADER.get(normaliseHeader(header));
    if (!hit) return;
    const list = hits.get(hit.part) ?? [];
    list.push({ index, hit });
    hits.set(hit.part, list);
  });
  const columns = emptyColumns();
  for (const [part, list] of hits) {
    const strong = list.filter((c) => !c.hit.weak);
    const used = strong.length > 0 ? strong : list;
    columns[part] = used.sort((a, b) => a.hit.rank - b.hit.rank || a.index - b.index).map((c) => c.index);
  }
  return { headers, columns };
}

const NAME_PARTS: readonly ColumnPart[] = ['fullName', 'givenName', 'middleName', 'familyName', 'nameSuffix'];

export const hasNameColumn = (plan: ColumnPlan): boolean =>
  plan.columns.fullName.length + plan.columns.givenName.length + plan.columns.familyName.length > 0;

export const hasEmailColumn = (plan: ColumnPlan): boolean => plan.columns.email.length > 0;

/** How many parts of a contact the header row names: used to tell a header from notes above it. */
export const recognisedParts = (plan: ColumnPlan): number =>
  Object.values(plan.columns).filter((list) => list.length > 0).length;

/** The person's values from one row, following the plan. */
export function readCells(cells: readonly string[], plan: ColumnPlan): Partial<Record<PersonField, string>> {
  const pick = (part: ColumnPart): string | undefined => {
    const indexes = plan.columns[part];
    if (indexes.length === 0) return undefined;
    for (const i of indexes) {
      const value = firstValue(cells[i] ?? '');
      if (value) return value;
    }
    return '';
  };
  const values: Partial<Record<PersonField, string>> = {
    name: composeName({
      full: pick('fullName'),
      given: pick('givenName'),
      middle: pick('middleName'),
      family: pick('familyName'),
      prefix: pick('namePrefix'),
      suffix: pick('nameSuffix'),
    }),
  };
  for (const field of ['email', 'timeZone', 'organisation', 'role', 'phone'] as const) {
    const value = pick(field);
    if (value !== undefined) values[field] = value;
  }
  return values;
}

/** Which headers each field was read from, for the preview to show. */
export function columnSources(plan: ColumnPlan): ImportFieldSource[] {
  const headersOf = (parts: readonly ColumnPart[]) => parts.flatMap((part) => plan.columns[part].map((i) => plan.headers[i] ?? ''));
  return PERSON_FIELDS.map((field) => ({ field, from: headersOf(field === 'name' ? NAME_PARTS : [field]) })).filter(
    (source) => source.from.length > 0,
  );
}
