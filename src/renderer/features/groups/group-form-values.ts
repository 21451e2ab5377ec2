import type { Resolver } from 'react-hook-form';
import {
  GroupInputSchema,
  type Facilitation,
  type Group,
  type GroupInput,
  type GroupValues,
} from '../../../shared/entities';
import { schemaResolver } from '../../ui/form-resolver';
import { blankMode, modeToFormValues, toMeetingMode, type ModeFormValues } from './mode-form-values';
import { DEFAULT_GROUP_COLOR } from './palette';

// The form keeps every branch of the kind / planned end / mode unions at once,
// so switching "internal" off and on again keeps the sponsor the coach typed.
// Only the chosen branch is handed to the schema (and so to main): the
// contract's objects are strict and would reject the other branches' keys.

export interface GroupFormValues {
  name: string;
  purpose: string;
  kind: { type: 'standalone' | 'internal'; organisation: string; sponsorName: string; sponsorEmail: string };
  facilitation: Facilitation;
  startDate: string;
  plannedEnd: { type: 'date' | 'duration'; endDate: string; months: number };
  timeZone: string;
  meetingMinutes: number;
  mode: ModeFormValues;
  color: string;
}

export const DEFAULT_MEETING_MINUTES = 90;
export const DEFAULT_PROGRAMME_MONTHS = 12;

export function newGroupValues(today: string, timeZone: string): GroupFormValues {
  return {
    name: '',
    purpose: '',
    kind: { type: 'standalone', organisation: '', sponsorName: '', sponsorEmail: '' },
    facilitation: 'coach',
    startDate: today,
    plannedEnd: { type: 'duration', endDate: '', months: DEFAULT_PROGRAMME_MONTHS },
    timeZone,
    meetingMinutes: DEFAULT_MEETING_MINUTES,
    mode: blankMode(),
    color: DEFAULT_GROUP_COLOR,
  };
}

export function groupToFormValues(group: Group): GroupFormValues {
  const { kind, plannedEnd, mode } = group;
  return {
    name: group.name,
    purpose: group.purpose,
    kind:
      kind.type === 'internal'
        ? { ...kind }
        : { type: 'standalone', organisation: '', sponsorName: '', sponsorEmail: '' },
    facilitation: group.facilitation,
    startDate: group.startDate,
    plannedEnd:
      plannedEnd.type === 'date'
        ? { type: 'date', endDate: plannedEnd.endDate, months: DEFAULT_PROGRAMME_MONTHS }
        : { type: 'duration', endDate: '', months: plannedEnd.months },
    timeZone: group.timeZone,
    meetingMinutes: group.meetingMinutes,
    mode: modeToFormValues(mode),
    color: group.color,
  };
}

/** Exactly the contract's shape: the chosen union branches and nothing else. */
export function toGroupInput(v: GroupFormValues): GroupInput {
  const kind: GroupInput['kind'] =
    v.kind.type === 'internal'
      ? {
          type: 'internal',
          organisation: v.kind.organisation,
          sponsorName: v.kind.sponsorName,
          sponsorEmail: v.kind.sponsorEmail,
        }
      : { type: 'standalone' };
  const plannedEnd: GroupInput['plannedEnd'] =
    v.plannedEnd.type === 'date'
      ? { type: 'date', endDate: v.plannedEnd.endDate }
      : { type: 'duration', months: v.plannedEnd.months };
  return {
    name: v.name,
    purpose: v.purpose,
    kind,
    facilitation: v.facilitation,
    startDate: v.startDate,
    plannedEnd,
    timeZone: v.timeZone,
    meetingMinutes: v.meetingMinutes,
    mode: toMeetingMode(v.mode),
    color: v.color,
  };
}

const groupInputResolver = schemaResolver(GroupInputSchema);

/**
 * The contract's schema applied to the chosen branches. Error paths
 * ('kind.sponsorEmail', 'plannedEnd.endDate', ...) are the same in both shapes,
 * so messages land beside the right inputs (an unreadable date included: the
 * field names are the same too); the submit handler receives the parsed
 * (trimmed, lower-cased) GroupValues.
 */
export const groupFormResolver: Resolver<GroupFormValues, unknown, GroupValues> = (values, context, options) =>
  groupInputResolver(
    toGroupInput(values),
    context,
    options as unknown as Parameters<typeof groupInputResolver>[2],
  ) as unknown as ReturnType<Resolver<GroupFormValues, unknown, GroupValues>>;
