// Words about membership dates that several dialogs share, so they never explain a date differently.

/** What a leaving date means: the first day someone is no longer a member. */
export const LEAVING_DATE_HINT =
  'The first day they are no longer a member: their last day in the group is the day before, so it must come after the day they joined.';

/** What a joining date means for everyone added at once. */
export const JOINING_DATE_HINT = 'Their first day as a member. Everyone you choose joins on this day.';
