import type { NoteKind, NoteTemplate, TemplateField } from './notes';

// The templates that ship, written to follow the method (DOMAIN.md). A coach
// can change any of them or write their own; these are what "put back" restores.

const f = (label: string, prompt: string): TemplateField => ({ label, prompt });

export const BUILT_IN_TEMPLATES: readonly NoteTemplate[] = [
  {
    id: 'meeting-minutes',
    name: 'Meeting notes',
    kinds: ['meeting'],
    fields: [
      f('Minutes', 'What happened, in the order it happened.'),
      f('Observations', 'What you noticed about the group: energy, safety, who spoke and who did not.'),
      f('To follow up', 'What you want to pick up before or at the next meeting.'),
    ],
  },
  {
    id: 'pair-session',
    name: 'Pair session (one hour, two halves)',
    kinds: ['pair-check-in'],
    fields: [
      f('Agree confidentiality', 'What is said here stays here: did both agree?'),
      f('A good outcome today', 'What would make this half hour worth it?'),
      f('What has been going on', 'The situation, in the coachee’s words.'),
      f('What has been tried', 'What has already been tried or considered?'),
      f('Other options', 'What else could be done?'),
      f('Pros and cons', 'For each serious option: what speaks for it and against it?'),
      f('What will you do', 'The choice, in the coachee’s words.'),
      f('Action plan', 'Written down, so progress can be reviewed next time.'),
    ],
  },
  {
    id: 'feedforward',
    name: 'FeedForward',
    kinds: ['meeting', 'member'],
    fields: [
      f('Behaviour to improve', 'What the member wants to get better at.'),
      f('Suggestions received', 'Ideas for the future only, as they were offered.'),
      f('Thanks', 'The member took the suggestions and said thank you.'),
    ],
  },
  {
    id: 'check-in',
    name: 'Check-in',
    kinds: ['pair-check-in', 'member', 'meeting'],
    fields: [
      f('Progress on the goal', 'What moved since last time?'),
      f('What got in the way', 'What was hard, or did not happen?'),
      f('Next step', 'One concrete step before the next check-in.'),
    ],
  },
  {
    id: 'one-to-one',
    name: '1:1',
    kinds: ['one-to-one'],
    fields: [
      f('How they are', 'How the member is doing, in and outside the group.'),
      f('Their goal', 'Where the goal stands and whether it still fits.'),
      f('Support asked for', 'What they need from you or the group.'),
      f('Agreed next steps', 'What each of you will do before you speak again.'),
    ],
  },
  {
    id: 'blank',
    name: 'Blank note',
    kinds: ['member', 'meeting', 'one-to-one', 'pair-check-in'],
    fields: [f('Notes', '')],
  },
];

export const BUILT_IN_TEMPLATE_IDS: ReadonlySet<string> = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));

/** The template a new note of this kind starts from when the coach does not choose. */
export const DEFAULT_TEMPLATE_FOR: Record<NoteKind, string> = {
  meeting: 'meeting-minutes',
  'one-to-one': 'one-to-one',
  'pair-check-in': 'pair-session',
  member: 'blank',
};
