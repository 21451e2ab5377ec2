import type { UseFormRegisterReturn } from 'react-hook-form';
import type { MeetingMode } from '../../../shared/entities';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

// The "where" of a meeting: virtual, in person or hybrid, with the video link
// and address each needs. The group form asks it for the group's usual place;
// the move and add-meeting dialogs ask it for one meeting somewhere else.

const modeOptions = [
  { value: 'virtual', label: 'Virtual', description: 'Everyone joins by video.' },
  { value: 'in-person', label: 'In person', description: 'Everyone meets in one room.' },
  { value: 'hybrid', label: 'Hybrid', description: 'A room, with a video link for those who join remotely.' },
];

export interface MeetingModeFieldsProps {
  label?: string;
  modeType: MeetingMode['type'];
  /** register() of the type, videoLink and address paths. */
  fields: { type: UseFormRegisterReturn; videoLink: UseFormRegisterReturn; address: UseFormRegisterReturn };
  errors: { videoLink?: string | undefined; address?: string | undefined };
}

export function MeetingModeFields({ label = 'Meeting mode', modeType, fields, errors }: MeetingModeFieldsProps) {
  return (
    <>
      <RadioGroupField label={label} options={modeOptions} {...fields.type} />
      <div className="groups-form__nested">
        {modeType !== 'in-person' ? (
          <TextField label="Video link" type="url" required inputMode="url" placeholder="https://" error={errors.videoLink} {...fields.videoLink} />
        ) : null}
        {modeType !== 'virtual' ? <TextAreaField label="Address" rows={2} required error={errors.address} {...fields.address} /> : null}
      </div>
    </>
  );
}
