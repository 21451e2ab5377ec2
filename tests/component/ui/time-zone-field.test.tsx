import { zodResolver } from '@hookform/resolvers/zod';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { TimeZoneSchema } from '../../../src/shared/primitives';
import { Dialog } from '../../../src/renderer/ui/Dialog';
import { TimeZoneField } from '../../../src/renderer/ui/TimeZoneField';
import { loadZonePlaces } from '../../../src/renderer/ui/use-zone-options';

// The zone picker as a coach uses it: typing a city, a country or a zone id,
// choosing with the keyboard or the pointer, inside a react-hook-form form.
// Offsets are asserted only for zones without daylight saving time, so no
// test depends on today's date.

// Stored and offered by its current IANA name, whatever ICU calls it.
const KOLKATA = 'Asia/Kolkata';

beforeAll(async () => {
  await loadZonePlaces();
});

const schema = z.strictObject({ timeZone: TimeZoneSchema });

function ZoneForm({ onValid, initial = 'Europe/London' }: { onValid: (zone: string) => void; initial?: string }) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { timeZone: initial },
  });
  return (
    <form onSubmit={handleSubmit((values) => onValid(values.timeZone))} noValidate>
      <TimeZoneField label="Time zone" error={errors.timeZone?.message} {...register('timeZone')} />
      <button type="submit">Save</button>
    </form>
  );
}

function setup(initial?: string) {
  const user = userEvent.setup();
  const onValid = vi.fn();
  render(<ZoneForm onValid={onValid} {...(initial === undefined ? {} : { initial })} />);
  const input = screen.getByRole('combobox', { name: 'Time zone' });
  return { user, onValid, input };
}

const optionNames = () => screen.queryAllByRole('option').map((o) => o.getAttribute('aria-label') ?? '');

async function search(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
  return optionNames();
}

describe('TimeZoneField search', () => {
  it.each([
    ['Berlin', 'Berlin, Germany, Europe/Berlin'],
    ['Munich', 'Berlin, Germany, Europe/Berlin'],
    ['Sao Paulo', 'São Paulo, Brazil, America/Sao_Paulo'],
    ['são paulo', 'São Paulo, Brazil, America/Sao_Paulo'],
    ['Germany', 'Berlin, Germany, Europe/Berlin'],
    ['India', `Kolkata, India, ${KOLKATA}`],
    ['Kolkata', `Kolkata, India, ${KOLKATA}`],
    ['New Zealand', 'Auckland, New Zealand, Pacific/Auckland'],
    ['europe/berlin', 'Berlin, Germany, Europe/Berlin'],
    ['CET', 'Algiers, Algeria, Africa/Algiers'],
  ])('finds %j first as %j', async (typed, expected) => {
    const { user, input } = setup('');
    const names = await search(user, input, typed);
    expect(names[0]).toMatch(new RegExp(`^${expected.replace(/[/+]/g, '\\$&')}, UTC[+-]\\d\\d:\\d\\d$`));
  });

  it('lists every zone of a country, and shows each one’s offset from UTC', async () => {
    const { user, input } = setup('');
    const zealand = await search(user, input, 'New Zealand');
    expect(zealand.some((n) => n.startsWith('Chatham, New Zealand, Pacific/Chatham, UTC+'))).toBe(true);
    const india = await search(user, input, 'India');
    expect(india[0]).toBe(`Kolkata, India, ${KOLKATA}, UTC+05:30`);
    const utc = await search(user, input, 'utc');
    expect(utc[0]).toBe('UTC, UTC+00:00');
  });

  it('says when nothing matches, and how to search', async () => {
    const { user, input } = setup('');
    await user.type(input, 'Atlantis');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('No time zone matches “Atlantis”. Try a city, a country or a name such as Europe/London.');
  });

  it('shows at most 50 zones for a wide search and says how many there are', async () => {
    const { user, input } = setup('');
    await user.type(input, 'America');
    expect(screen.getAllByRole('option')).toHaveLength(50);
    expect(screen.getByRole('status')).toHaveTextContent(/^Showing 50 of \d+ time zones\. Type to narrow the list\.$/);
  });
});

describe('TimeZoneField with the keyboard', () => {
  it('is a combobox that opens with Arrow Down on the chosen zone, moves with the arrows and chooses with Enter', async () => {
    const { user, input, onValid } = setup('Europe/London');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    const listbox = screen.getByRole('listbox', { hidden: true });
    expect(input).toHaveAttribute('aria-controls', listbox.id);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).toHaveBeenLastCalledWith('Europe/London');

    input.focus();
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const first = screen.getAllByRole('option')[0]!;
    expect(first.getAttribute('aria-label')).toMatch(/^London, United Kingdom, Europe\/London/);
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const third = screen.getAllByRole('option')[2]!;
    expect(input).toHaveAttribute('aria-activedescendant', third.id);
    expect(third).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[1]!.id);

    // Enter on an option chooses it and does not submit the form.
    const calls = onValid.mock.calls.length;
    const chosen = screen.getAllByRole('option')[1]!.getAttribute('aria-label')!.split(', ')[2]!;
    await user.keyboard('{Enter}');
    expect(input).toHaveValue(chosen);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    expect(onValid.mock.calls.length).toBe(calls);

    // With the list closed, Enter submits as in any text field.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onValid).toHaveBeenLastCalledWith(chosen));
  });

  it('highlights the best match as the coach types, so Enter takes it', async () => {
    const { user, input, onValid } = setup('');
    await user.type(input, 'Munich');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id);
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('Europe/Berlin');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).toHaveBeenLastCalledWith('Europe/Berlin');
  });

  it('wraps from the first option to the last with Arrow Up', async () => {
    const { user, input } = setup('');
    await user.type(input, 'New Zealand');
    const options = screen.getAllByRole('option');
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options.at(-1)!.id);
  });

  it('takes the highlighted suggestion when the coach leaves the field after a search', async () => {
    const { user, input, onValid } = setup('Europe/London');
    await search(user, input, 'Sao Paulo');
    await user.tab();
    expect(input).toHaveValue('America/Sao_Paulo');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).toHaveBeenLastCalledWith('America/Sao_Paulo');
  });

  it('keeps a zone name typed in full, and stores it in its canonical spelling', async () => {
    const { user, input, onValid } = setup('Europe/London');
    await search(user, input, 'asia/tokyo');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(input).toHaveValue('asia/tokyo');
    expect(onValid).toHaveBeenLastCalledWith('Asia/Tokyo');
  });

  it('refuses a search that found nothing, keeping what was typed', async () => {
    const { user, input, onValid } = setup('Europe/London');
    await search(user, input, 'Atlantis');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Unknown time zone. Use a name such as Europe/London.');
    expect(input).toHaveValue('Atlantis');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(onValid).not.toHaveBeenCalled();
  });

  it('closes only its list on Escape inside a dialog; a second Escape closes the dialog', async () => {
    const user = userEvent.setup();
    function InDialog() {
      const [open, setOpen] = useState(true);
      return (
        <Dialog open={open} onOpenChange={setOpen} title="New group">
          <TimeZoneField label="Time zone" defaultValue="" />
        </Dialog>
      );
    }
    render(<InDialog />);
    const dialog = screen.getByRole('dialog', { name: 'New group' });
    const input = within(dialog).getByRole('combobox', { name: 'Time zone' });
    await user.type(input, 'Berlin');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('Berlin');
    expect(screen.getByRole('dialog', { name: 'New group' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('TimeZoneField with the pointer', () => {
  it('opens from its button and chooses the clicked option', async () => {
    const { user, input, onValid } = setup('');
    await user.click(screen.getByRole('button', { name: 'Show time zones' }));
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.type(input, 'Germany');
    const busingen = screen.getAllByRole('option').find((o) => o.getAttribute('aria-label')?.includes('Europe/Busingen'));
    await user.click(busingen!);
    expect(input).toHaveValue('Europe/Busingen');
    expect(input).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).toHaveBeenLastCalledWith('Europe/Busingen');
  });
});

describe('TimeZoneField and the stored value', () => {
  it('describes the chosen zone under the input, with today’s offset', () => {
    setup(KOLKATA);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Kolkata, India · currently UTC+05:30'));
  });

  it('keeps showing a stored zone the list does not hold, and offers it first', async () => {
    expect(Intl.supportedValuesOf('timeZone')).not.toContain('Etc/GMT+5');
    const { user, input, onValid } = setup('Etc/GMT+5');
    expect(input).toHaveValue('Etc/GMT+5');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('GMT+5 · currently UTC-05:00'));
    input.focus();
    await user.keyboard('{ArrowDown}');
    expect(optionNames()[0]).toBe('GMT+5, Etc/GMT+5, UTC-05:00');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid).toHaveBeenLastCalledWith('Etc/GMT+5');
  });
});
