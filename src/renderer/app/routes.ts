// Every screen's address in one place, so links and the sidebar agree.
export const routes = {
  dashboard: () => '/',
  groups: () => '/groups',
  group: (groupId: string) => `/groups/${groupId}`,
  /** One tab of a group's page; the overview is the group's own address. */
  groupTab: (groupId: string, tab: 'overview' | 'members' | 'norms' | 'meetings' | 'between') => (tab === 'overview' ? `/groups/${groupId}` : `/groups/${groupId}/${tab}`),
  meeting: (groupId: string, meetingId: string) => `/groups/${groupId}/meetings/${meetingId}`,
  people: () => '/people',
  person: (personId: string) => `/people/${personId}`,
  /** The coach's calendar; with a month ('YYYY-MM'), that month; `list` for the list of days. */
  calendar: (month?: string, view: 'month' | 'list' = 'month') => `/calendar${month ? `/${month}` : ''}${view === 'list' ? '?view=list' : ''}`,
  /** Calendar files and invitation drafts for participants. */
  calendarExport: () => '/export',
  /** The Notes view; `templates` for the note templates tab. */
  notes: (tab: 'notes' | 'templates' = 'notes') => (tab === 'templates' ? '/notes/templates' : '/notes'),
  note: (noteId: string) => `/notes/${noteId}`,
  settings: () => '/settings',
} as const;
