import type { DataExportResult } from '../views';
import { none } from './inputs';
import { changesNothing, command } from './method';

export const dataMethods = {
  /**
   * Asks where to save, then writes every record as the documented export
   * (docs/export-format.md). A command, since it acts, but the file lies
   * outside the data folder and no view shows it.
   */
  'data.export': command<DataExportResult>()(none, changesNothing),
} as const;
