import { FileUp } from 'lucide-react';
import { useId, useState, type ChangeEvent } from 'react';
import { MAX_CSV_CHARS } from '../../../shared/api';
import type { ImportPreview } from '../../../shared/views';
import { call } from '../../api';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { TextAreaField } from '../../ui/TextAreaField';
import { useToast } from '../../ui/useToast';
import { ImportHelp } from './ImportHelp';
import { ImportPreviewTable } from './ImportPreviewTable';
import { importButtonLabel } from './import-summary';

const TOO_LARGE = 'That file is too large to import (limit 2 MB). Split it into smaller files and import them one by one.';
const EMPTY = 'That file is empty. Save your spreadsheet as CSV with a header line and one line per person.';

/** Problems we can spot before asking main; main checks again regardless. */
function sourceProblem(csv: string): string | null {
  if (csv.trim() === '') return EMPTY;
  if (csv.length > MAX_CSV_CHARS) return TOO_LARGE;
  return null;
}

const errorMessage = (err: unknown): string =>
  err instanceof Error ? err.message : 'The file could not be checked. Please try again.';

export interface ImportDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function ImportDialog({ open, onOpenChange }: ImportDialogProps) {
  const fileId = useId();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [checking, setChecking] = useState(false);
  const commit = useApiMutation('people.importCommit');
  const { toast } = useToast();

  function reset() {
    setCsv('');
    setFileName(null);
    setProblem(null);
    setPreview(null);
    commit.reset();
  }

  function close(next: boolean) {
    if (!next) reset();
    onOpenChange(next);
  }

  async function check(text: string) {
    setPreview(null);
    const local = sourceProblem(text);
    setProblem(local);
    if (local) return;
    setChecking(true);
    try {
      setPreview(await call('people.importPreview', { csv: text }));
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setChecking(false);
    }
  }

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Let the same file be picked again after the coach fixes it in their spreadsheet.
    event.target.value = '';
    if (!file) return;
    setFileName(file.name);
    // Bytes bound characters from above (UTF-8 uses at least one byte per character),
    // so only refuse outright when even four bytes per character could not fit.
    if (file.size > MAX_CSV_CHARS * 4) {
      setCsv('');
      setPreview(null);
      setProblem(TOO_LARGE);
      return;
    }
    const text = await file.text();
    setCsv(text.length > MAX_CSV_CHARS ? '' : text);
    await check(text);
  }

  async function runImport() {
    try {
      const result = await commit.mutateAsync({ csv });
      const n = result.created.length;
      toast({
        title: n === 1 ? '1 person imported' : `${n} people imported`,
        description: result.skipped > 0 ? `${result.skipped} ${result.skipped === 1 ? 'line was' : 'lines were'} left out.` : undefined,
        tone: 'success',
      });
      close(false);
    } catch {
      // The mutation keeps the error; it is shown below the preview.
    }
  }

  const importable = preview?.importableCount ?? 0;

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      extraWide
      title="Import people from CSV"
      description="Check the file first: nothing is saved until you confirm the import."
    >
      <div className="people-import">
        <ImportHelp />
        <div className="people-import-source">
          {/*
            The native file button cannot be themed (a grey block in dark mode), so the
            input is visually hidden but still focusable, and its label is drawn as a button:
            Tab reaches the input, Enter or Space opens the chooser, a click on the label too.
          */}
          <div className="people-file-picker">
            <input
              id={fileId}
              className="visually-hidden people-file-input"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => void pickFile(e)}
            />
            <label htmlFor={fileId} className="ui-button ui-button--secondary ui-button--md people-file-button">
              <FileUp aria-hidden="true" size={16} />
              Choose a CSV file…
            </label>
            <span className={fileName ? 'people-file-name' : 'people-muted'}>
              {fileName ? `Read from ${fileName}` : 'No file chosen'}
            </span>
          </div>
          <TextAreaField
            label="Or paste CSV text"
            rows={6}
            className="people-csv-text"
            spellCheck={false}
            value={csv}
            onChange={(e) => {
              setCsv(e.target.value);
              setFileName(null);
              setPreview(null);
              setProblem(null);
            }}
          />
          <div className="people-import-actions">
            <Button variant="secondary" onClick={() => void check(csv)} disabled={checking}>
              {checking ? 'Checking…' : 'Check the file'}
            </Button>
          </div>
        </div>
        <FormError message={problem ?? undefined} />
        {preview ? <ImportPreviewTable preview={preview} /> : null}
        <FormError message={commit.error ? errorMessage(commit.error) : undefined} />
        <div className="form-actions">
          <Button variant="secondary" onClick={() => close(false)}>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={!preview || importable === 0 || commit.isPending}
            onClick={() => void runImport()}
          >
            {commit.isPending ? 'Importing…' : preview ? importButtonLabel(importable) : 'Import'}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
