import type { AppInfo } from '../../shared/views';
import { checkInvariants } from '../domain/invariants';
import { groupFile } from '../store/layout';
import { clone, type ServiceContext } from './context';
import type { Handlers } from './handlers';

/**
 * The invariants are checked on every look, not only after a repair: a rule
 * broken by recovery (an index restored from before a member was added) and
 * one broken any other way deserve the same plain notice, and it should
 * vanish as soon as the coach has put things right.
 */
export const appInfo = (ctx: ServiceContext): AppInfo =>
  clone({
    version: ctx.appVersion,
    dataDir: ctx.store.dataDir,
    recovery: [...ctx.store.recovery],
    dataProblems: checkInvariants(
      ctx.store.index(),
      ctx.store.groups().map((doc) => ({ file: groupFile(doc.group.id), doc })),
    ),
    backupProblem: ctx.store.backupProblem,
    settings: ctx.store.index().settings,
  });

export function appInfoServices(ctx: ServiceContext): Handlers<'app.info' | 'recovery.acknowledge'> {
  return {
    'app.info': async () => appInfo(ctx),
    'recovery.acknowledge': async ({ ids }) => ({ acknowledged: await ctx.store.acknowledgeRecovery(ids) }),
  };
}
