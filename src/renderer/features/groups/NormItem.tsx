import { ArrowDown, ArrowUp, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Norm } from '../../../shared/entities';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { applyServerErrors } from '../../ui/form-errors';
import { shorten } from './format';
import { NormFormSchema, type NormFormValues } from './norm-form';
import { schemaResolver } from '../../ui/form-resolver';

interface NormItemProps {
  groupId: string;
  norm: Norm;
  index: number;
  count: number;
  /** The id prefix of this item's controls, so the list can put focus back after a move. */
  controlId: string;
  onMove: (norm: Norm, direction: 'up' | 'down') => void;
  onRemove: (norm: Norm) => void;
  readOnly: boolean;
}

export function NormItem({ groupId, norm, index, count, controlId, onMove, onRemove, readOnly }: NormItemProps) {
  const [editing, setEditing] = useState(false);
  const short = shorten(norm.text);
  if (editing) {
    return (
      <li className="groups-norm groups-norm--editing">
        <NormEditForm groupId={groupId} norm={norm} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="groups-norm">
      <span className="groups-norm__number" aria-hidden="true">
        {index + 1}
      </span>
      <p className="groups-norm__text">{norm.text}</p>
      {readOnly ? null : (
        <div className="groups-row-actions groups-norm__actions">
          <Button
            id={`${controlId}-up`}
            size="sm"
            variant="ghost"
            aria-label={`Move ‘${short}’ up`}
            disabled={index === 0}
            onClick={() => onMove(norm, 'up')}
          >
            <ArrowUp size={14} aria-hidden="true" />
          </Button>
          <Button
            id={`${controlId}-down`}
            size="sm"
            variant="ghost"
            aria-label={`Move ‘${short}’ down`}
            disabled={index === count - 1}
            onClick={() => onMove(norm, 'down')}
          >
            <ArrowDown size={14} aria-hidden="true" />
          </Button>
          <Button size="sm" variant="ghost" aria-label={`Edit ‘${short}’`} onClick={() => setEditing(true)}>
            <Pencil size={14} aria-hidden="true" />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            className="groups-danger-icon"
            aria-label={`Remove ‘${short}’`}
            onClick={() => onRemove(norm)}
          >
            <Trash2 size={14} aria-hidden="true" />
          </Button>
        </div>
      )}
    </li>
  );
}

function NormEditForm({ groupId, norm, onDone }: { groupId: string; norm: Norm; onDone: () => void }) {
  const update = useApiMutation('norms.update');
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NormFormValues>({ defaultValues: { text: norm.text }, resolver: schemaResolver(NormFormSchema) });

  const submit = handleSubmit(async ({ text }) => {
    try {
      await update.mutateAsync({ groupId, normId: norm.id, text });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: ['text'] });
    }
  });

  return (
    <form
      className="groups-norm-form"
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <FormError message={errors.root?.server?.message} />
      <TextField label="Edit norm" autoFocus error={errors.text?.message} {...register('text')} />
      <div className="groups-norm-form__actions">
        <Button size="sm" variant="ghost" onClick={onDone} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button size="sm" type="submit" variant="primary" disabled={isSubmitting}>
          Save
        </Button>
      </div>
    </form>
  );
}
