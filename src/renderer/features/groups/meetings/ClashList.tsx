import { TriangleAlert } from 'lucide-react';
import type { NamedClash } from '../../../../shared/meeting-plan-views';

/** What a meeting clashes with, each in words (the icon is never the only cue). */
export function ClashList({ clashes, label = 'Clashes' }: { clashes: readonly NamedClash[]; label?: string }) {
  if (clashes.length === 0) return null;
  return (
    <ul className="meetings-clashes" aria-label={label}>
      {clashes.map((c) => (
        <li key={`${c.kind}-${c.meetingId ?? c.name}-${c.when}`} className="meetings-clashes__item">
          <TriangleAlert aria-hidden="true" size={14} className="meetings-clashes__icon" />
          <span>{c.text}</span>
        </li>
      ))}
    </ul>
  );
}
