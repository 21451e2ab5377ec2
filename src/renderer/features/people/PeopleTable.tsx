import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { Link } from 'react-router';
import type { PersonSummary } from '../../../shared/views';
import { routes } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import type { PeopleFilters, SortKey } from './people-filter';

export interface PeopleTableProps {
  people: readonly PersonSummary[];
  sort: Pick<PeopleFilters, 'sort' | 'direction'>;
  onSort: (key: SortKey) => void;
}

function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
}: {
  label: string;
  sortKey: SortKey;
  sort: PeopleTableProps['sort'];
  onSort: (key: SortKey) => void;
}) {
  const active = sort.sort === sortKey;
  const Icon = !active ? ArrowUpDown : sort.direction === 'asc' ? ArrowUp : ArrowDown;
  return (
    <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="people-sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <Icon aria-hidden="true" size={14} className={active ? 'people-sort-icon is-active' : 'people-sort-icon'} />
        <span className="visually-hidden">{active ? '' : ', sort by this column'}</span>
      </button>
    </th>
  );
}

/**
 * An address that may break after its "@" when the column is narrow, so the
 * name column needs room for the longer half only and never breaks a word.
 */
function EmailAddress({ email }: { email: string }) {
  const at = email.lastIndexOf('@');
  if (at <= 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

export function PeopleTable({ people, sort, onSort }: PeopleTableProps) {
  return (
    <div className="people-table-wrap">
      <table className="people-table">
        <thead>
          <tr>
            <SortHeader label="Name" sortKey="name" sort={sort} onSort={onSort} />
            <SortHeader label="Organisation" sortKey="organisation" sort={sort} onSort={onSort} />
            <th scope="col">Role</th>
            <th scope="col">Time zone</th>
            <th scope="col">Groups</th>
          </tr>
        </thead>
        <tbody>
          {people.map(({ person, groupNames }) => (
            <tr key={person.id}>
              <th scope="row" className="people-cell-name">
                <Link to={routes.person(person.id)}>{person.name}</Link>
                {/* The email sits under the name: a column of its own squeezed every address onto two lines. */}
                <span className="people-cell-email">
                  <EmailAddress email={person.email} />
                </span>
              </th>
              <td>{person.organisation || <span className="people-muted">—</span>}</td>
              <td>{person.role || <span className="people-muted">—</span>}</td>
              <td className="people-cell-zone">{person.timeZone}</td>
              <td className="people-cell-groups">
                {groupNames.length > 0 ? (
                  <ul className="people-badges" aria-label={`Groups of ${person.name}`}>
                    {groupNames.map((g) => (
                      <li key={g}>
                        <Badge tone="info" wrap>
                          {g}
                        </Badge>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="people-muted">Not in a group</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
