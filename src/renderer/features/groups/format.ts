import type { Facilitation, GoalStatus, GroupKind } from '../../../shared/entities';

// Words and dates as the coach reads them. Calendar days are 'YYYY-MM-DD'
// strings; building the Date from their parts keeps the machine's zone out.

export { formatDay } from '../../app/dates';
export { facilitationLabel, modeLabel } from '../../app/labels';

export const facilitationDescription: Record<Facilitation, string> = {
  coach: 'You lead every meeting.',
  self: 'Members take turns to facilitate; you support from outside.',
};

export function kindLabel(kind: GroupKind): string {
  return kind.type === 'internal' ? `Internal: ${kind.organisation}` : 'Stand-alone';
}

export const goalStatusLabel: Record<GoalStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

export const goalStatusTone: Record<GoalStatus, 'neutral' | 'info' | 'success' | 'warning'> = {
  'not-started': 'neutral',
  'in-progress': 'info',
  achieved: 'success',
  dropped: 'warning',
};

/** A short form of a long text for button labels such as "Move 'Confidentiality…' up". */
export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
