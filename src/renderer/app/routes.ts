// Every screen's address in one place, so links and the sidebar agree.
export const routes = {
  dashboard: () => '/',
  groups: () => '/groups',
  group: (groupId: string) => `/groups/${groupId}`,
  meeting: (groupId: string, meetingId: string) => `/groups/${groupId}/meetings/${meetingId}`,
  people: () => '/people',
  person: (personId: string) => `/people/${personId}`,
  settings: () => '/settings',
} as const;
