import type { Dashboard } from '../../shared/views';
import { attentionItems } from '../domain/attention';
import { buildGroupSummary } from '../domain/group-summary';
import { clone, coachToday, currentPeople, type ServiceContext } from './context';
import type { Handlers } from './handlers';
import { meetingAttentionItems } from './meeting-attention';

export function dashboardServices(ctx: ServiceContext): Handlers<'dashboard.get'> {
  return {
    'dashboard.get': async () => {
      const people = currentPeople(ctx);
      const now = ctx.now();
      const docs = ctx.store.groups();
      const running = docs.filter((d) => d.group.archivedAt === null);
      const dashboard: Dashboard = {
        today: coachToday(ctx),
        coachTimeZone: ctx.store.index().settings.coachTimeZone,
        activeGroups: running
          .map((d) => buildGroupSummary(d, people, now))
          .sort((a, b) => a.group.name.localeCompare(b.group.name, 'en', { sensitivity: 'base' })),
        archivedGroupCount: docs.length - running.length,
        peopleCount: people.size,
        attention: [...attentionItems(running, people, now), ...(await meetingAttentionItems(ctx, running))],
      };
      return clone(dashboard);
    },
  };
}
