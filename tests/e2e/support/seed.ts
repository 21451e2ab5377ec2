import type { Host } from './host';

// Groups and members put in through the contract, as most journeys start:
// a coach-facilitated virtual group in London from 1 Nov 2026, and people who
// join it that day. Each spec names its own group, purpose and colour.

export interface CircleSpec {
  name: string;
  purpose: string;
  color: string;
  /** The link's last part: https://meet.example.com/<slug>. */
  slug: string;
}

export interface MemberSpec {
  name: string;
  timeZone?: string;
}

export const SEEDED_START = '2026-11-01';

/** The new managers' circle several journeys use. */
export const TUESDAY: CircleSpec = { name: 'Tuesday Circle', purpose: 'New managers supporting each other through their first year.', color: '#2563eb', slug: 'tuesday' };

/** A plain address from a name: "Tomás Ruiz" -> tomas@example.com. */
export const emailOf = (name: string): string => `${name.split(' ')[0]!.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}@example.com`;

export async function seedGroup(host: Host, spec: CircleSpec): Promise<string> {
  const group = await host.call<{ id: string }>('groups.create', {
    name: spec.name,
    purpose: spec.purpose,
    kind: { type: 'standalone' },
    facilitation: 'coach',
    startDate: SEEDED_START,
    plannedEnd: { type: 'duration', months: 12 },
    timeZone: 'Europe/London',
    meetingMinutes: 120,
    mode: { type: 'virtual', videoLink: `https://meet.example.com/${spec.slug}` },
    color: spec.color,
  });
  return group.id;
}

/** New people who join the group on its first day; answers, by name, their person and membership ids. */
export async function seedMembers(host: Host, groupId: string, members: readonly MemberSpec[]): Promise<Record<string, { personId: string; membershipId: string }>> {
  const made: Record<string, { personId: string; membershipId: string }> = {};
  for (const { name, timeZone } of members) {
    const person = await host.call<{ id: string }>('people.create', { name, email: emailOf(name), timeZone: timeZone ?? 'Europe/London', organisation: '', role: '', phone: '' });
    const membership = await host.call<{ id: string }>('memberships.add', { groupId, personId: person.id, joinedOn: SEEDED_START });
    made[name] = { personId: person.id, membershipId: membership.id };
  }
  return made;
}
