import type { BetweenSettings, BetweenSettingsInput } from '../../../shared/between';
import type { BetweenView } from '../../../shared/contract/between';

// The rules dialog's form and its translation to and from the contract's
// input. The form holds what the inputs need (strings for selects and the
// number field, objects for rows); the contract's schema still decides what is
// valid, and its error paths are mapped back onto the form's own fields.

export interface BetweenSettingsForm {
  oddMember: 'triad' | 'with-coach';
  neverPair: { a: string; b: string }[];
  preferDifferentTeams: boolean;
  /** One row per member of the view, in its order; only current members are shown. */
  teams: { personId: string; team: string }[];
  cadence: 'between-meetings' | 'every-weeks' | 'none';
  weeks: string;
}

export function formFromSettings(view: BetweenView): BetweenSettingsForm {
  const { settings } = view;
  const teamOf = new Map(settings.teams.map((t) => [t.personId, t.team]));
  const cadence = settings.oneToOneCadence;
  return {
    oddMember: settings.pairing.oddMember,
    neverPair: settings.pairing.neverPair.map(([a, b]) => ({ a, b })),
    preferDifferentTeams: settings.pairing.preferDifferentTeams,
    teams: view.members.map((m) => ({ personId: m.personId, team: teamOf.get(m.personId) ?? '' })),
    cadence: cadence.type,
    weeks: cadence.type === 'every-weeks' ? String(cadence.weeks) : '4',
  };
}

export function inputFromForm(form: BetweenSettingsForm): BetweenSettingsInput {
  // An empty number field is "no number" (NaN), so the schema asks for one rather than reading 0.
  const weeks = form.weeks.trim() === '' ? Number.NaN : Number(form.weeks);
  return {
    pairing: {
      oddMember: form.oddMember,
      neverPair: form.neverPair.map(({ a, b }) => [a, b] as [string, string]),
      preferDifferentTeams: form.preferDifferentTeams,
    },
    teams: form.teams.filter((t) => t.team.trim() !== ''),
    oneToOneCadence: form.cadence === 'every-weeks' ? { type: 'every-weeks', weeks } : { type: form.cadence },
  };
}

/**
 * Where an error about the contract's input belongs on the form, or null when
 * no field shows it. Paths come from the schema (e.g. "pairing.neverPair.0.1")
 * and from main, which may prefix them with "settings.". Team errors index the
 * list sent (blank teams left out), so the form maps them back to its rows.
 */
export function formPathOf(inputPath: string, form: BetweenSettingsForm): string | null {
  const parts = inputPath.replace(/^settings\./, '').split('.');
  const [head, key, index, side] = parts;
  if (head === 'pairing' && key === 'oddMember') return 'oddMember';
  if (head === 'pairing' && key === 'preferDifferentTeams') return 'preferDifferentTeams';
  if (head === 'pairing' && key === 'neverPair' && index !== undefined && /^\d+$/.test(index)) {
    return `neverPair.${index}.${side === '0' ? 'a' : 'b'}`;
  }
  if (head === 'oneToOneCadence') return key === 'weeks' ? 'weeks' : 'cadence';
  if (head === 'teams' && key !== undefined && /^\d+$/.test(key)) {
    const sent = form.teams.filter((t) => t.team.trim() !== '')[Number(key)];
    const row = sent ? form.teams.indexOf(sent) : -1;
    return row >= 0 ? `teams.${row}.team` : null;
  }
  return null;
}

/** The message for a field whose value explains the schema's complaint better than the schema can. */
export function friendlierMessage(formPath: string, form: BetweenSettingsForm, message: string): string {
  const match = /^neverPair\.(\d+)\.(a|b)$/.exec(formPath);
  if (match) {
    const row = form.neverPair[Number(match[1])];
    if (row && row[match[2] as 'a' | 'b'] === '') return 'Choose a member.';
  }
  return message;
}

/** The rules as sentences for the card, with members' names. */
export function rulesInWords(settings: BetweenSettings, view: BetweenView, internal: boolean): string[] {
  const nameOf = (id: string) => view.members.find((m) => m.personId === id)?.name ?? 'a former member';
  const lines: string[] = [];
  lines.push(
    settings.pairing.oddMember === 'triad'
      ? 'With an odd number of members, three of them meet as a triad; who is in the triad rotates.'
      : 'With an odd number of members, one of them meets you instead, counted as their 1:1; who that is rotates.',
  );
  const never = settings.pairing.neverPair.map(([a, b]) => `${nameOf(a)} and ${nameOf(b)}`);
  lines.push(never.length === 0 ? 'No pairs are ruled out.' : `Never paired: ${never.join('; ')}.`);
  if (internal) {
    const teams = new Map<string, string[]>();
    for (const t of settings.teams) teams.set(t.team, [...(teams.get(t.team) ?? []), nameOf(t.personId)]);
    const listed = [...teams.entries()].sort(([x], [y]) => x.localeCompare(y, 'en')).map(([team, names]) => `${team} (${names.join(', ')})`);
    lines.push(
      settings.pairing.preferDifferentTeams
        ? `Partners from different teams are preferred when that costs no repeat${listed.length > 0 ? `. Teams: ${listed.join('; ')}` : ', but no teams are set yet'}.`
        : 'Teams do not matter for pairing.',
    );
  }
  const cadence = settings.oneToOneCadence;
  lines.push(
    cadence.type === 'between-meetings'
      ? '1:1s: one with each member between two meetings.'
      : cadence.type === 'every-weeks'
        ? `1:1s: one with each member every ${cadence.weeks === 1 ? 'week' : `${cadence.weeks} weeks`}.`
        : '1:1s: none planned for this group.',
  );
  return lines;
}
