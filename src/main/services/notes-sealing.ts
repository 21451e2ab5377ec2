import { z } from 'zod';
import type { ErrorCode } from '../../shared/api';
import { NoteContentSchema, NoteTemplateSchema, type NoteContent, type NoteTemplate } from '../../shared/notes';
import { openNote, sealNote, type NoteBinding } from '../vault/envelope';
import { VaultError, type VaultErrorCode } from '../vault/errors';
import { ServiceError } from './errors';
import type { VaultKeeper } from './vault-keeper';

// The only place note text is sealed and opened. Everything a note holds in
// confidence (title, every field, headings included) goes through here, and
// nothing else of the notes service touches the vault's key.

const CODES: Record<VaultErrorCode, ErrorCode> = {
  wrong_secret: 'invalid_input',
  weak_passphrase: 'invalid_input',
  header_rejected: 'unavailable',
  note_rejected: 'unavailable',
  locked: 'forbidden',
  no_vault: 'forbidden',
  already_set_up: 'conflict',
  too_many_attempts: 'unavailable',
};

/** Vault failures as the window sees them; a locked vault is 'forbidden', which the note views answer with the unlock prompt. */
export async function asServiceErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof VaultError) throw new ServiceError(CODES[err.code], err.code === 'no_vault' ? 'Encrypted notes are not set up yet.' : err.message);
    throw err;
  }
}

const TemplatesContentSchema = z.strictObject({ templates: z.array(NoteTemplateSchema) });

export interface NoteSealer {
  seal(binding: NoteBinding, content: NoteContent): Promise<string>;
  open(binding: NoteBinding, sealed: string): Promise<NoteContent>;
  /** Opens many at once with one look at the key (unlocking for search). */
  openMany(items: readonly { binding: NoteBinding; sealed: string }[]): Promise<(NoteContent | null)[]>;
  sealTemplates(binding: NoteBinding, templates: readonly NoteTemplate[]): Promise<string>;
  openTemplates(binding: NoteBinding, sealed: string): Promise<NoteTemplate[]>;
}

export function noteSealer(keeper: VaultKeeper): NoteSealer {
  const openWith = (dek: Buffer, binding: NoteBinding, sealed: string): NoteContent =>
    NoteContentSchema.parse(JSON.parse(openNote(dek, binding, Buffer.from(sealed, 'base64')).toString('utf8')));
  return {
    seal: async (binding, content) => sealNote(await keeper.dataKey(), binding, JSON.stringify(content)).toString('base64'),
    open: async (binding, sealed) => openWith(await keeper.dataKey(), binding, sealed),
    openMany: async (items) => {
      const dek = await keeper.dataKey();
      return items.map(({ binding, sealed }) => {
        try {
          return openWith(dek, binding, sealed);
        } catch {
          return null; // one note that will not open does not keep the others from being searched
        }
      });
    },
    sealTemplates: async (binding, templates) =>
      sealNote(await keeper.dataKey(), binding, JSON.stringify({ templates })).toString('base64'),
    openTemplates: async (binding, sealed) => {
      const bytes = openNote(await keeper.dataKey(), binding, Buffer.from(sealed, 'base64'));
      return TemplatesContentSchema.parse(JSON.parse(bytes.toString('utf8'))).templates;
    },
  };
}
