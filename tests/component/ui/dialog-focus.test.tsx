import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from '../../../src/renderer/ui/ConfirmDialog';
import { Dialog } from '../../../src/renderer/ui/Dialog';

// Our dialogs are opened by plain buttons, not Radix triggers, so Radix alone
// would drop focus on <body> when they close.

function DialogHarness({ removeOpener = false }: { removeOpener?: boolean }) {
  const [open, setOpen] = useState(false);
  const [openerShown, setOpenerShown] = useState(true);
  return (
    <>
      <main id="main-content" tabIndex={-1}>
        {openerShown ? (
          <button type="button" onClick={() => setOpen(true)}>
            Add person
          </button>
        ) : null}
      </main>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next && removeOpener) setOpenerShown(false);
        }}
        title="Add a person"
      >
        <details>
          <summary>Help</summary>
          <button type="button">Hidden in help</button>
        </details>
        <label>
          Name <input name="name" />
        </label>
      </Dialog>
    </>
  );
}

describe('Dialog focus', () => {
  it('starts on the first control in the body and returns to the opener on Escape', async () => {
    const user = userEvent.setup();
    render(<DialogHarness />);
    const opener = screen.getByRole('button', { name: 'Add person' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Add a person' });
    // Not the Close button in the header; a closed <details> offers only its summary.
    expect(screen.getByText('Help')).toHaveFocus();
    expect(dialog).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('returns focus to the opener after the Close button too', async () => {
    const user = userEvent.setup();
    render(<DialogHarness />);
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Add person' })).toHaveFocus();
  });

  it('falls back to the main area when the opener has gone', async () => {
    const user = userEvent.setup();
    render(<DialogHarness removeOpener />);
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Add person' })).not.toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });
});

function MenuHarness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <button type="button">More actions</button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content>
            <DropdownMenu.Item onSelect={() => setOpen(true)}>Edit group</DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <Dialog open={open} onOpenChange={setOpen} title="Edit group">
        {/* As the group form does: its first field takes focus itself. */}
        <label>
          Name <input name="name" autoFocus />
        </label>
      </Dialog>
    </>
  );
}

describe('Dialog opened from a menu', () => {
  it('returns focus to the menu button, since the menu item has gone', async () => {
    const user = userEvent.setup();
    render(<MenuHarness />);
    const trigger = screen.getByRole('button', { name: 'More actions' });
    trigger.focus();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('menuitem', { name: 'Edit group' }));
    expect(await screen.findByLabelText('Name')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });
});

function ConfirmHarness({ typed }: { typed?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete group
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete Leaders circle?"
        description="This cannot be undone."
        confirmLabel="Delete for good"
        tone="danger"
        typedConfirmation={typed}
        onConfirm={() => undefined}
      />
    </>
  );
}

describe('ConfirmDialog focus', () => {
  it('starts on Cancel and returns to the opener', async () => {
    const user = userEvent.setup();
    render(<ConfirmHarness />);
    const opener = screen.getByRole('button', { name: 'Delete group' });
    await user.click(opener);
    expect(await screen.findByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('starts in the field when a phrase must be typed', async () => {
    const user = userEvent.setup();
    render(<ConfirmHarness typed="Leaders circle" />);
    await user.click(screen.getByRole('button', { name: 'Delete group' }));
    expect(await screen.findByLabelText(/to confirm/)).toHaveFocus();
    await user.keyboard('Leaders circle{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete group' })).toHaveFocus();
  });
});
