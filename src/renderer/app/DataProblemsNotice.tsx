import { useState } from 'react';
import type { AppInfo } from '../../shared/views';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';

const SHOWN = 8;

/**
 * Records that no longer fit together (most often after a file came back
 * from an older backup: a member whose person is missing from the people
 * list). The list comes from the same rules `verify` uses and is checked on
 * every look, so it goes away by itself once the coach has put things right.
 */
export function DataProblemsNotice({ info }: { info: AppInfo }) {
  const [hidden, setHidden] = useState(false);
  const problems = info.dataProblems;
  if (problems.length === 0 || hidden) return null;
  return (
    <Notice
      tone="warning"
      title={problems.length === 1 ? 'One record does not fit with the rest' : `${problems.length} records do not fit with the rest`}
      actions={
        <Button size="sm" variant="secondary" onClick={() => setHidden(true)}>
          Hide until restart
        </Button>
      }
    >
      <p>
        This usually means a file was restored from an older backup. Nothing has been changed or removed; check these
        places, or restore a backup from Settings.
      </p>
      <ul className="app-recovery__problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={`${p.file}-${i}`}>
            <code>{p.file}</code>: {p.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN ? <p className="muted">… and {problems.length - SHOWN} more. Run “verify” to list them all.</p> : null}
    </Notice>
  );
}
