import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { NoteView } from '../../../shared/contract/notes';
import { MAX_NOTE_TITLE, NoteContentSchema, type NoteContent, type NoteMeta } from '../../../shared/notes';
import { call } from '../../api';
import { useMainEvent } from '../../app/main-events';
import { useApiMutation } from '../../app/query';
import { schemaResolver } from '../../ui/form-resolver';
import { TextField } from '../../ui/TextField';
import type { Timers } from './autosave-clock';
import { ConflictNotice } from './ConflictNotice';
import { FormattingHelp } from './FormattingHelp';
import { LeaveNoteDialog } from './LeaveNoteDialog';
import { NoteFieldEditor } from './NoteFieldEditor';
import { SaveStatus } from './SaveStatus';
import { useLeaveGuard } from './use-leave-guard';
import { useNoteAutosave, type Autosave, type ReadContent } from './use-note-autosave';

type ContentInput = z.input<typeof NoteContentSchema>;

export interface NoteEditorProps {
  view: NoteView;
  /** The template's prompt for each heading, shown as the field's placeholder. */
  prompts?: Readonly<Record<string, string>>;
  /** Lets the page flush or inspect the autosave (before bringing back a version, say). */
  autosaveRef?: { current: Autosave | null };
  onSaved?: (meta: NoteMeta) => void;
  onMakeNextStep?: (text: string) => void;
  timers?: Timers;
}

/** The coach's text for one note: the title and one area per field, saved as they type. */
export function NoteEditor({ view, prompts = {}, autosaveRef, onSaved, onMakeNextStep, timers }: NoteEditorProps) {
  const save = useApiMutation('notes.save');
  const form = useForm<ContentInput, unknown, NoteContent>({
    defaultValues: view.content,
    resolver: schemaResolver(NoteContentSchema),
    mode: 'onChange',
  });
  const read: ReadContent = () => {
    const parsed = NoteContentSchema.safeParse(form.getValues());
    if (parsed.success) return { ok: true, content: parsed.data };
    void form.trigger();
    return { ok: false, reason: parsed.error.issues[0]?.message ?? 'Something in the note cannot be kept.' };
  };
  const autosave = useNoteAutosave({
    noteId: view.meta.id,
    revision: view.meta.revision,
    read,
    save: (input) => save.mutateAsync(input),
    onSaved,
    timers,
  });
  const autosaveNow = useRef(autosave);
  autosaveNow.current = autosave;
  if (autosaveRef) autosaveRef.current = autosave;

  useEffect(() => {
    // Only the coach's own typing counts as an edit; a reset (loading the other window's text) does not.
    const subscription = form.watch((_values, info) => {
      if (info.type === 'change') autosaveNow.current.edited();
    });
    return () => subscription.unsubscribe();
  }, [form]);

  // The notes locked: the text must leave this window, unsaved or not (NotesLock navigates away as well).
  useMainEvent('vault.locked', () => {
    autosaveNow.current.discard();
    form.reset({ title: '', fields: [] });
  });

  // Leaving for another page saves first; only text that cannot be saved (a failed save, a conflict) makes it ask.
  const leaving = useLeaveGuard(() => {
    const now = autosaveNow.current;
    if (!now.hasUnsaved()) return 'leave';
    return now.flush().then(() => (now.hasUnsaved() ? 'ask' : 'leave'));
  });

  const values = form.watch();
  const errors = form.formState.errors;

  async function latest() {
    return call('notes.get', { id: view.meta.id });
  }

  return (
    <>
      <form className="note-editor" onSubmit={(event) => event.preventDefault()} noValidate aria-label="Note">
        <div className="note-editor__bar">
          <SaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />
          <FormattingHelp />
        </div>
        {autosave.state.kind === 'conflict' ? (
          <ConflictNotice
            onKeepMine={async () => autosave.keepMine((await latest()).meta.revision)}
            onLoadTheirs={async () => {
              const theirs = await latest();
              form.reset(theirs.content);
              autosave.tookTheirs(theirs.meta.revision);
            }}
          />
        ) : null}
        <TextField
          label="Title"
          placeholder="A few words to find this note by"
          maxLength={MAX_NOTE_TITLE}
          error={errors.title?.message}
          className="note-editor__title"
          {...form.register('title')}
        />
        {(values.fields ?? []).map((field, index) => (
          <NoteFieldEditor
            key={index}
            heading={field.label}
            prompt={prompts[field.label]}
            text={field.text}
            error={errors.fields?.[index]?.text?.message}
            registration={form.register(`fields.${index}.text`)}
            onMakeNextStep={onMakeNextStep}
          />
        ))}
      </form>
      <LeaveNoteDialog
        open={leaving.asking}
        state={autosave.state}
        onStay={leaving.stay}
        onLeave={() => {
          autosave.discard();
          leaving.leave();
        }}
      />
    </>
  );
}
