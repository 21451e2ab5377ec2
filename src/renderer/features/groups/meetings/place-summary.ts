import type { MeetingMode } from '../../../../shared/entities';
import { modeLabel } from '../../../app/labels';
import { placeLabel } from '../../meetings/labels';

/** "In person: 1 High St", as the meeting page says it. */
export const placeSummary = (place: MeetingMode): string => `${modeLabel[place.type]}: ${placeLabel(place)}`;
