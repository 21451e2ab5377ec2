import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { SaveTemplateSchema } from '../../../shared/contract/notes';
import { MAX_NOTE_FIELDS, NOTE_KINDS, NOTE_KIND_LABELS, type TemplateView } from '../../../shared/notes';
import { ApiCallError } from '../../api';
import { useApiMutation, useApiQuery } from '../../app/query';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { FormError } from '../../ui/FormError';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/useToast';
import { UnlockPrompt } from '../vault/UnlockPrompt';

const TemplateFormSchema = SaveTemplateSchema.shape.template;
type TemplateForm = z.input<typeof TemplateFormSchema>;

const NEW_TEMPLATE: TemplateForm = { name: '', kinds: ['member'], fields: [{ label: '', prompt: '' }] };

/** The note templates: the method's own (which can be changed and put back) and the coach's. */
export function TemplatesEditor() {
  const templates = useApiQuery('notes.templates', {});
  const [selected, setSelected] = useState<string | 'new' | null>(null);
  if (templates.error instanceof ApiCallError && templates.error.code === 'forbidden') {
    return (
      <div className="notes-locked">
        <UnlockPrompt context="Your templates are locked with your notes." />
      </div>
    );
  }
  return (
    <QueryBoundary query={templates} loadingLabel="Loading the templates…">
      {(list) => {
        const current = selected === 'new' ? null : (list.find((t) => t.id === selected) ?? list[0] ?? null);
        return (
          <div className="note-templates">
            <nav aria-label="Templates" className="note-templates__list">
              <ul>
                {list.map((t) => (
                  <li key={t.id}>
                    <button type="button" className="note-templates__item" aria-current={current?.id === t.id && selected !== 'new' ? 'true' : undefined} onClick={() => setSelected(t.id)}>
                      {t.name}
                      <span className="note-templates__tag">{t.builtIn ? (t.edited ? 'Built-in, changed' : 'Built-in') : 'Yours'}</span>
                    </button>
                  </li>
                ))}
              </ul>
              <Button size="sm" onClick={() => setSelected('new')}>
                <Plus size={14} aria-hidden="true" />
                New template
              </Button>
            </nav>
            <TemplateForm key={selected === 'new' ? 'new' : JSON.stringify(current)} template={selected === 'new' ? null : current} onSaved={(id) => setSelected(id)} onRemoved={() => setSelected(null)} />
          </div>
        );
      }}
    </QueryBoundary>
  );
}

function TemplateForm({ template, onSaved, onRemoved }: { template: TemplateView | null; onSaved: (id: string) => void; onRemoved: () => void }) {
  const save = useApiMutation('notes.saveTemplate');
  const remove = useApiMutation('notes.removeTemplate');
  const { toast } = useToast();
  const [confirming, setConfirming] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<TemplateForm, unknown, z.output<typeof TemplateFormSchema>>({
    defaultValues: template ? { name: template.name, kinds: [...template.kinds], fields: template.fields.map((f) => ({ ...f })) } : NEW_TEMPLATE,
    resolver: schemaResolver(TemplateFormSchema),
  });
  const fields = useFieldArray({ control, name: 'fields' });

  const submit = handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({ id: template?.id ?? null, template: values });
      reset({ name: saved.name, kinds: [...saved.kinds], fields: saved.fields.map((f) => ({ ...f })) });
      toast({ title: 'Template saved', description: 'New notes start from it; notes already written keep their headings.', tone: 'success' });
      onSaved(saved.id);
    } catch (err) {
      applyServerErrors(setError, err, { prefix: 'template', fields: ['name', 'kinds', 'fields'] });
    }
  });

  const canPutBack = template?.builtIn && template.edited;
  return (
    <form className="note-template-form" onSubmit={submit} noValidate aria-label={template ? `Edit ${template.name}` : 'New template'}>
      <FormError message={errors.root?.server?.message} />
      <TextField label="Name" required maxLength={80} error={errors.name?.message} {...register('name')} />
      <fieldset className="note-template-form__kinds">
        <legend className="ui-field__label">Offered first for</legend>
        {NOTE_KINDS.map((k) => (
          <CheckboxField key={k} label={NOTE_KIND_LABELS[k]} value={k} {...register('kinds')} />
        ))}
        {errors.kinds?.message ? <p className="ui-field__error">{errors.kinds.message}</p> : null}
      </fieldset>
      <p className="notes-muted">Each heading becomes a field of the note; its prompt is shown in the empty field as a reminder.</p>
      <ol className="note-template-form__fields">
        {fields.fields.map((field, index) => (
          <li key={field.id} className="note-template-form__field">
            <TextField label={`Heading ${index + 1}`} required maxLength={120} error={errors.fields?.[index]?.label?.message} {...register(`fields.${index}.label`)} />
            <TextField label="Prompt" maxLength={300} error={errors.fields?.[index]?.prompt?.message} {...register(`fields.${index}.prompt`)} />
            <div className="note-template-form__moves">
              <Button size="sm" variant="ghost" aria-label={`Move heading ${index + 1} up`} disabled={index === 0} onClick={() => fields.move(index, index - 1)}>
                <ArrowUp size={14} aria-hidden="true" />
              </Button>
              <Button size="sm" variant="ghost" aria-label={`Move heading ${index + 1} down`} disabled={index === fields.fields.length - 1} onClick={() => fields.move(index, index + 1)}>
                <ArrowDown size={14} aria-hidden="true" />
              </Button>
              <Button size="sm" variant="ghost" aria-label={`Remove heading ${index + 1}`} disabled={fields.fields.length === 1} onClick={() => fields.remove(index)}>
                <Trash2 size={14} aria-hidden="true" />
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {errors.fields?.message ? <p className="ui-field__error">{errors.fields.message}</p> : null}
      <div className="note-template-form__actions">
        <Button size="sm" disabled={fields.fields.length >= MAX_NOTE_FIELDS} onClick={() => fields.append({ label: '', prompt: '' })}>
          <Plus size={14} aria-hidden="true" />
          Add a heading
        </Button>
        <span className="note-template-form__spacer" />
        {canPutBack ? <Button onClick={() => setConfirming(true)}>Put back as it shipped</Button> : null}
        {template && !template.builtIn ? (
          <Button variant="danger-outline" onClick={() => setConfirming(true)}>
            Delete template
          </Button>
        ) : null}
        <Button type="submit" variant="primary" disabled={isSubmitting || (template !== null && !isDirty)}>
          {isSubmitting ? 'Saving…' : template ? 'Save template' : 'Create template'}
        </Button>
      </div>
      {template ? (
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          title={template.builtIn ? 'Put this template back?' : 'Delete this template?'}
          description={
            template.builtIn
              ? 'Your changes to its headings and prompts are undone. Notes already written keep theirs.'
              : 'New notes can no longer start from it. Notes already written keep their headings.'
          }
          confirmLabel={template.builtIn ? 'Put it back' : 'Delete template'}
          tone={template.builtIn ? 'default' : 'danger'}
          onConfirm={async () => {
            await remove.mutateAsync({ id: template.id });
            toast({ title: template.builtIn ? 'Template put back' : 'Template deleted', tone: 'success' });
            onRemoved();
          }}
        />
      ) : null}
    </form>
  );
}
