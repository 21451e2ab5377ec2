import type { AppInfo } from '../../shared/views';
import { clone, type ServiceContext } from './context';
import type { Handlers } from './handlers';

export const appInfo = (ctx: ServiceContext): AppInfo =>
  clone({
    version: ctx.appVersion,
    dataDir: ctx.store.dataDir,
    recovery: [...ctx.store.recovery],
    settings: ctx.store.index().settings,
  });

export function appInfoServices(ctx: ServiceContext): Handlers<'app.info'> {
  return { 'app.info': async () => appInfo(ctx) };
}
