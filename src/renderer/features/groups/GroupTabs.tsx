import * as Tabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { routes } from '../../app/routes';
import './group-tabs.css';

// The group page in five tabs, one address each, so a tab survives a reload,
// the back button and a link from elsewhere. Radix Tabs gives the ARIA tablist:
// arrow keys (and Home/End) move between tabs, and moving selects.

export const GROUP_TABS = ['overview', 'members', 'norms', 'meetings', 'between'] as const;
export type GroupTab = (typeof GROUP_TABS)[number];

const LABELS: Record<GroupTab, string> = { overview: 'Overview', members: 'Members', norms: 'Norms', meetings: 'Meetings', between: 'Between meetings' };

export const isGroupTab = (value: string | undefined): value is GroupTab => GROUP_TABS.includes(value as GroupTab);

export function GroupTabs({ groupId, tab, panels }: { groupId: string; tab: GroupTab; panels: Record<GroupTab, () => ReactNode> }) {
  const navigate = useNavigate();
  return (
    <Tabs.Root
      className="groups-tabs"
      value={tab}
      onValueChange={(next) => {
        if (isGroupTab(next)) void navigate(routes.groupTab(groupId, next));
      }}
    >
      <Tabs.List className="groups-tabs__list" aria-label="Group sections">
        {GROUP_TABS.map((t) => (
          <Tabs.Trigger key={t} value={t} className="groups-tabs__tab">
            {LABELS[t]}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {/* Only the open tab renders, so a tab's queries run only when the coach looks at it. */}
      <Tabs.Content value={tab} className="groups-tabs__panel">
        {panels[tab]()}
      </Tabs.Content>
    </Tabs.Root>
  );
}
