import { CalendarArrowUp, CalendarDays, LayoutDashboard, NotebookPen, Settings, Users, UsersRound, type LucideIcon } from 'lucide-react';
import { NavLink } from 'react-router';
import { VaultLockControl } from '../features/vault/VaultLockControl';
import { routes } from './routes';

interface NavItem {
  to: string;
  label: string;
  icon: LucideIcon;
  end?: boolean;
}

const mainNav: NavItem[] = [
  { to: routes.dashboard(), label: 'Dashboard', icon: LayoutDashboard, end: true },
  { to: routes.calendar(), label: 'Calendar', icon: CalendarDays },
  { to: routes.calendarExport(), label: 'Calendar export', icon: CalendarArrowUp },
  { to: routes.groups(), label: 'Groups', icon: UsersRound },
  { to: routes.people(), label: 'People', icon: Users },
  { to: routes.notes(), label: 'Notes', icon: NotebookPen },
];
const footerNav: NavItem[] = [{ to: routes.settings(), label: 'Settings', icon: Settings }];

function NavEntry({ item }: { item: NavItem }) {
  const Icon = item.icon;
  return (
    <li>
      {/* NavLink sets aria-current="page" on the active entry; the styles key off it. */}
      <NavLink to={item.to} end={item.end} className="app-nav__link">
        <Icon size={17} aria-hidden="true" className="app-nav__icon" />
        <span>{item.label}</span>
      </NavLink>
    </li>
  );
}

/** The three overlapping circles of a peer group, drawn inline so no asset has to load. */
function Logo() {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" className="app-logo">
      <circle cx="12" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="7.5" cy="15.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" opacity="0.75" />
      <circle cx="16.5" cy="15.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" opacity="0.5" />
    </svg>
  );
}

export function Sidebar() {
  return (
    <aside className="app-sidebar">
      <div className="app-brand">
        <Logo />
        <span className="app-brand__name">Circlekeeper</span>
      </div>
      <nav aria-label="Main" className="app-nav">
        <ul className="app-nav__list">
          {mainNav.map((item) => (
            <NavEntry key={item.to} item={item} />
          ))}
        </ul>
        <ul className="app-nav__list app-nav__list--footer">
          <VaultLockControl />
          {footerNav.map((item) => (
            <NavEntry key={item.to} item={item} />
          ))}
        </ul>
      </nav>
    </aside>
  );
}
