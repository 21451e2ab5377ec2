import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileDurable } from '../store/durable-fs';

/**
 * The export holds everyone's names and emails, so it is written like the
 * data itself (whole or not at all, private to the coach), and never into
 * the data folder, where it would be mistaken for data or swept up in backups.
 */
export async function writeExportFile(target: string, dataDir: string, text: string): Promise<void> {
  const file = path.resolve(target);
  const folder = await fs.realpath(path.dirname(file)).catch(() => path.dirname(file));
  const data = await fs.realpath(dataDir).catch(() => path.resolve(dataDir));
  if (folder === data || folder.startsWith(`${data}${path.sep}`)) {
    throw new ExportLocationError('Save the export outside Circlekeeper’s data folder, for example in your Documents folder.');
  }
  // Written through a fresh 0600 temp file renamed over the target, so a replaced export is private too.
  await writeFileDurable(file, text);
}

export class ExportLocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportLocationError';
  }
}
