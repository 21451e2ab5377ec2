import { SettingsSchema, type Settings } from '../entities';
import { none } from './inputs';
import { command, query } from './method';
import { tags } from './tags';

/**
 * What settings.update takes: the coach's settings, where a caller that leaves
 * coachEmail out keeps the one saved (callers written before the email
 * existed send only the name and zone, and must not clear it). '' clears it.
 */
export const SettingsUpdateSchema = SettingsSchema.extend({ coachEmail: SettingsSchema.shape.coachEmail.optional() });

export const settingsMethods = {
  'settings.get': query<Settings>()(none, () => [tags.settings()]),
  'settings.update': command<Settings>()(SettingsUpdateSchema, () => [tags.settings()]),
} as const;
