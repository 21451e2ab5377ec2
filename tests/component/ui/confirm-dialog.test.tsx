import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../../src/renderer/ui/ConfirmDialog';

function Harness({ onConfirm, typed }: { onConfirm: () => Promise<void> | void; typed?: string }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <p>{open ? 'Dialog open' : 'Dialog closed'}</p>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete Leaders circle?"
        description="This removes the group, its members' goals and its norms."
        confirmLabel="Delete group"
        tone="danger"
        typedConfirmation={typed}
        onConfirm={onConfirm}
      />
    </>
  );
}

describe('ConfirmDialog', () => {
  it('keeps the confirm button disabled until the exact text is typed', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} typed="Leaders circle" />);

    const dialog = screen.getByRole('alertdialog', { name: 'Delete Leaders circle?' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('its norms'));
    const confirm = screen.getByRole('button', { name: 'Delete group' });
    const input = screen.getByLabelText(/to confirm/);
    expect(confirm).toBeDisabled();

    await user.type(input, 'leaders circle');
    expect(confirm).toBeDisabled();
    await user.clear(input);
    await user.type(input, 'Leaders circl');
    expect(confirm).toBeDisabled();
    // Enter in the field must not get round the check either.
    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();

    await user.type(input, 'e');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Dialog closed')).toBeInTheDocument();
  });

  it('stays open and shows the error when the action fails', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => {
      throw new Error('Leaders circle could not be found. It may have been deleted.');
    });
    render(<Harness onConfirm={onConfirm} />);

    await user.click(screen.getByRole('button', { name: 'Delete group' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be found');
    expect(screen.getByText('Dialog open')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete group' })).toBeEnabled();
  });

  it('closes without confirming on Cancel', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Dialog closed')).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
