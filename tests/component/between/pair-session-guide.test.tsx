import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PairSessionGuideButton } from '../../../src/renderer/features/between/PairSessionGuideButton';
import { pairSessionGuide, pairSessionGuideText } from '../../../src/shared/pair-session-guide';
import { renderWithProviders } from '../support/render';

// The pair-session guide: the hour in two halves, each with the coach's steps
// and questions, shown in a dialog, copied as text for an email, or printed.

const STEPS = [
  'Agree confidentiality',
  'A good outcome today',
  'What has been going on',
  'What has been tried',
  'Other options',
  'Pros and cons',
  'What will you do',
  'Write the action plan',
];

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the guide as text', () => {
  it('names both members, when and where, and has every step in both halves, then the swap', () => {
    const text = pairSessionGuideText(['Amara Okafor', 'Raj Patel'], 'Tue 19 Jan 2027, 18:30 (Europe/London)', 'https://meet.example/abc');
    expect(text).toContain('For Amara Okafor and Raj Patel');
    expect(text).toContain('When: Tue 19 Jan 2027, 18:30 (Europe/London)');
    expect(text).toContain('Where: https://meet.example/abc');
    expect(text).toContain('Half 1: Amara Okafor coaches Raj Patel (30 minutes)');
    expect(text).toContain('Half 2: then swap — Raj Patel coaches Amara Okafor (30 minutes)');
    const numbered = text.split('\n').filter((line) => /^\d\. /.test(line));
    expect(numbered).toEqual([...STEPS, ...STEPS].map((step, i) => `${(i % STEPS.length) + 1}. ${step}`));
    for (const question of pairSessionGuide().halves[0]!.steps.flatMap((s) => s.questions)) expect(text).toContain(question);
  });

  it('says a time and place are still to be agreed when there are none', () => {
    const text = pairSessionGuideText(['Amara', 'Raj'], null, '  ');
    expect(text).toContain('When: to be agreed between you');
    expect(text).toContain('Where: to be agreed between you');
  });

  it('gives a triad three parts in which each coaches once and is coached once', () => {
    const guide = pairSessionGuide(['Amara', 'Raj', 'Yuki']);
    expect(guide.halves.map((h) => h.title)).toEqual(['Part 1: Amara coaches Raj', 'Part 2: then swap — Raj coaches Yuki', 'Part 3: then swap — Yuki coaches Amara']);
    expect(guide.halves.reduce((sum, h) => sum + h.minutes, 0)).toBe(60);
    expect(pairSessionGuideText(['Amara', 'Raj', 'Yuki'], null, '')).toContain('For Amara, Raj and Yuki');
  });
});

describe('the guide button', () => {
  async function open() {
    const user = userEvent.setup();
    renderWithProviders(<PairSessionGuideButton names={['Amara Okafor', 'Raj Patel']} when="Tue 19 Jan 2027, 18:30" where="The café on Main Street" />);
    await user.click(screen.getByRole('button', { name: /Guide for this pair/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Pair session guide for Amara Okafor and Raj Patel' });
    return { user, dialog };
  }

  it('shows the guide with both halves and every step', async () => {
    const { dialog } = await open();
    const sheet = within(dialog).getByRole('article', { name: 'Pair session guide' });
    expect(within(sheet).getByRole('heading', { name: /Half 1: Amara Okafor coaches Raj Patel/ })).toBeInTheDocument();
    expect(within(sheet).getByRole('heading', { name: /Half 2: then swap — Raj Patel coaches Amara Okafor/ })).toBeInTheDocument();
    for (const step of STEPS) expect(within(sheet).getAllByText(step)).toHaveLength(2);
    expect(within(sheet).getByText('The café on Main Street')).toBeInTheDocument();
  });

  it('copies the guide as text and confirms it', async () => {
    const { user, dialog } = await open();
    const writeText = vi.fn((_: string) => Promise.resolve());
    stubClipboard(writeText);
    await user.click(within(dialog).getByRole('button', { name: 'Copy as text' }));
    expect(await within(dialog).findByText('Copied. Paste it into your email to Amara Okafor and Raj Patel.')).toBeInTheDocument();
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied).toBe(pairSessionGuideText(['Amara Okafor', 'Raj Patel'], 'Tue 19 Jan 2027, 18:30', 'The café on Main Street'));
    expect(copied).toContain('Amara Okafor');
    expect(copied).toContain('Raj Patel');
    for (const step of STEPS) expect(copied).toContain(step);
  });

  it('when the clipboard refuses, says so and offers the text to select by hand', async () => {
    const { user, dialog } = await open();
    stubClipboard(() => Promise.reject(new Error('denied')));
    await user.click(within(dialog).getByRole('button', { name: 'Copy as text' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The guide could not be copied.');
    const area = within(dialog).getByRole('textbox', { name: 'The guide as text' });
    expect((area as HTMLTextAreaElement).value).toContain('Write the action plan');
  });

  it('prints', async () => {
    const { user, dialog } = await open();
    // happy-dom has no print(); the app's window does.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
