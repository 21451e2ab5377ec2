import { Palette } from 'lucide-react';
import { useId } from 'react';
import { GROUP_PALETTE } from './palette';

interface ColourFieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

/**
 * A group's colour: eight swatches as a real radio group (arrow keys move
 * between them) and the native colour input for anything else. The swatch
 * names are announced; the colour itself is only decoration. The custom swatch
 * shows the colour only when it is the chosen one, so a palette colour never
 * looks picked twice; otherwise it is a neutral palette icon.
 */
export function ColourField({ value, onChange, onBlur, error }: ColourFieldProps) {
  const base = useId();
  const errorId = `${base}-error`;
  const custom = !GROUP_PALETTE.some((swatch) => swatch.value.toLowerCase() === value.toLowerCase());
  return (
    <fieldset className="ui-field groups-colour" aria-describedby={error ? errorId : undefined}>
      <legend className="ui-field__label">Colour</legend>
      <div className="groups-colour__options">
        {GROUP_PALETTE.map((swatch) => {
          const id = `${base}-${swatch.value.slice(1)}`;
          return (
            <span key={swatch.value} className="groups-colour__option">
              <input
                id={id}
                type="radio"
                name={`${base}-swatch`}
                className="groups-colour__radio"
                value={swatch.value}
                checked={value.toLowerCase() === swatch.value}
                onChange={() => onChange(swatch.value)}
                onBlur={onBlur}
              />
              <label htmlFor={id} className="groups-colour__swatch" title={swatch.label}>
                <span className="groups-colour__chip" style={{ background: swatch.value }} aria-hidden="true" />
                <span className="visually-hidden">{swatch.label}</span>
              </label>
            </span>
          );
        })}
        <label className="groups-colour__custom" data-selected={custom || undefined}>
          <input
            type="color"
            className="groups-colour__picker"
            value={/^#[0-9a-fA-F]{6}$/.test(value) ? value : '#000000'}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          />
          <span className="groups-colour__swatch groups-colour__swatch--custom" aria-hidden="true">
            {custom ? (
              <span className="groups-colour__chip" style={{ background: value }} />
            ) : (
              <span className="groups-colour__chip groups-colour__chip--empty">
                <Palette size={14} />
              </span>
            )}
          </span>
          <span>Custom colour</span>
        </label>
      </div>
      {error ? (
        <p id={errorId} className="ui-field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
