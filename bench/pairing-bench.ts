// npx tsx bench/pairing-bench.ts: the pairing planner (src/main/domain/between).
//
//   round      planning one round for 8 members against 10 years of monthly
//              history (120 rounds), reasons included (target < 10 ms);
//   programme  planning the rest of a 12-month programme: 11 rounds after the
//              first one held, each planned round history for the next (< 50 ms);
//   quality    1,000 random rounds (2..10 members, both odd policies, random
//              histories with leavers, never-pair rules and teams): repeats the
//              planner makes against the best possible from the brute force.
//
// The baseline, measured in the same run on the same inputs, is the brute
// force of the tests (every grouping priced straight from the history).
import os from 'node:os';
import fc from 'fast-check';
import { compareCost } from '../src/main/domain/between/pairing-cost';
import { planRound, planRounds } from '../src/main/domain/between/pairing-planner';
import { isImpossible, type HeldRound, type PairingMember, type PairingRules } from '../src/main/domain/between/pairing-types';
import { allGroupings, bruteBest, respectsNeverPair, scenarioArb, type Grouping } from '../tests/unit/domain/between/brute-force';
import { ms, percentile } from './bench-stats';

const RUNS = 200;
const WARM_UP = 20;

/** mulberry32: a seeded generator, so every run measures the same histories. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const eight: PairingMember[] = ['amara', 'raj', 'tomas', 'yuki', 'lee', 'noor', 'ines', 'kofi'].map((personId, i) => ({ personId, team: i % 3 === 0 ? 'ops' : 'sales' }));
const rules: PairingRules = { neverPair: [['amara', 'raj']], preferDifferentTeams: true, oddMember: 'with-coach' };

/** Ten years of monthly rounds: someone is often away, so odd rounds and 1:1s happen too. */
function decade(random: () => number): HeldRound[] {
  return Array.from({ length: 120 }, () => {
    const present = eight.map((m) => m.personId).filter(() => random() > 0.1).sort(() => random() - 0.5);
    const withCoach = present.length % 2 === 1 ? present.pop()! : null;
    const groups: string[][] = [];
    for (let i = 0; i + 1 < present.length; i += 2) groups.push([present[i]!, present[i + 1]!]);
    return { groups, withCoach };
  });
}

function timeRuns(action: () => unknown): number[] {
  for (let i = 0; i < WARM_UP; i += 1) action();
  return Array.from({ length: RUNS }, () => {
    const started = performance.now();
    action();
    return performance.now() - started;
  });
}

const history = decade(seeded(42));
const roundTimes = timeRuns(() => planRound(eight, history, rules));
const roundBase = timeRuns(() => bruteBest(eight, history, rules));

const firstHeld = planRound(eight, [], rules);
if (isImpossible(firstHeld)) throw new Error('the first round should be possible');
const held: HeldRound[] = [{ groups: firstHeld.groups, withCoach: firstHeld.withCoach }];
const eleven = Array.from({ length: 11 }, () => eight);
const programmeTimes = timeRuns(() => planRounds(eleven, held, rules));
const programmeBase = timeRuns(() => {
  const running = [...held];
  for (const members of eleven) {
    const best = bruteBest(members, running, rules)!;
    running.push(best.grouping);
  }
});

/** Earlier meetings of the pairs inside a grouping's groups: a pair met twice before counts 2. */
const repeatsOf = (g: Grouping, past: readonly HeldRound[]): number =>
  g.groups.reduce((sum, group) => {
    let n = 0;
    for (let i = 0; i < group.length; i += 1) for (let j = i + 1; j < group.length; j += 1) n += past.filter((r) => r.groups.some((x) => x.includes(group[i]!) && x.includes(group[j]!))).length;
    return sum + n;
  }, 0);

const scenarios = fc.sample(
  fc.tuple(fc.integer({ min: 2, max: 10 }), fc.constantFrom('triad' as const, 'with-coach' as const)).chain(([n, policy]) => scenarioArb(n, policy)),
  { seed: 42, numRuns: 1000 },
);
let planTime = 0;
let bruteTime = 0;
let plannerRepeats = 0;
let bruteRepeats = 0;
const fewestRepeats = { triad: 0, 'with-coach': 0 };
const plannedRepeats = { triad: 0, 'with-coach': 0 };
let costMismatches = 0;
let impossible = 0;
for (const s of scenarios) {
  let started = performance.now();
  const plan = planRound(s.members, s.history, s.rules);
  planTime += performance.now() - started;
  started = performance.now();
  const best = bruteBest(s.members, s.history, s.rules);
  bruteTime += performance.now() - started;
  if (best === null || isImpossible(plan)) {
    if ((best === null) !== isImpossible(plan)) costMismatches += 1;
    impossible += 1;
    continue;
  }
  if (compareCost(plan.cost, best.cost) !== 0) costMismatches += 1;
  plannerRepeats += repeatsOf(plan, s.history);
  bruteRepeats += repeatsOf(best.grouping, s.history);
  // The fewest repeats any valid grouping has, ignoring the odd-role rotation that outranks them.
  const policy = s.members.length === 1 ? 'with-coach' : s.rules.oddMember;
  plannedRepeats[s.rules.oddMember] += repeatsOf(plan, s.history);
  fewestRepeats[s.rules.oddMember] += Math.min(...allGroupings(s.members.map((m) => m.personId), policy).filter((g) => respectsNeverPair(g, s.rules)).map((g) => repeatsOf(g, s.history)));
}

console.log(`Machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${RUNS} timed runs after ${WARM_UP} warm-up runs each; baseline: the brute force over every grouping.\n`);
console.log('| measurement | p50 | p95 | target | baseline p50 | p50 / baseline |');
console.log('|---|---|---|---|---|---|');
const row = (name: string, samples: number[], base: number[], target: number): void => {
  const [p50, p95, b50] = [percentile(samples, 50), percentile(samples, 95), percentile(base, 50)];
  console.log(`| ${name} | ${ms(p50)} | ${ms(p95)} | < ${target} ms ${p95 < target ? 'pass' : 'FAIL'} | ${ms(b50)} | ${(p50 / b50).toFixed(2)}x |`);
};
row('one round, 8 members, 120 rounds of history', roundTimes, roundBase, 10);
row('rest of a 12-month programme (11 rounds), 8 members', programmeTimes, programmeBase, 50);
console.log(`\nQuality over ${scenarios.length} random rounds (${impossible} impossible by their rules, agreed by both):`);
console.log(`- cost differs from the brute force's optimum: ${costMismatches} rounds (target 0)`);
console.log(`- repeats (earlier meetings of the pairs formed): planner ${plannerRepeats}, brute force's optimum ${bruteRepeats}, extra ${plannerRepeats - bruteRepeats} (target 0)`);
for (const policy of ['triad', 'with-coach'] as const) {
  const extra = plannedRepeats[policy] - fewestRepeats[policy];
  console.log(`- ${policy} rounds: planner ${plannedRepeats[policy]} repeats; fewest of any valid grouping, ignoring the odd-role rotation that outranks repeats: ${fewestRepeats[policy]} (fair rotation costs ${extra})`);
}
console.log(`- time: planner ${ms(planTime)}, brute force ${ms(bruteTime)}, ratio ${(planTime / bruteTime).toFixed(2)}x`);
