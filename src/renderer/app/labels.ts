import type { Facilitation, MeetingMode } from '../../shared/entities';

// Names of the group settings as the coach reads them, shared so the dashboard
// and the group pages never describe the same group in different words.

export const facilitationLabel: Record<Facilitation, string> = {
  coach: 'Coach-facilitated',
  self: 'Self-facilitated',
};

export const modeLabel: Record<MeetingMode['type'], string> = {
  virtual: 'Virtual',
  'in-person': 'In person',
  hybrid: 'Hybrid',
};
