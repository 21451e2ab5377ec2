import { SettingsSchema, type Settings } from '../entities';
import { none } from './inputs';
import { command, query } from './method';
import { tags } from './tags';

export const settingsMethods = {
  'settings.get': query<Settings>()(none, () => [tags.settings()]),
  'settings.update': command<Settings>()(SettingsSchema, () => [tags.settings()]),
} as const;
