import { z } from 'zod';
import { IdSchema } from '../primitives';
import type { AppInfo } from '../views';
import { none } from './inputs';
import { command, query } from './method';
import { EVERYTHING, tags } from './tags';

export const appMethods = {
  /**
   * The services refuse any change that would break a rule between records,
   * so broken rules arrive only with a repair or a restore. While some are
   * listed, any change may be the one that puts them right, so the notice
   * reads everything until it is empty again.
   */
  'app.info': query<AppInfo>()(none, (_input, info) =>
    info && info.dataProblems.length === 0 ? [tags.notices(), tags.settings()] : EVERYTHING,
  ),
  'recovery.acknowledge': command<{ acknowledged: number }>()(
    z.strictObject({ ids: z.array(IdSchema).min(1).max(500) }),
    () => [tags.notices()],
  ),
} as const;
