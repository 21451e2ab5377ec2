import { useApiQuery } from '../../app/query';
import { systemTimeZone } from '../../ui/time-zones';

/**
 * The coach's own time zone from settings. New people default to it, and
 * "today" (which memberships are current) is reckoned in it.
 */
export function useCoachTimeZone(): { zone: string; loading: boolean } {
  const settings = useApiQuery('settings.get', {});
  if (settings.isPending) return { zone: systemTimeZone(), loading: true };
  return { zone: settings.data?.coachTimeZone ?? systemTimeZone(), loading: false };
}
