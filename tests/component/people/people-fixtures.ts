import type { Person, Settings } from '../../../src/shared/entities';
import type { PersonSummary } from '../../../src/shared/views';
import { samplePerson } from '../../support/sample-records';

// A small, varied address book: accents, blank organisations, people in
// several groups and in none, and more than one time zone.

const AT = '2027-01-10T09:00:00.000Z';

let counter = 0;
function id(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function person(values: Partial<Person> & Pick<Person, 'name' | 'email'>): Person {
  return samplePerson(id(), { createdAt: AT, updatedAt: AT, ...values });
}

export function summary(p: Person, groupNames: string[] = []): PersonSummary {
  return { person: p, activeGroupCount: groupNames.length, groupNames };
}

export const settings: Settings = { coachName: 'Sam Coach', coachTimeZone: 'Europe/Lisbon', coachEmail: '' };

export function addressBook(): PersonSummary[] {
  return [
    summary(person({ name: 'Ana Souza', email: 'ana@acme.example', organisation: 'Acme', role: 'Team lead', timeZone: 'Europe/Lisbon' }), [
      'New managers',
      'Product leads',
    ]),
    summary(person({ name: 'José Álvarez', email: 'jose@globex.example', organisation: 'Globex', role: 'Engineer' }), ['New managers']),
    summary(person({ name: 'Mei Lin', email: 'mei@initech.example', organisation: 'Initech', role: 'Designer', timeZone: 'Asia/Singapore' })),
    summary(person({ name: 'Tom Okafor', email: 'tom@example.com', role: 'Freelance coach' }), ['Product leads']),
  ];
}
