import type { MeetingMode } from '../../../shared/entities';

// Where a group meets, as a form holds it: every branch's fields at once, so
// switching from hybrid to virtual and back keeps the address the coach typed.
// Only the chosen branch becomes a MeetingMode (the contract's objects are strict).

export interface ModeFormValues {
  type: MeetingMode['type'];
  videoLink: string;
  address: string;
}

export const blankMode = (type: MeetingMode['type'] = 'virtual'): ModeFormValues => ({ type, videoLink: '', address: '' });

export function modeToFormValues(mode: MeetingMode): ModeFormValues {
  return {
    type: mode.type,
    videoLink: mode.type === 'in-person' ? '' : mode.videoLink,
    address: mode.type === 'virtual' ? '' : mode.address,
  };
}

/** Exactly the contract's shape: the chosen branch and nothing else. */
export function toMeetingMode(v: ModeFormValues): MeetingMode {
  if (v.type === 'virtual') return { type: 'virtual', videoLink: v.videoLink };
  if (v.type === 'in-person') return { type: 'in-person', address: v.address };
  return { type: 'hybrid', videoLink: v.videoLink, address: v.address };
}

/** The form paths of the inputs on screen for this mode, under `prefix` ("mode", "place"). */
export const modeFieldPaths = (prefix: string, type: MeetingMode['type']): string[] => [
  `${prefix}.type`,
  ...(type !== 'in-person' ? [`${prefix}.videoLink`] : []),
  ...(type !== 'virtual' ? [`${prefix}.address`] : []),
];
