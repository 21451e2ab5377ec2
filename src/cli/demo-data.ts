import type { SeriesPattern } from '../shared/calendar/recurrence';
import type { GoalStatus, GroupInput, PersonInput } from '../shared/entities';
import { addDaysToDate, addMonthsToDate } from '../shared/calendar/days';

// A believable practice for a coach in London: four circles in different
// zones and formats, about 25 people, a few in two circles, and some loose
// ends (a missing goal, a missing or outdated agreement) so the dashboard has
// something to say. Emails use the reserved .example domain.

type DemoPerson = PersonInput & { key: string };

const p = (key: string, name: string, org: string, role: string, timeZone: string, phone = ''): DemoPerson => {
  const words = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(' ');
  const local = `${words[0]}.${(words.at(-1) ?? '').replace(/[^a-z]/g, '')}`;
  const domain = `${org.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
  return { key, name, email: `${local}@${domain}`, timeZone, organisation: org, role, phone };
};

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  p('amara', 'Amara Okafor', 'Brightpath Health', 'Engineering Manager', 'Europe/London', '+44 20 7946 0101'),
  p('tomas', 'Tomás Herrera', 'Kestrel Analytics', 'Team Lead', 'Europe/Madrid'),
  p('hannah', 'Hannah Lindqvist', 'Nordlys Design', 'Design Manager', 'Europe/Stockholm'),
  p('raj', 'Raj Patel', 'Larkspur Bank', 'Operations Manager', 'Europe/London', '+44 161 496 0123'),
  p('siobhan', 'Siobhán Murphy', 'Clearwater Council', 'Service Manager', 'Europe/Dublin'),
  p('daniel', 'Daniel Mensah', 'Fieldnote Media', 'Product Manager', 'Europe/London'),
  p('yuki', 'Yuki Tanaka', 'Kestrel Analytics', 'Data Team Lead', 'Europe/London'),
  p('priscilla', 'Priscilla Nguyen', 'Harborview Software', 'VP Engineering', 'America/New_York', '+1 212 555 0147'),
  p('leah', 'Leah Goldberg', 'Cobalt Robotics', 'Director of Product', 'America/New_York'),
  p('mariana', 'Mariana Costa', 'Quanta Pay', 'Engineering Director', 'America/Sao_Paulo'),
  p('aisha', 'Aisha Bello', 'Northstar Cloud', 'Principal Engineer', 'America/Chicago'),
  p('grace', 'Grace Kim', 'Meridian Health Tech', 'Chief Technology Officer', 'America/Los_Angeles', '+1 415 555 0199'),
  p('fatima', 'Fatima Al-Sayed', 'Tidewater Labs', 'Head of Platform', 'America/Toronto'),
  p('jonas', 'Jonas Becker', 'Northwind Logistics', 'Head of Warehousing', 'Europe/Berlin', '+49 30 901820'),
  p('lena', 'Lena Schulz', 'Northwind Logistics', 'Finance Lead', 'Europe/Berlin'),
  p('marco', 'Marco Rossi', 'Northwind Logistics', 'Regional Manager', 'Europe/Rome'),
  p('sophie', 'Sophie Dubois', 'Northwind Logistics', 'HR Business Partner', 'Europe/Paris'),
  p('piotr', 'Piotr Kowalski', 'Northwind Logistics', 'IT Manager', 'Europe/Warsaw'),
  p('ingrid', 'Ingrid Vos', 'Northwind Logistics', 'Customer Operations Lead', 'Europe/Amsterdam'),
  p('weiling', 'Wei Ling Tan', 'Sprout Robotics', 'Co-founder and CEO', 'Asia/Singapore', '+65 6123 4567'),
  p('arjun', 'Arjun Mehta', 'Ledgerleaf', 'Founder', 'Asia/Kolkata'),
  p('nadia', 'Nadia Rahman', 'Kopi Labs', 'CEO', 'Asia/Kuala_Lumpur'),
  p('ben', 'Ben Carter', 'Tallgrass Studio', 'Founder', 'Australia/Sydney'),
  p('olivia', 'Olivia Brown', 'Harborview Software', 'Engineering Manager', 'America/New_York'),
  p('kwame', 'Kwame Asante', 'Brightpath Health', 'Clinical Operations Lead', 'Europe/London'),
];

export interface DemoMember {
  person: string;
  /** Months before "today" the member joined; defaults to the group's start. */
  joinedMonthsAgo?: number;
  leftMonthsAgo?: number;
  goal?: { text: string; status: GoalStatus; targetInDays?: number };
  /** false: has not agreed yet; 'stale': agreed before the norms last changed. */
  agreed?: false | 'stale';
}

export interface DemoGroup {
  key: string;
  startedMonthsAgo: number;
  input: (start: string) => GroupInput;
  members: DemoMember[];
  /** Norms the group added when contracting, after the first agreements. */
  extraNorms?: string[];
  /** How its meetings repeat and when they start, in the group's zone. */
  series: { pattern: SeriesPattern; startTime: string };
}

/** `targetInDays` counts from the demo's "today"; a negative one is overdue. */
const goal = (text: string, status: GoalStatus = 'in-progress', targetInDays?: number) => ({ text, status, targetInDays });

export const DEMO_GROUPS: readonly DemoGroup[] = [
  {
    key: 'managers',
    series: { pattern: { type: 'monthly-weekday', week: 2, weekday: 'TU' }, startTime: '18:00' },
    startedMonthsAgo: 4,
    input: (startDate) => ({
      name: 'New Managers Circle',
      purpose: 'First-time managers supporting each other through their first year of leading a team.',
      kind: { type: 'standalone' },
      facilitation: 'coach',
      startDate,
      plannedEnd: { type: 'duration', months: 12 },
      timeZone: 'Europe/London',
      meetingMinutes: 120,
      mode: { type: 'virtual', videoLink: 'https://meet.example.com/new-managers-circle' },
      color: '#2563eb',
    }),
    members: [
      { person: 'amara', goal: goal('I want to get better at delegating work I used to do myself', 'in-progress', 20) },
      { person: 'tomas', goal: goal('I want to get better at giving difficult feedback early', 'in-progress', -10) },
      { person: 'hannah', goal: goal('I want to get better at saying no to requests that do not fit our priorities', 'achieved') },
      { person: 'raj' },
      { person: 'siobhan', goal: goal('I want to get better at running one-to-ones that people look forward to', 'not-started', 40), agreed: false },
      { person: 'daniel', leftMonthsAgo: 1, goal: goal('I want to get better at managing my own time', 'dropped') },
      { person: 'yuki', goal: goal('I want to get better at speaking up in senior meetings', 'in-progress', 25) },
      { person: 'marco', joinedMonthsAgo: 2, goal: goal('I want to get better at coaching rather than fixing', 'in-progress') },
    ],
  },
  {
    key: 'wit',
    series: { pattern: { type: 'monthly-weekday', week: -1, weekday: 'TH' }, startTime: '12:30' },
    startedMonthsAgo: 2,
    input: (startDate) => ({
      name: 'Women in Tech Leadership',
      purpose: 'Senior women in technology growing their influence and leading through change.',
      kind: { type: 'standalone' },
      facilitation: 'coach',
      startDate,
      plannedEnd: { type: 'duration', months: 6 },
      timeZone: 'America/New_York',
      meetingMinutes: 90,
      mode: { type: 'hybrid', videoLink: 'https://meet.example.com/wit-leadership', address: 'The Loft, 120 Hudson Street, New York' },
      color: '#db2777',
    }),
    members: [
      { person: 'yuki', goal: goal('I want to get better at building a network outside my company', 'not-started', 30) },
      { person: 'priscilla', goal: goal('I want to get better at leading my leaders through a reorganisation', 'in-progress', 45) },
      { person: 'leah', goal: goal('I want to get better at negotiating for my team\u2019s headcount', 'in-progress', 14) },
      { person: 'mariana', goal: goal('I want to get better at telling the story behind our roadmap', 'in-progress') },
      { person: 'aisha', goal: goal('I want to get better at influencing without authority', 'not-started', 60) },
      { person: 'grace', goal: goal('I want to get better at presenting to the board with confidence', 'in-progress', 21) },
      { person: 'fatima' },
    ],
  },
  {
    key: 'northwind',
    series: { pattern: { type: 'monthly-day', day: 15 }, startTime: '09:00' },
    // Starts next month: everyone joins on the first day, and the group contracts before it.
    startedMonthsAgo: -1,
    input: (startDate) => ({
      name: 'Northwind Leadership Circle',
      purpose: 'Managers across Northwind Logistics learning from each other as the company grows into new regions.',
      kind: { type: 'internal', organisation: 'Northwind Logistics', sponsorName: 'Priya Raman', sponsorEmail: 'priya.raman@northwindlogistics.example' },
      facilitation: 'coach',
      startDate,
      plannedEnd: { type: 'date', endDate: addDaysToDate(addMonthsToDate(startDate, 12), -1) },
      timeZone: 'Europe/Berlin',
      meetingMinutes: 180,
      mode: { type: 'in-person', address: 'Northwind Logistics, Friedrichstraße 68, 10117 Berlin, meeting room 4' },
      color: '#059669',
    }),
    extraNorms: ['The sponsor hears themes only, never who said what, and only with the group\u2019s consent.'],
    members: [
      { person: 'jonas', goal: goal('I want to get better at handing over decisions to my shift leads', 'not-started', 75) },
      { person: 'lena', goal: goal('I want to get better at explaining numbers to people who dread them', 'not-started', 60) },
      { person: 'marco', goal: goal('I want to get better at leading a team spread over three sites', 'not-started', 90) },
      { person: 'sophie', goal: goal('I want to get better at challenging senior leaders constructively', 'not-started') },
      { person: 'piotr', goal: goal('I want to get better at saying what I need from other teams', 'not-started', 60), agreed: 'stale' },
      { person: 'ingrid', goal: goal('I want to get better at protecting time for strategic work', 'not-started', 90) },
    ],
  },
  {
    key: 'founders',
    series: { pattern: { type: 'weekly', everyWeeks: 4, weekday: 'WE' }, startTime: '19:00' },
    startedMonthsAgo: 3,
    input: (startDate) => ({
      name: 'Founders Peer Circle',
      purpose: 'Early-stage founders in Asia-Pacific taking turns to facilitate, with the coach supporting between sessions.',
      kind: { type: 'standalone' },
      facilitation: 'self',
      startDate,
      plannedEnd: { type: 'duration', months: 12 },
      timeZone: 'Australia/Sydney',
      meetingMinutes: 90,
      mode: { type: 'virtual', videoLink: 'https://meet.example.com/founders-peer-circle' },
      color: '#d97706',
    }),
    members: [
      { person: 'weiling', goal: goal('I want to get better at hiring people more senior than me', 'in-progress', 60) },
      { person: 'arjun', goal: goal('I want to get better at switching off at weekends', 'in-progress', -5) },
      { person: 'nadia', goal: goal('I want to get better at preparing for investor conversations', 'not-started', 21), agreed: false },
      { person: 'ben' },
      { person: 'grace', joinedMonthsAgo: 2, goal: goal('I want to get better at deciding what not to build', 'in-progress') },
    ],
  },
];
