import { randomUUID } from 'node:crypto';
import type { Services } from '../dispatch';
import type { DataStore } from '../store/types';
import { appInfoServices } from './app-info';
import { backupServices } from './backups';
import { calendarSettingsServices } from './calendar-busy';
import { calendarServices } from './calendar-views';
import { calendarExportServices } from './calendar-export';
import type { ServiceContext } from './context';
import { dashboardServices } from './dashboard';
import { dataExportServices } from './data-export';
import { fromStoreError } from './errors';
import { groupServices } from './groups';
import { meetingNextStepServices } from './meeting-next-steps';
import { meetingQueryServices } from './meeting-queries';
import { meetingRecordServices } from './meeting-records';
import { meetingChangeServices } from './meetings-changes';
import { meetingPlanServices } from './meetings-plan';
import { meetingViewServices } from './meetings-view';
import { membershipServices } from './memberships';
import { normServices } from './norms';
import { betweenServices } from './between';
import { oneToOneServices } from './one-to-ones';
import { peopleServices } from './people';
import { personMeetingServices } from './person-meetings';
import { noWindowEmitter, type MainEmitter } from './main-emitter';
import { headlessPlatform, type PlatformPort } from './platform';
import { peopleImportServices } from './people-import';
import { settingsServices } from './settings';
import { VaultKeeper } from './vault-keeper';
import { vaultServices } from './vault';
import { vaultKeyFileServices } from './vault-key-file';
import { vaultResetServices } from './vault-reset';
import { noteServices } from './notes';
import { noteSealer } from './notes-sealing';
import { noteTemplateAccess } from './note-templates';
import { NoteTexts } from './note-texts';
import type { ExportFileBuilder } from './export-builders';
import type { KdfCost } from './vault-keeper';

export type { ServiceContext } from './context';

export interface ServiceOptions {
  store: DataStore;
  appVersion: string;
  /** Defaults to the real clock; tests pass a fixed one. */
  now?: () => Date;
  /** Defaults to crypto.randomUUID. */
  newId?: () => string;
  /** The desktop's dialogs; headless (every question cancelled) when not given. */
  platform?: PlatformPort;
  /** Where the contract's events go; nowhere when not given (the CLI has no window). */
  events?: MainEmitter;
  /** Who writes calendar export files (export-builders.ts); the main thread when not given. */
  exportBuilder?: ExportFileBuilder;
  /** The notes' vault; made over the store when not given (the shell passes its own, to lock it on quit and suspend). */
  vault?: VaultKeeper;
  /** Unit tests only: a cheaper key derivation (TEST_ONLY_KDF_COST) for vaults this registry sets up. */
  testOnlyVaultKdfCost?: KdfCost;
}

/** Store failures (a closed store, an unknown backup ...) become ServiceErrors the coach can read. */
function translatingStoreErrors(services: Services): Services {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(services) as [string, (input: never) => Promise<unknown>][]) {
    wrapped[name] = async (input) => {
      try {
        return await handler(input);
      } catch (err) {
        throw fromStoreError(err);
      }
    };
  }
  return wrapped as unknown as Services;
}

/**
 * The one registry both transports (ipcMain and the test host) and the CLI use:
 * every contract method, implemented once over the given store.
 */
export function createServices(options: ServiceOptions): Services {
  const ctx: ServiceContext = {
    store: options.store,
    appVersion: options.appVersion,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => randomUUID()),
    platform: options.platform ?? headlessPlatform,
    events: options.events ?? noWindowEmitter,
    ...(options.exportBuilder ? { exportBuilder: options.exportBuilder } : {}),
  };
  const vault =
    options.vault ??
    new VaultKeeper({
      store: ctx.store,
      now: ctx.now,
      newId: ctx.newId,
      personalWords: () => [ctx.store.index().settings.coachName],
      ...(options.testOnlyVaultKdfCost ? { testOnlyKdfCost: options.testOnlyVaultKdfCost } : {}),
    });
  return translatingStoreErrors({
    ...appInfoServices(ctx),
    ...settingsServices(ctx),
    ...dashboardServices(ctx),
    ...groupServices(ctx),
    ...peopleServices(ctx),
    ...peopleImportServices(ctx),
    ...membershipServices(ctx),
    ...normServices(ctx),
    ...betweenServices(ctx),
    ...oneToOneServices(ctx),
    ...meetingViewServices(ctx),
    ...meetingPlanServices(ctx),
    ...meetingChangeServices(ctx),
    ...calendarServices(ctx),
    ...calendarSettingsServices(ctx),
    ...calendarExportServices(ctx),
    ...backupServices(ctx),
    ...dataExportServices(ctx),
    ...meetingQueryServices(ctx),
    ...meetingRecordServices(ctx),
    ...meetingNextStepServices(ctx),
    ...personMeetingServices(ctx),
    ...vaultServices(ctx, vault),
    ...vaultKeyFileServices(ctx, vault),
    ...vaultResetServices(ctx, vault),
    ...notesArea(ctx, vault),
  });
}

/** The notes: one sealer over the vault's key, one in-memory text index, the templates. */
function notesArea(ctx: ServiceContext, vault: VaultKeeper) {
  const sealer = noteSealer(vault);
  const templates = noteTemplateAccess(ctx, vault, sealer);
  const texts = new NoteTexts(ctx.store, sealer, vault);
  return { ...noteServices(ctx, { keeper: vault, sealer, texts }, templates.byId), ...templates.handlers };
}
