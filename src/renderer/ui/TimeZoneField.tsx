import { ChevronDown } from 'lucide-react';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type ComponentProps,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { canonicalTimeZone } from '../../shared/primitives';
import { joinIds, useFieldIds } from './field-ids';
import { LabelledField } from './LabelledField';
import { findZones, MAX_SHOWN, unlistedOption, type ZoneMatches, type ZoneOption } from './time-zone-search';
import { utcOffsetLabel } from './time-zones';
import { useZoneOptions } from './use-zone-options';
import './time-zone-field.css';

export type TimeZoneFieldProps = Omit<ComponentProps<'input'>, 'type' | 'list' | 'role'> & {
  label: string;
  hint?: string;
  error?: string;
  /** Marks the field as one the form cannot do without. */
  required?: boolean;
};

const DEFAULT_HINT = 'Type a city, a country or a zone such as Europe/London, then choose from the list.';

/**
 * A searchable time zone picker: an ARIA 1.2 combobox (an editable input that
 * controls a listbox of suggestions). "Berlin", "Munich", "Germany", "CET" and
 * "Europe/Berlin" all find Europe/Berlin; each suggestion shows its offset
 * from UTC today. Typing, Arrow Down or the button opens the list; a click in
 * the text only places the caret, as in the ARIA pattern, so a glance at the
 * field never covers the form below it. Arrow keys move, Enter or a click
 * chooses, Escape closes the list (and only the list, not the dialog around
 * it), and leaving the field after typing a search takes the highlighted
 * suggestion, while a zone name typed in full is kept as typed.
 *
 * The input itself holds the zone id, so react-hook-form's register() works as
 * with any text input, and a stored zone that the list does not hold (an older
 * name, say) still shows exactly as it is. The contract's schema refuses
 * anything that is not a real zone.
 */
export function TimeZoneField({
  label,
  hint = DEFAULT_HINT,
  error,
  required = false,
  id,
  className,
  ref,
  onChange,
  onBlur,
  onFocus,
  onKeyDown,
  ...input
}: TimeZoneFieldProps) {
  const ids = useFieldIds(id, hint, error);
  const listboxId = `${ids.id}-zones`;
  const currentId = `${ids.id}-current`;
  const optionId = (index: number) => `${ids.id}-zone-${index}`;
  const inputRef = useRef<HTMLInputElement | null>(null);
  const popupRef = useRef<HTMLDivElement | null>(null);
  const choosing = useRef(false);

  const controlled = input.value !== undefined ? String(input.value) : null;
  const [typedText, setTypedText] = useState(() => String(input.defaultValue ?? ''));
  const text = controlled ?? typedText;
  /** What the coach typed since the last choice; null while they are not searching. */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const options = useZoneOptions();
  const currentZone = canonicalTimeZone(text.trim());
  const current = useMemo(
    () => (currentZone === null ? null : (options.find((o) => o.id === currentZone) ?? unlistedOption(currentZone))),
    [options, currentZone],
  );
  const matches = useMemo(() => listFor(options, query, current), [options, query, current]);
  const activeOption = open ? matches.shown[active] : undefined;

  const setRefs = useCallback(
    (element: HTMLInputElement | null) => {
      inputRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );

  // register() writes the form's value into the input through its ref, after render.
  useLayoutEffect(() => {
    if (controlled === null && inputRef.current) setTypedText(inputRef.current.value);
  }, [controlled]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const openList = (index: number) => {
    setOpen(true);
    setActive(matches.shown.length === 0 ? -1 : index);
  };

  const choose = (option: ZoneOption) => {
    const element = inputRef.current;
    if (element) {
      choosing.current = true;
      typeIntoInput(element, option.id);
      choosing.current = false;
    }
    setTypedText(option.id);
    setQuery(null);
    close();
  };

  // Radix dialogs close on Escape from a capture listener on the document,
  // which runs before any handler on the input; a listener on the window runs
  // earlier still and marks the key as handled, so Escape closes only the list.
  useEffect(() => {
    if (!open) return;
    const keepDialogOpen = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && event.target === inputRef.current) event.preventDefault();
    };
    window.addEventListener('keydown', keepDialogOpen, true);
    return () => window.removeEventListener('keydown', keepDialogOpen, true);
  }, [open]);

  useEffect(() => {
    if (open) popupRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);

  useEffect(() => {
    if (open && active >= 0) document.getElementById(`${ids.id}-zone-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, active, ids.id]);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    setTypedText(event.target.value);
    if (choosing.current) return;
    const typed = event.target.value;
    setQuery(typed);
    setOpen(true);
    // The best match is highlighted as the coach types, so Enter takes it.
    setActive(typed.trim() === '' ? -1 : 0);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    const count = matches.shown.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openList(0);
        else if (count > 0) setActive((i) => (i + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) openList(count - 1);
        else if (count > 0) setActive((i) => (i <= 0 ? count - 1 : i - 1));
        break;
      case 'Enter':
        if (activeOption) {
          event.preventDefault();
          choose(activeOption);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        break;
    }
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    // A search left unfinished takes the highlighted suggestion; a real zone name typed in full stays.
    if (activeOption && query !== null && canonicalTimeZone(event.target.value.trim()) === null) choose(activeOption);
    else close();
    onBlur?.(event);
  };

  const handleFocus = (event: FocusEvent<HTMLInputElement>) => {
    // reset() and setValue() write the input directly; pick up what they wrote.
    if (controlled === null) setTypedText(event.target.value);
    onFocus?.(event);
  };

  const toggle = () => {
    if (open) return close();
    inputRef.current?.focus();
    openList(0);
  };

  const now = new Date();
  return (
    <LabelledField ids={ids} label={label} hint={hint} error={error} required={required} className={className}>
      <div className="ui-tz">
        <input
          id={ids.id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-activedescendant={activeOption ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          className="ui-input ui-tz__input"
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          {...input}
          ref={setRefs}
          onChange={handleChange}
          onKeyDown={handleKeyDown}
          onBlur={handleBlur}
          onFocus={handleFocus}
          aria-describedby={joinIds(input['aria-describedby'], current ? currentId : undefined, ids.describedBy)}
        />
        <button
          type="button"
          className="ui-tz__toggle"
          tabIndex={-1}
          aria-label={open ? 'Hide time zones' : 'Show time zones'}
          aria-controls={listboxId}
          aria-expanded={open}
          disabled={input.disabled}
          onMouseDown={(event) => event.preventDefault()}
          onClick={toggle}
        >
          <ChevronDown size={16} aria-hidden="true" />
        </button>
        <div className="ui-tz__popup" ref={popupRef} hidden={!open}>
          <ul id={listboxId} role="listbox" aria-label="Matching time zones" className="ui-tz__list" hidden={!open || matches.shown.length === 0}>
            {open
              ? matches.shown.map((option, index) => {
                  const offset = utcOffsetLabel(option.id, now);
                  return (
                    <li
                      key={option.id}
                      id={optionId(index)}
                      role="option"
                      aria-selected={index === active}
                      aria-label={[option.label, option.id === option.label ? '' : option.id, offset].filter(Boolean).join(', ')}
                      className="ui-tz__option"
                      onMouseDown={(event) => event.preventDefault()}
                      onMouseMove={() => setActive(index)}
                      onClick={() => choose(option)}
                    >
                      <span className="ui-tz__option-line">
                        <span className="ui-tz__option-label">{option.label}</span>
                        <span className="ui-tz__offset">{offset}</span>
                      </span>
                      <span className="ui-tz__option-detail">
                        {[option.id === option.label ? '' : option.id, option.detail].filter(Boolean).join(' · ')}
                      </span>
                    </li>
                  );
                })
              : null}
          </ul>
          <p className="ui-tz__status" role="status">
            {open ? statusText(matches, query) : ''}
          </p>
        </div>
      </div>
      {current ? (
        <p id={currentId} className="ui-tz__current">
          {current.id === 'UTC' ? current.detail : `${current.label} · currently ${utcOffsetLabel(current.id, now)}`}
        </p>
      ) : null}
    </LabelledField>
  );
}

/** While not searching, the list opens on the chosen zone, followed by every other one. */
function listFor(options: readonly ZoneOption[], query: string | null, current: ZoneOption | null): ZoneMatches {
  if (query !== null) return findZones(options, query);
  if (!current) return findZones(options, '');
  const rest = options.filter((o) => o.id !== current.id);
  return { shown: [current, ...rest].slice(0, MAX_SHOWN), total: rest.length + 1 };
}

function statusText({ shown, total }: ZoneMatches, query: string | null): string {
  if (total === 0) return `No time zone matches “${(query ?? '').trim()}”. Try a city, a country or a name such as Europe/London.`;
  if (total > shown.length) return `Showing ${shown.length} of ${total} time zones. Type to narrow the list.`;
  return total === 1 ? '1 time zone' : `${total} time zones`;
}

/**
 * Puts a chosen zone into the input the way typing would: past React's value
 * tracker, then an input event, which React reports as onChange. So register()
 * (which owns this input) and a controlled parent both see the choice.
 */
function typeIntoInput(element: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}
