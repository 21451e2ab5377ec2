import { OneToOneConflictsSchema } from '../../../shared/contract/one-to-ones';
import { useApiQuery } from '../../app/query';
import { Notice } from '../../ui/Notice';
import { useDebounced } from '../groups/meetings/use-debounced';

export interface ClashCheck {
  id: string | null;
  date: string;
  time: string;
  minutes: number;
}

/**
 * What the time being typed would clash with, asked of main once the coach
 * pauses and only while the day, time and length make sense. A clash is a
 * warning, not a refusal: the coach may still save.
 */
export function ClashWarning({ check }: { check: ClashCheck }) {
  // A string settles by value; the object is rebuilt on every render of the form.
  const settled = useDebounced(JSON.stringify(check));
  const parsed = OneToOneConflictsSchema.safeParse(JSON.parse(settled));
  const clashes = useApiQuery('oneToOnes.conflicts', parsed.success ? parsed.data : check, { enabled: parsed.success });
  if (!parsed.success) return null;
  // A time the clocks skip cannot be checked; saying why now spares the coach a refused save.
  if (clashes.error) {
    const fields = 'fields' in clashes.error ? clashes.error.fields : {};
    return (
      <Notice tone="warning" title="This time cannot be checked">
        <p>{fields.time ?? fields.date ?? clashes.error.message}</p>
      </Notice>
    );
  }
  if (!clashes.data) return null;
  if (clashes.data.length === 0) return <p className="oto-clear">No clashes with your meetings, busy times or other 1:1s.</p>;
  return (
    <Notice tone="warning" title="This time clashes:">
      <ul className="oto-clashes">
        {clashes.data.map((c) => (
          <li key={c.text}>{c.text}</li>
        ))}
      </ul>
      <p>You can still save it at this time if it suits you both.</p>
    </Notice>
  );
}
