// npx tsx bench/due-bench.ts: the coach's "who is due" list for 1:1s
// (src/main/domain/between/one-to-ones-due.ts).
//
//   list      whoIsDue across 25 groups of 7 members, each with a year of
//             monthly meetings (some cancelled) and about a 1:1 a month per
//             member, cadences mixed between meetings / every 2-6 weeks / none,
//             some members joining or leaving mid-year (target p95 < 20 ms);
//   describe  the list plus describeDue for every item, as a screen shows it.
//
// Two baselines, measured in the same run: building that input from the
// seeded generator, and a structuredClone of it (about what handing it across
// a process boundary once costs). The ratio is against the clone.
import os from 'node:os';
import { describeDue, whoIsDue, type DueInput, type OneToOneCadence } from '../src/main/domain/between/one-to-ones-due';
import { ms, percentile } from './bench-stats';

const RUNS = 200;
const WARM_UP = 20;
const GROUPS = 25;
const MEMBERS = 7;
const TODAY = '2027-12-15';

/** Day `d` of month `month` (0-based, from January 2027); overflow rolls into the next month. */
const dayOf = (month: number, d: number): string => new Date(Date.UTC(2027, month, d)).toISOString().slice(0, 10);
const YEAR_START = dayOf(0, 1);
const afterToday = (days: number): string => dayOf(11, 15 + days);

/** mulberry32: a seeded generator, so every run measures the same year. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cadenceOf(g: number): OneToOneCadence {
  if (g % 5 === 4) return { type: 'none' };
  return g % 2 === 0 ? { type: 'between-meetings' } : { type: 'every-weeks', weeks: 2 + (g % 5) };
}

function buildInput(seed: number): DueInput {
  const random = seeded(seed);
  const input: DueInput = { today: TODAY, groups: [], members: [], oneToOnes: [], signals: [] };
  for (let g = 0; g < GROUPS; g += 1) {
    const groupId = `group-${String(g).padStart(2, '0')}`;
    // Thirteen monthly meetings from January, the last one still ahead of today.
    const meetings = Array.from({ length: 13 }, (_, i) => {
      const date = dayOf(i, 9 + (g % 10));
      return { id: `${groupId}-m${i}`, date, status: date > TODAY ? ('planned' as const) : random() < 0.08 ? ('cancelled' as const) : ('held' as const) };
    });
    input.groups.push({ groupId, cadence: cadenceOf(g), archived: g === GROUPS - 1, meetings });
    for (let m = 0; m < MEMBERS; m += 1) {
      const personId = `person-${String((g * 5 + m) % 150).padStart(3, '0')}`;
      const joinedOn = random() < 0.15 ? dayOf(0, 1 + Math.floor(random() * 200)) : YEAR_START;
      const leftOn = random() < 0.05 ? afterToday(Math.floor(random() * 60) - 30) : null;
      input.members.push({ personId, groupId, joinedOn, leftOn });
      for (let month = 0; month < 12; month += 1) {
        const date = dayOf(month, 1 + Math.floor(random() * 28));
        if (date < joinedOn || random() < 0.2) continue;
        const status = date > TODAY ? ('planned' as const) : random() < 0.1 ? ('cancelled' as const) : random() < 0.05 ? ('planned' as const) : ('held' as const);
        input.oneToOnes.push({ id: `${groupId}-${personId}-${month}`, personId, groupId, date, status });
      }
      if (random() < 0.5) input.oneToOnes.push({ id: `${groupId}-${personId}-next`, personId, groupId, date: afterToday(Math.floor(random() * 40)), status: 'planned' });
      input.signals.push({ personId, groupId, goalStuck: random() < 0.15, missedLastMeeting: random() < 0.15 });
    }
  }
  return input;
}

function timeRuns(action: () => unknown): number[] {
  for (let i = 0; i < WARM_UP; i += 1) action();
  return Array.from({ length: RUNS }, () => {
    const started = performance.now();
    action();
    return performance.now() - started;
  });
}

const input = buildInput(42);
const items = whoIsDue(input);
const names = (id: string): string => id.replace('-', ' ');
const buildTimes = timeRuns(() => buildInput(42));
const cloneTimes = timeRuns(() => structuredClone(input));
const listTimes = timeRuns(() => whoIsDue(input));
const describeTimes = timeRuns(() => whoIsDue(input).map((item) => describeDue(item, names, names)));

const count = (state: string): number => items.filter((i) => i.state === state).length;
console.log(`Machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`Input: ${input.groups.length} groups (1 archived, ${input.groups.filter((g) => g.cadence.type === 'none').length} opted out), ${input.members.length} members, ${input.groups.reduce((n, g) => n + g.meetings.length, 0)} meetings, ${input.oneToOnes.length} 1:1s, today ${TODAY}.`);
console.log(`Output: ${items.length} items (${count('overdue')} overdue, ${count('due')} due, ${count('scheduled')} scheduled).`);
console.log(`${RUNS} timed runs after ${WARM_UP} warm-up runs each; ratio against the structuredClone baseline.\n`);
console.log('| measurement | p50 | p95 | target | p50 / clone |');
console.log('|---|---|---|---|---|');
const row = (name: string, samples: number[], target: number | null): void => {
  const [p50, p95, b50] = [percentile(samples, 50), percentile(samples, 95), percentile(cloneTimes, 50)];
  const verdict = target === null ? '-' : `p95 < ${target} ms ${p95 < target ? 'pass' : 'FAIL'}`;
  console.log(`| ${name} | ${ms(p50)} | ${ms(p95)} | ${verdict} | ${(p50 / b50).toFixed(2)}x |`);
};
row('baseline: build the input', buildTimes, null);
row('baseline: structuredClone of the input', cloneTimes, null);
row('whoIsDue, 25 groups x 7 members, a year', listTimes, 20);
row('whoIsDue + describeDue for every item', describeTimes, null);
