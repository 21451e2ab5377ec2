import { Pencil } from 'lucide-react';
import { useState } from 'react';
import type { BetweenView } from '../../../shared/contract/between';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { BetweenSettingsEditor } from './BetweenSettingsEditor';
import { rulesInWords } from './between-settings-form';
import './between-settings.css';

/**
 * The group's rules for pairing rounds and 1:1s, in words, with a dialog to
 * change them. Teams only matter (and only show) for internal groups.
 */
export function BetweenSettingsCard({ groupId, view, internal }: { groupId: string; view: BetweenView; internal: boolean }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title="Pairing rules and 1:1s"
      actions={
        <Button size="sm" onClick={() => setEditing(true)} aria-label="Edit pairing rules and 1:1s">
          <Pencil size={14} aria-hidden="true" />
          Edit
        </Button>
      }
    >
      <ul className="between-settings__rules">
        {rulesInWords(view.settings, view, internal).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Dialog
        open={editing}
        onOpenChange={setEditing}
        title="Pairing rules and 1:1s"
        description="Saving plans the rounds ahead again with these rules. Rounds already begun stay as they were, and your hand swaps are kept."
        wide
      >
        {editing ? <BetweenSettingsEditor groupId={groupId} view={view} internal={internal} onDone={() => setEditing(false)} /> : null}
      </Dialog>
    </Card>
  );
}
