import { beforeEach, describe, expect, it, vi } from 'vitest';

const dialog = vi.hoisted(() => ({
  calls: [] as unknown[][],
  answer: { canceled: false, filePath: '/home/jo/Documents/circlekeeper-export.json' } as { canceled: boolean; filePath?: string },
}));
vi.mock('electron', () => ({
  dialog: {
    showSaveDialog: async (...args: unknown[]) => {
      dialog.calls.push(args);
      return dialog.answer;
    },
  },
}));

const { electronPlatform } = await import('../../../../src/main/shell/platform');

const request = { title: 'Export all your data', defaultName: 'x.json', filters: [{ name: 'JSON', extensions: ['json'] }] };

beforeEach(() => {
  dialog.calls.length = 0;
  dialog.answer = { canceled: false, filePath: '/home/jo/Documents/circlekeeper-export.json' };
});

describe('electron platform port', () => {
  it('opens the save dialog over the main window, suggesting the name and asking before overwriting', async () => {
    const win = { isDestroyed: () => false };
    const path = await electronPlatform(() => win as never).chooseSaveLocation(request);
    expect(path).toBe('/home/jo/Documents/circlekeeper-export.json');
    expect(dialog.calls).toEqual([
      [win, { title: 'Export all your data', defaultPath: 'x.json', filters: request.filters, properties: ['createDirectory', 'showOverwriteConfirmation'] }],
    ]);
  });

  it('answers null when the coach cancels, and works without a window', async () => {
    dialog.answer = { canceled: true };
    expect(await electronPlatform(() => null).chooseSaveLocation(request)).toBeNull();
    expect(dialog.calls[0]).toHaveLength(1);
  });
});
