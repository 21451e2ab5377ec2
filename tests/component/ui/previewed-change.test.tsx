import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PreviewedChange } from '../../../src/renderer/ui/PreviewedChange';
import { renderWithProviders } from '../support/render';

// The shared shape of the two swap dialogs: choose, see the effect, confirm.

type Preview = { data: string | undefined; error: Error | null; isPending: boolean; isError: boolean; refetch: () => Promise<never> };
const answered = (data: string): Preview => ({ data, error: null, isPending: false, isError: false, refetch: vi.fn() });
const refused = (message: string): Preview => ({ data: undefined, error: new Error(message), isPending: false, isError: true, refetch: vi.fn() });

function Harness({ preview, onConfirm, onDone }: { preview: Preview; onConfirm: (effect: string) => Promise<void>; onDone: () => void }) {
  const [choice, setChoice] = useState('');
  return (
    <PreviewedChange
      choosers={<input aria-label="Who" value={choice} onChange={(e) => setChoice(e.target.value)} />}
      preview={choice === '' ? null : (preview as never)}
      loadingLabel="Working it out…"
      refusedTitle="This change is not possible"
      renderEffect={(effect) => <p>Effect: {effect}</p>}
      confirmLabel="Make it"
      onConfirm={onConfirm}
      doneTitle={(effect) => `Done: ${effect}`}
      pending={false}
      onDone={onDone}
    />
  );
}

describe('PreviewedChange', () => {
  it('offers only Cancel until the choice is made, then the effect and the confirm', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    renderWithProviders(<Harness preview={answered('two repeats')} onConfirm={() => Promise.resolve()} onDone={onDone} />);
    expect(screen.queryByRole('button', { name: 'Make it' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Who'), 'Ada');
    expect(screen.getByText('Effect: two repeats')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make it' }));
    expect(await screen.findByText('Done: two repeats')).toBeInTheDocument();
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('keeps the dialog and the choice when main refuses the confirm, and says why', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    const onConfirm = vi.fn(() => Promise.reject(new Error('That round has begun: its pairs can no longer change.')));
    renderWithProviders(<Harness preview={answered('no repeats')} onConfirm={onConfirm} onDone={onDone} />);
    await user.type(screen.getByLabelText('Who'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Make it' }));
    expect(await screen.findByText('That round has begun: its pairs can no longer change.')).toBeInTheDocument();
    expect(onConfirm).toHaveBeenCalledWith('no repeats');
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Who')).toHaveValue('Ada');
    expect(screen.getByRole('button', { name: 'Make it' })).toBeEnabled();
  });

  it('gives main’s reason when the preview is refused, with no confirm to press but a way out', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    renderWithProviders(<Harness preview={refused('Yuki is not in this round.')} onConfirm={() => Promise.resolve()} onDone={onDone} />);
    await user.type(screen.getByLabelText('Who'), 'Yuki');
    const problem = screen.getByRole('alert');
    expect(problem).toHaveTextContent('This change is not possible');
    expect(problem).toHaveTextContent('Yuki is not in this round.');
    expect(screen.queryByRole('button', { name: 'Make it' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
