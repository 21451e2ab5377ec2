import { Copy, FileDown, Printer } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { schemaResolver } from '../../ui/form-resolver';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/useToast';
import { copyText } from './copy-text';
import { keyGroups, normaliseGroup, pickTwoGroups } from './recovery-key-groups';
import { RecoveryKeySheet } from './RecoveryKeySheet';

export interface RecoveryKeyHandoverProps {
  recoveryKey: string;
  /** The key has been written down and checked; the caller drops it. */
  onDone: () => void;
}

/**
 * The one time the coach sees a recovery key: shown large, with copy, save
 * and print, then checked by typing back two groups picked at random. Only
 * then is it dropped (by the caller, which holds it in state until onDone).
 */
export function RecoveryKeyHandover({ recoveryKey, onDone }: RecoveryKeyHandoverProps) {
  const [step, setStep] = useState<'show' | 'check'>('show');
  return step === 'show' ? (
    <ShowKey recoveryKey={recoveryKey} onWritten={() => setStep('check')} />
  ) : (
    <CheckKey recoveryKey={recoveryKey} onBack={() => setStep('show')} onDone={onDone} />
  );
}

function ShowKey({ recoveryKey, onWritten }: { recoveryKey: string; onWritten: () => void }) {
  const toast = useToast();
  const [problem, setProblem] = useState<string | undefined>();
  const save = useApiMutation('vault.saveRecoveryKey', {
    onSuccess: (result) => {
      if (result.saved) toast({ title: 'Recovery key saved', description: `Saved to ${result.path}. Keep that file somewhere safe, away from this computer.`, tone: 'success' });
    },
  });

  async function copy() {
    setProblem(undefined);
    if (await copyText(recoveryKey)) {
      toast({ title: 'Recovery key copied', description: 'Paste it into your password manager now, then copy something else so it does not stay on the clipboard.', tone: 'success' });
    } else {
      setProblem('The key could not be copied. Write it down, save it as a file or print it instead.');
    }
  }

  return (
    <div className="stack vault-handover">
      <div className="vault-stack-sm">
        <h3 className="vault-handover__title">Your recovery key</h3>
        <p>
          If you ever forget your passphrase, this key is the only other way to open your notes. Circlekeeper shows it{' '}
          <strong>only now</strong> and keeps no copy of it.
        </p>
      </div>
      <RecoveryKeySheet recoveryKey={recoveryKey} />
      <div className="vault-handover__actions">
        <Button size="sm" onClick={() => void copy()}>
          <Copy size={14} aria-hidden="true" />
          Copy
        </Button>
        <Button size="sm" onClick={() => save.mutate({ recoveryKey })} disabled={save.isPending}>
          <FileDown size={14} aria-hidden="true" />
          {save.isPending ? 'Saving…' : 'Save as text file…'}
        </Button>
        <Button size="sm" onClick={() => window.print()}>
          <Printer size={14} aria-hidden="true" />
          Print
        </Button>
      </div>
      <FormError message={problem ?? save.error?.message} />
      <p className="muted">
        Keep it away from this computer: on paper in a safe place, or in your password manager. Anyone with this key can open
        your notes on this computer.
      </p>
      <div className="form-actions">
        <Button variant="primary" onClick={onWritten}>
          I have saved my key
        </Button>
      </div>
    </div>
  );
}

function CheckKey({ recoveryKey, onBack, onDone }: { recoveryKey: string; onBack: () => void; onDone: () => void }) {
  const groups = useMemo(() => keyGroups(recoveryKey), [recoveryKey]);
  const [first, second] = useState(() => pickTwoGroups(groups.length))[0];
  const schema = useMemo(() => {
    const matches = (at: number) => (typed: string) => normaliseGroup(typed) === groups[at];
    const wrong = (at: number) => `That is not group ${at + 1} of your key. Look again at what you saved.`;
    return z.object({
      first: z.string().trim().min(1, `Type group ${first + 1} of your key.`).refine(matches(first), wrong(first)),
      second: z.string().trim().min(1, `Type group ${second + 1} of your key.`).refine(matches(second), wrong(second)),
    });
  }, [groups, first, second]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: schemaResolver(schema),
    defaultValues: { first: '', second: '' },
  });

  return (
    <form className="stack vault-handover" onSubmit={handleSubmit(() => onDone())} noValidate aria-label="Check your recovery key">
      <div className="vault-stack-sm">
        <h3 className="vault-handover__title">Check that you have it</h3>
        <p>
          From what you saved or wrote down, type groups {first + 1} and {second + 1} of your recovery key.
          Each group is four letters or digits.
        </p>
      </div>
      <div className="vault-check__fields">
        <TextField label={`Group ${first + 1}`} autoComplete="off" spellCheck={false} maxLength={12} error={errors.first?.message} {...register('first')} />
        <TextField label={`Group ${second + 1}`} autoComplete="off" spellCheck={false} maxLength={12} error={errors.second?.message} {...register('second')} />
      </div>
      <div className="form-actions">
        <Button onClick={onBack}>Show the key again</Button>
        <Button type="submit" variant="primary">
          Finish
        </Button>
      </div>
    </form>
  );
}
