import { BookOpen, Copy, Printer } from 'lucide-react';
import { useState } from 'react';
import { pairSessionGuideText } from '../../../shared/pair-session-guide';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { TextAreaField } from '../../ui/TextAreaField';
import { copyText } from '../vault/copy-text';
import { PairSessionGuideSheet } from './PairSessionGuideSheet';
import './pair-session-guide.css';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Opens the pair-session guide for one pair (or triad), to copy into an email
 * to them or to print. `when` is the agreed time already formatted, or null.
 */
export function PairSessionGuideButton({ names, when, where }: { names: string[]; when: string | null; where: string }) {
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const text = pairSessionGuideText(names, when, where);
  const pair = names.join(' and ');

  async function copyGuide() {
    setCopy((await copyText(text)) ? 'copied' : 'failed');
  }

  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-label={`Guide for this pair: ${pair}`}>
        <BookOpen size={14} aria-hidden="true" />
        Guide for this pair
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          setCopy('idle');
        }}
        title={`Pair session guide for ${pair}`}
        description="Send it to the pair before they meet: copy it into an email, or print it."
        wide
      >
        <div className="stack pair-guide">
          <div className="pair-guide__actions">
            <Button size="sm" onClick={() => void copyGuide()}>
              <Copy size={14} aria-hidden="true" />
              Copy as text
            </Button>
            <Button size="sm" onClick={() => window.print()}>
              <Printer size={14} aria-hidden="true" />
              Print
            </Button>
          </div>
          <p role="status" className="pair-guide__status">
            {copy === 'copied' ? `Copied. Paste it into your email to ${pair}.` : ''}
          </p>
          {copy === 'failed' ? (
            <>
              <FormError message="The guide could not be copied. Select the text below and copy it by hand, or print the guide instead." />
              <TextAreaField label="The guide as text" readOnly rows={8} value={text} onFocus={(e) => e.currentTarget.select()} />
            </>
          ) : null}
          <PairSessionGuideSheet names={names} when={when} where={where} />
        </div>
      </Dialog>
    </>
  );
}
