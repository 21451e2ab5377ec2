// Eight group colours that stay readable as dots, borders and stripes on both
// the light and the dark theme (each has at least 3:1 contrast against white
// and against the dark surface). The coach may still pick any colour.
export const GROUP_PALETTE: readonly { value: string; label: string }[] = [
  { value: '#2563eb', label: 'Blue' },
  { value: '#0d9488', label: 'Teal' },
  { value: '#16a34a', label: 'Green' },
  { value: '#ca8a04', label: 'Ochre' },
  { value: '#ea580c', label: 'Orange' },
  { value: '#e11d48', label: 'Rose' },
  { value: '#9333ea', label: 'Purple' },
  { value: '#64748b', label: 'Slate' },
];

export const DEFAULT_GROUP_COLOR = GROUP_PALETTE[0]!.value;
