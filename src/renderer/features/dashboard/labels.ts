import type { AttentionItem, GroupWarning } from '../../../shared/views';
import type { BadgeTone } from '../../ui/Badge';

export { facilitationLabel, modeLabel } from '../../app/labels';

/** Short badge text for a group card; the full sentence is the badge's tooltip. */
export function warningBadge(warning: GroupWarning): { text: string; tone: BadgeTone } {
  switch (warning.code) {
    case 'too-many-members':
      return { text: 'Over 8 members', tone: 'danger' };
    case 'no-members':
      return { text: 'No members', tone: 'warning' };
    case 'goals-overdue':
      return { text: plural(warning.count, 'goal overdue', 'goals overdue'), tone: 'warning' };
    case 'norms-not-agreed':
      return { text: `${warning.count} not agreed to norms`, tone: 'warning' };
    case 'members-without-goal':
      return { text: `${warning.count} without a goal`, tone: 'warning' };
  }
}

export const attentionKindLabel: Record<AttentionItem['kind'], string> = {
  'group-without-members': 'No members',
  'group-too-large': 'Too large',
  'member-without-goal': 'No goal',
  'goal-overdue': 'Goal overdue',
  'norms-not-agreed': 'Norms',
  'missed-two-meetings': 'Missed meetings',
  'next-step-overdue': 'Next step overdue',
  'meetings-not-recorded': 'Not recorded',
  'pairs-not-met': 'Pairs not met',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
