import { describe, expect, it, vi } from 'vitest';
import { closeAfterSave, type UnloadEventLike } from '../../../src/renderer/features/notes/close-after-save';

// The window's beforeunload handler, without a window: it holds the close while
// the note saves, closes once the save is done, and stays open when it fails.

function setUp(saves: 'ok' | 'fails') {
  let unsaved = true;
  let finish: () => void = () => undefined;
  const deps = {
    hasUnsaved: () => unsaved,
    flush: vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = () => {
            if (saves === 'ok') unsaved = false;
            resolve();
          };
        }),
    ),
    close: vi.fn(),
  };
  const event = (): UnloadEventLike & { prevented: boolean } => {
    const e = { prevented: false, returnValue: undefined as unknown, preventDefault: () => void (e.prevented = true) };
    return e;
  };
  return { deps, handler: closeAfterSave(deps), event, finish: async () => finish(), typeMore: () => void (unsaved = true) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('closing the window with unsaved note text', () => {
  it('lets the window close at once when everything is saved', () => {
    const { deps, handler, event } = setUp('ok');
    deps.hasUnsaved = () => false;
    const e = event();
    handler(e);
    expect(e.prevented).toBe(false);
    expect(deps.flush).not.toHaveBeenCalled();
  });

  it('holds the close, saves, and closes the window itself once the save is done', async () => {
    const { deps, handler, event, finish } = setUp('ok');
    const e = event();
    handler(e);
    expect(e.prevented).toBe(true);
    expect(e.returnValue).toBe('');
    expect(deps.flush).toHaveBeenCalledTimes(1);
    expect(deps.close).not.toHaveBeenCalled();
    await finish();
    await tick();
    expect(deps.close).toHaveBeenCalledTimes(1);
  });

  it('a second close during the save waits for the same save, and the window closes once', async () => {
    const { deps, handler, event, finish } = setUp('ok');
    handler(event());
    const second = event();
    handler(second);
    expect(second.prevented).toBe(true);
    expect(deps.flush).toHaveBeenCalledTimes(1);
    await finish();
    await tick();
    expect(deps.close).toHaveBeenCalledTimes(1);
  });

  it('keeps the window open when the save fails, and tries again on the next close', async () => {
    const { deps, handler, event, finish } = setUp('fails');
    handler(event());
    await finish();
    await tick();
    expect(deps.close).not.toHaveBeenCalled();
    const again = event();
    handler(again);
    expect(again.prevented).toBe(true);
    expect(deps.flush).toHaveBeenCalledTimes(2);
  });

  it('keeps the window open when the coach typed on while it saved', async () => {
    const { deps, handler, event, finish, typeMore } = setUp('ok');
    handler(event());
    const done = finish();
    typeMore();
    await done;
    await tick();
    expect(deps.close).not.toHaveBeenCalled();
  });
});
