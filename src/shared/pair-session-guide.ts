// The pair-session guide: "I'll coach you if you'll coach me". One hour, two
// halves; in each half one member coaches and the other is coached, and the
// coach of that half walks through the same steps (DOMAIN.md). Kept as data so
// the dialog, a print and the text for an email all say the same thing.

export interface GuideStep {
  title: string;
  /** What the member coaching this half might ask, in their own words if they like. */
  questions: string[];
  /** Why the step matters, in one line; absent where the questions say it. */
  note?: string;
}

export interface GuideHalf {
  title: string;
  minutes: number;
  steps: GuideStep[];
}

export interface PairSessionGuide {
  title: string;
  intro: string;
  halves: GuideHalf[];
  closing: string;
}

const coachingSteps: GuideStep[] = [
  {
    title: 'Agree confidentiality',
    questions: ['Can we agree that what we say stays between us?', 'Is there anything you would rather not go into today?'],
    note: 'Say it out loud each time: it is what makes honesty possible.',
  },
  {
    title: 'A good outcome today',
    questions: ['What would make this half hour worth it for you?', 'By the end, what would you like to have decided or understood?'],
  },
  {
    title: 'What has been going on',
    questions: ['Where are you with your goal since our last meeting?', 'What is happening now, and what matters most about it?'],
  },
  {
    title: 'What has been tried',
    questions: ['What have you tried or thought about so far?', 'What happened when you did?'],
  },
  {
    title: 'Other options',
    questions: ['What else could you do?', 'If there were no constraints, what would you try?', 'What would someone you admire do?'],
  },
  {
    title: 'Pros and cons',
    questions: ['For each option you take seriously: what speaks for it and what against?', 'Which one feels right, and why?'],
  },
  {
    title: 'What will you do',
    questions: ['What will you do, and by when?', 'What might get in the way, and how will you handle it?'],
  },
  {
    title: 'Write the action plan',
    questions: ['Will you write down your next steps now, while we are together?'],
    note: 'A written plan is what you both review next time, and what you can bring to the group’s next meeting.',
  },
];

function part(title: string, minutes: number): GuideHalf {
  return { title, minutes, steps: coachingSteps };
}

/** The guide for a pair or triad; with fewer than two names it speaks of "one of you" and "the other". */
export function pairSessionGuide(names: readonly string[] = []): PairSessionGuide {
  const [a = 'One of you', b = 'the other', c] = names;
  if (c !== undefined) {
    // A triad shares the hour three ways, so each is coached once and coaches once.
    return {
      ...baseGuide(),
      intro:
        'An hour together, in three parts of 20 minutes: each of you coaches once and is coached once. The one coaching asks, listens and keeps time; the one being coached does the thinking.',
      halves: [part(`Part 1: ${a} coaches ${b}`, 20), part(`Part 2: then swap — ${b} coaches ${c}`, 20), part(`Part 3: then swap — ${c} coaches ${a}`, 20)],
    };
  }
  return { ...baseGuide(), halves: [part(`Half 1: ${a} coaches ${b}`, 30), part(`Half 2: then swap — ${b} coaches ${a}`, 30)] };
}

function baseGuide(): Omit<PairSessionGuide, 'halves'> {
  return {
    title: 'Pair session guide: I’ll coach you if you’ll coach me',
    intro:
      'An hour together, in two halves of 30 minutes. In each half one of you coaches and the other is coached. The one coaching asks, listens and keeps time; the one being coached does the thinking. Then swap.',
    closing: 'Before you part: agree when you will check on each other’s action plans, and tell your coach you met.',
  };
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'you';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The guide as plain text for an email to the pair: who, when and where on top,
 * then every step with its questions. `when` is already formatted for people
 * (null while the pair has not agreed a time); `where` is a place or a link.
 */
export function pairSessionGuideText(names: string[], when: string | null, where: string): string {
  const guide = pairSessionGuide(names);
  const lines: string[] = [guide.title, '', `For ${joinNames(names)}`];
  lines.push(`When: ${when ?? 'to be agreed between you'}`);
  lines.push(`Where: ${where.trim() === '' ? 'to be agreed between you' : where.trim()}`);
  lines.push('', guide.intro);
  for (const part of guide.halves) {
    lines.push('', `${part.title} (${part.minutes} minutes)`);
    part.steps.forEach((step, i) => {
      lines.push(`${i + 1}. ${step.title}`);
      for (const question of step.questions) lines.push(`   - ${question}`);
      if (step.note) lines.push(`   (${step.note})`);
    });
  }
  lines.push('', guide.closing);
  return `${lines.join('\n')}\n`;
}
