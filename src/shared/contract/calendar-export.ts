import { ExportSelectionSchema, ExportWriteSchema, type ExportPreview, type ExportWritten } from '../calendar-export';
import { command, query } from './method';
import { tags } from './tags';

// Calendar files and invitation drafts for participants (issue: calendar
// export). The preview reads everything that goes into an event (groups,
// members, people, meetings, rounds, 1:1s, the coach's settings) and the
// ledger of what was sent; writing moves only the ledger on.

const everythingInACalendar = () => [
  tags.settings(),
  tags.person(),
  tags.group(),
  tags.members(),
  tags.meetings(),
  tags.between(),
  tags.oneToOnes(),
  tags.calendarExport(),
];

export const calendarExportMethods = {
  'calendarExport.preview': query<ExportPreview>()(ExportSelectionSchema, everythingInACalendar),
  /** Asks for a folder, writes the files there and records what was sent. */
  'calendarExport.write': command<ExportWritten>()(ExportWriteSchema, () => [tags.calendarExport()]),
} as const;
