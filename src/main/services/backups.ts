import { clone, type ServiceContext } from './context';
import type { Handlers } from './handlers';

export function backupServices(ctx: ServiceContext): Handlers<'backups.list' | 'backups.create' | 'backups.restore'> {
  return {
    'backups.list': async () => clone(await ctx.store.listBackups()),
    'backups.create': async () => clone(await ctx.store.createBackup('manual')),
    // The store keeps a backup of what it replaces before restoring, so a restore can itself be undone.
    'backups.restore': async ({ id }) => {
      await ctx.store.restoreBackup(id);
      return { restored: id };
    },
  };
}
