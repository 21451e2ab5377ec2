import type { ExportWritten } from '../../../shared/calendar-export';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { fileKindLabel, plural } from './export-words';

/** What the last "Write files…" put where, so the coach knows which file goes to whom. */
export function WrittenFiles({ written }: { written: ExportWritten }) {
  if (written.folder === null) {
    return (
      <Card title="Nothing written">
        <p className="muted">You closed the folder dialog, so no file was written and nothing was recorded as sent.</p>
      </Card>
    );
  }
  return (
    <Card title="Files written" description={`${plural(written.files.length, 'file', 'files')} in ${written.folder}`}>
      <ul className="cx-files" aria-label="Written files">
        {written.files.map((f) => (
          <li key={f.path} className="cx-file">
            <Badge tone={f.kind === 'draft' ? 'info' : 'neutral'}>{fileKindLabel[f.kind]}</Badge>
            <code className="cx-file__path">{f.path}</code>
            <span className="cx-file__summary">{f.summary}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
