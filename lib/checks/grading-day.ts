import { addDays, dayOf } from '@/lib/router/catalog';

/** How old a page's catalog day may be: a build older than this is not served anywhere. */
const OLDEST_PAGE_DAYS = 366;

/**
 * Whether a check may be graded on `day`: a prerendered page shows the
 * figures of the day it was built, so answers are graded on the day the page
 * shows, not on a day the browser could pick to find easier figures: never
 * after today (UTC, a day of slack for time zones) nor older than a year.
 */
export function gradingDayProblem(day: string, now: Date = new Date()): string | null {
  const today = dayOf(now);
  if (day > addDays(today, 1)) return 'day must not be in the future';
  if (day < addDays(today, -OLDEST_PAGE_DAYS)) return 'day is too long ago';
  return null;
}
