import type { Dashboard } from '../views';
import { none } from './inputs';
import { query } from './method';
import { tags } from './tags';

export const dashboardMethods = {
  // Every running group with its members and norms, the people named in what needs attention,
  // and "today" in the coach's zone; from the meetings, who missed the last two and overdue next steps.
  'dashboard.get': query<Dashboard>()(none, () => [
    tags.settings(),
    tags.group(),
    tags.members(),
    tags.norms(),
    tags.person(),
    tags.meetings(),
    tags.meetingRecords(),
  ]),
} as const;
