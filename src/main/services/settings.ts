import { clone, type ServiceContext } from './context';
import type { Handlers } from './handlers';

export function settingsServices(ctx: ServiceContext): Handlers<'settings.get' | 'settings.update'> {
  return {
    'settings.get': async () => clone(ctx.store.index().settings),
    'settings.update': async (values) => {
      const index = await ctx.store.updateIndex((draft) => {
        draft.settings = { coachName: values.coachName, coachTimeZone: values.coachTimeZone, coachEmail: values.coachEmail ?? draft.settings.coachEmail };
      });
      return clone(index.settings);
    },
  };
}
