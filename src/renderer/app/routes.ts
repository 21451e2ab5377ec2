// Every screen's address in one place, so links and the sidebar agree.
export const routes = {
  dashboard: () => '/',
  groups: () => '/groups',
  group: (groupId: string) => `/groups/${groupId}`,
  /** One tab of a group's page; the overview is the group's own address. */
  groupTab: (groupId: string, tab: 'overview' | 'members' | 'norms' | 'meetings') => (tab === 'overview' ? `/groups/${groupId}` : `/groups/${groupId}/${tab}`),
  meeting: (groupId: string, meetingId: string) => `/groups/${groupId}/meetings/${meetingId}`,
  people: () => '/people',
  person: (personId: string) => `/people/${personId}`,
  settings: () => '/settings',
} as const;
