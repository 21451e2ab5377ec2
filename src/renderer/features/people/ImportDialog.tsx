import { FileUp } from 'lucide-react';
import { useId, useState, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import {
  AddressBookInputSchema,
  detectAddressBookFormat,
  formatFromFileName,
  MAX_IMPORT_CHARS,
  type AddressBookFormat,
  type AddressBookInput,
} from '../../../shared/address-book';
import type { ImportPreview } from '../../../shared/views';
import { call } from '../../api';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { schemaResolver } from '../../ui/form-resolver';
import { FormError } from '../../ui/FormError';
import { TextAreaField } from '../../ui/TextAreaField';
import { useToast } from '../../ui/useToast';
import { readFileText } from './file-text';
import { ImportHelp } from './ImportHelp';
import { ImportPreviewTable } from './ImportPreviewTable';
import { importButtonLabel } from './import-summary';
import './people-import.css';

const TOO_LARGE = 'That file is too large to import (limit 2 MB). Split it into smaller files and import them one by one.';
// Photos make up most of a vCard export; Apple Contacts can leave them out.
const TOO_LARGE_VCARD =
  'That file is too large to import (limit 2 MB). Photos take most of the room in a vCard file: in Apple Contacts, ' +
  'turn off “Export photos in vCards” in Settings, vCard, or export fewer contacts at a time.';

const tooLarge = (format: AddressBookFormat | null): string => (format === 'vcard' ? TOO_LARGE_VCARD : TOO_LARGE);

const errorMessage = (err: unknown): string =>
  err instanceof Error ? err.message : 'The file could not be checked. Please try again.';

const BLANK: AddressBookInput = { text: '', format: 'csv' };

/**
 * Cancel inside the dialog, where the guard lives: a pasted or chosen file
 * that has not been imported is not thrown away without asking (Escape, the
 * close button and a click outside ask the same).
 */
function GuardedCancel({ dirty, onCancel }: { dirty: boolean; onCancel: () => void }) {
  const cancel = useUnsavedChanges(dirty, onCancel);
  return (
    <Button variant="secondary" onClick={cancel}>
      Cancel
    </Button>
  );
}

export interface ImportDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function ImportDialog({ open, onOpenChange }: ImportDialogProps) {
  const fileId = useId();
  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    reset: resetForm,
    formState: { errors },
    watch,
  } = useForm<AddressBookInput>({ resolver: schemaResolver(AddressBookInputSchema), defaultValues: BLANK });
  const [fileName, setFileName] = useState<string | null>(null);
  // The kind of file its name says; pasted text (or a file named otherwise) is judged by its content.
  const [fileFormat, setFileFormat] = useState<AddressBookFormat | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The preview and the exact text and format it was made from: the import sends the same again.
  const [checked, setChecked] = useState<{ preview: ImportPreview; source: AddressBookInput } | null>(null);
  const [checking, setChecking] = useState(false);
  const commit = useApiMutation('people.importCommit');
  const { toast } = useToast();

  function reset() {
    resetForm(BLANK);
    setFileName(null);
    setFileFormat(null);
    setProblem(null);
    setChecked(null);
    commit.reset();
  }

  function close(next: boolean) {
    if (!next) reset();
    onOpenChange(next);
  }

  const runCheck = handleSubmit(async (source) => {
    setChecking(true);
    try {
      setChecked({ preview: await call('people.importPreview', source), source });
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setChecking(false);
    }
  });

  /** Checks whatever the text box holds now, as the kind of file it is. */
  async function check(format: AddressBookFormat | null) {
    setChecked(null);
    setProblem(null);
    commit.reset();
    setValue('format', format ?? detectAddressBookFormat(getValues('text')));
    await runCheck();
  }

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Let the same file be picked again after the coach fixes it in their address book.
    event.target.value = '';
    if (!file) return;
    const format = formatFromFileName(file.name);
    setFileName(file.name);
    setFileFormat(format);
    setChecked(null);
    // Bytes bound characters from above (UTF-8 uses at least one byte per character),
    // so only refuse outright when even four bytes per character could not fit.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setValue('text', '');
      setProblem(tooLarge(format));
      return;
    }
    const text = await readFileText(file);
    if (text.length > MAX_IMPORT_CHARS) {
      setValue('text', '');
      setProblem(tooLarge(format ?? detectAddressBookFormat(text)));
      return;
    }
    setValue('text', text, { shouldValidate: false });
    await check(format);
  }

  async function runImport() {
    if (!checked) return;
    try {
      const result = await commit.mutateAsync(checked.source);
      const n = result.created.length;
      toast({
        title: n === 1 ? '1 person imported' : `${n} people imported`,
        description: result.skipped > 0 ? `${result.skipped} ${result.skipped === 1 ? 'row was' : 'rows were'} left out.` : undefined,
        tone: 'success',
      });
      close(false);
    } catch {
      // The mutation keeps the error; it is shown below the preview.
    }
  }

  const preview = checked?.preview ?? null;
  const importable = preview?.importableCount ?? 0;

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      extraWide
      title="Import people"
      description="From Google Contacts, Outlook, LinkedIn, Apple Contacts or a spreadsheet. Check the file first: nothing is saved until you confirm the import."
    >
      <div className="people-import">
        <ImportHelp />
        <form
          className="people-import-source"
          aria-label="File to import"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void check(fileFormat);
          }}
        >
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
              accept=".csv,.vcf,.vcard,text/csv,text/vcard,text/x-vcard"
              onChange={(e) => void pickFile(e)}
            />
            <label htmlFor={fileId} className="ui-button ui-button--secondary ui-button--md people-file-button">
              <FileUp aria-hidden="true" size={16} />
              Choose a file…
            </label>
            <span className={fileName ? 'people-file-name' : 'people-muted'}>
              {fileName ? `Read from ${fileName}` : 'A .csv or .vcf file'}
            </span>
          </div>
          <TextAreaField
            label="Or paste the file’s text"
            rows={6}
            className="people-csv-text"
            spellCheck={false}
            error={errors.text?.message ?? errors.format?.message}
            {...register('text', {
              onChange: () => {
                setFileName(null);
                setFileFormat(null);
                setChecked(null);
                setProblem(null);
              },
            })}
          />
          <div className="people-import-actions">
            <Button type="submit" variant="secondary" disabled={checking}>
              {checking ? 'Checking…' : 'Check the file'}
            </Button>
          </div>
        </form>
        <FormError message={problem ?? undefined} />
        {preview ? <ImportPreviewTable preview={preview} /> : null}
        <FormError message={commit.error ? errorMessage(commit.error) : undefined} />
        <div className="form-actions">
          <GuardedCancel dirty={watch('text').trim() !== '' || fileName !== null} onCancel={() => close(false)} />
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
