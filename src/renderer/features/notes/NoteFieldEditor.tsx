import { Eye, ListTodo, Pencil } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { FieldMessages } from '../../ui/FieldMessages';
import { SafeMarkdown } from './SafeMarkdown';

export interface NoteFieldEditorProps {
  heading: string;
  prompt?: string;
  text: string;
  error?: string;
  registration: UseFormRegisterReturn;
  /** Offered on a note linked to a meeting: turns the selected text (or the whole field) into a next step. */
  onMakeNextStep?: (text: string) => void;
}

/** One field of a note: its heading, the text (the template's prompt as placeholder), and a preview of the formatting. */
export function NoteFieldEditor({ heading, prompt, text, error, registration, onMakeNextStep }: NoteFieldEditorProps) {
  const id = useId();
  const [preview, setPreview] = useState(false);
  const area = useRef<HTMLTextAreaElement | null>(null);
  const errorId = `${id}-error`;

  function selectedOrAll(): string {
    const el = area.current;
    if (el && el.selectionEnd > el.selectionStart) return el.value.slice(el.selectionStart, el.selectionEnd).trim();
    return text.trim();
  }

  return (
    <div className="note-field">
      <div className="note-field__head">
        <label htmlFor={id} className="note-field__heading">
          {heading}
        </label>
        <div className="note-field__tools">
          {onMakeNextStep ? (
            // mousedown keeps the textarea's selection: a click would otherwise move the focus first.
            <Button size="sm" variant="ghost" onMouseDown={(event) => event.preventDefault()} onClick={() => onMakeNextStep(selectedOrAll())}>
              <ListTodo size={14} aria-hidden="true" />
              Make it a next step
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" aria-pressed={preview} onClick={() => setPreview((on) => !on)} aria-label={`${preview ? 'Edit' : 'Preview'} ${heading}`}>
            {preview ? <Pencil size={14} aria-hidden="true" /> : <Eye size={14} aria-hidden="true" />}
            {preview ? 'Edit' : 'Preview'}
          </Button>
        </div>
      </div>
      {/* The text area stays mounted while previewing, so the form keeps it and nothing typed is lost. */}
      <textarea
        id={id}
        rows={5}
        className="ui-input ui-textarea note-field__text"
        placeholder={prompt}
        hidden={preview}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...registration}
        ref={(el) => {
          registration.ref(el);
          area.current = el;
        }}
      />
      {preview ? (
        <div className="note-field__preview" aria-label={`${heading}, preview`} role="region">
          {text.trim() ? <SafeMarkdown text={text} /> : <p className="note-field__empty">Nothing written yet.</p>}
        </div>
      ) : null}
      <FieldMessages error={error} errorId={errorId} />
    </div>
  );
}
