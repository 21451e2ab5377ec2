import { FormDialog } from './FormDialog';
import { UnlockForm } from './UnlockForm';

/** The unlock form in a dialog, for the sidebar control and the notes views' prompt. */
export function UnlockDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title="Unlock your notes" description="Your confidential notes are encrypted on this computer. Enter your passphrase to read them.">
      {(close) => <UnlockForm onUnlocked={close} />}
    </FormDialog>
  );
}
