import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint config is what keeps the architecture's "never" arrows from being
// crossed; these cases prove each arrow is actually enforced, so a careless
// edit to eslint.config.js cannot silently switch a boundary off.

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('architecture boundaries', () => {
  it.each([
    ['src/main/domain/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['src/main/domain/probe.ts', "import { Low } from 'lowdb';\nexport const a = Low;\n"],
    ['src/main/domain/probe.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['src/main/domain/probe.ts', "import { createServices } from '../services/registry';\nexport const a = createServices;\n"],
    ['src/renderer/features/probe.ts', "import { dispatch } from '../../main/dispatch';\nexport const a = dispatch;\n"],
    ['src/renderer/features/probe.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['src/main/services/probe.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['src/main/services/probe.ts', "import { registerIpc } from '../ipc';\nexport const a = registerIpc;\n"],
    ['src/main/store/probe.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['src/cli/probe.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['src/shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['src/shared/calendar/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['src/shared/calendar/probe.ts', "import { useState } from 'react';\nexport const a = useState;\n"],
    ['src/shared/calendar/probe.ts', "import { Root } from '@radix-ui/react-dialog';\nexport const a = Root;\n"],
    ['src/shared/calendar/probe.ts', "import { groupHealth } from '../../main/domain/group-health';\nexport const a = groupHealth;\n"],
    ['src/shared/calendar/probe.ts', "import { formatDay } from '../../renderer/app/dates';\nexport const a = formatDay;\n"],
    ['src/main/domain/meetings/probe.ts', "import { writeFile } from 'node:fs/promises';\nexport const a = writeFile;\n"],
    ['src/main/services/probe.ts', "import { openNote } from '../vault/envelope';\nexport const a = openNote;\n"],
    ['src/main/store/probe.ts', "import { VaultSession } from '../vault/session';\nexport const a = VaultSession;\n"],
    ['src/cli/commands/probe.ts', "import { sealNote } from '../../main/vault/envelope';\nexport const a = sealNote;\n"],
  ])('forbids the import in %s: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).not.toHaveLength(0);
  });

  it.each([
    ['src/main/ipc.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n"],
    ['src/main/services/probe.ts', "import { GroupSchema } from '../../shared/entities';\nexport const a = GroupSchema;\n"],
    ['src/renderer/features/probe.ts', "import { call } from '../api';\nexport const a = call;\n"],
    ['src/renderer/features/probe.ts', "import { todayIn } from '../../shared/calendar/days';\nexport const a = todayIn;\n"],
    ['src/shared/calendar/probe.ts', "import { tzOffset } from '@date-fns/tz';\nimport { RRuleTemporal } from 'rrule-temporal';\nexport const a = [tzOffset, RRuleTemporal];\n"],
    ['src/main/domain/meetings/probe.ts', "import { isActiveOn } from '../../../shared/calendar/periods';\nexport const a = isActiveOn;\n"],
    ['src/main/services/vault-keeper.ts', "import { VaultSession } from '../vault/session';\nexport const a = VaultSession;\n"],
    ['src/main/services/probe.ts', "import { VaultStatus } from '../../shared/contract/vault';\nexport const a = VaultStatus;\n"],
  ])('allows the import in %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });

  it('sends every form through schemaResolver and every date through DateField', async () => {
    const zod = "import { zodResolver } from '@hookform/resolvers/zod';\nexport const a = zodResolver;\n";
    expect(await restrictedImports('src/renderer/features/probe.ts', zod)).not.toHaveLength(0);
    expect(await restrictedImports('src/renderer/ui/form-resolver.ts', zod)).toEqual([]);
    const [dateInput] = await eslint.lintText('export const a = <input type="date" />;\n', { filePath: 'src/renderer/features/probe.tsx' });
    expect(dateInput?.messages.map((m) => m.message)).toContain('Use DateField from src/renderer/ui for dates.');
    const [assign] = await eslint.lintText('export const a = Object.assign({}, {});\n', { filePath: 'src/renderer/features/probe.tsx' });
    expect(assign?.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
  });

  it('keeps the preload bridge out of renderer code other than api.ts', async () => {
    const [result] = await eslint.lintText('export const a = window.circlekeeper;\n', {
      filePath: 'src/renderer/features/probe.ts',
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-properties');
  });

  it.each(['src/shared/calendar/probe.ts', 'src/main/domain/meetings/probe.ts'])(
    'keeps %s free of the clock, randomness and browser globals',
    async (filePath) => {
      const offences = ['new Date()', 'Date.now()', 'Math.random()', 'window.innerWidth', 'process.env.TZ'];
      for (const expression of offences) {
        const [result] = await eslint.lintText(`export const a = ${expression};\n`, { filePath });
        const rules = (result?.messages ?? []).map((m) => m.ruleId);
        expect(rules, expression).toContainEqual(expect.stringMatching(/^no-restricted-(syntax|globals)$/));
      }
      const [fine] = await eslint.lintText('export const at = (ms: number) => new Date(ms);\n', { filePath });
      expect(fine?.messages ?? []).toEqual([]);
    },
  );
});
