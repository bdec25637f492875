import type { AbstractIntlMessages } from 'next-intl';

/**
 * What travels to the browser, inside every prerendered page: only the
 * messages client components read, never the whole catalogue. An entry is
 * a namespace ("Bell") or one message of it ("Account.signIn").
 */

/** Read by the parts every page shares: header, learner bar, progress, errors. */
export const SITE_MESSAGES = [
  'Account.signIn',
  'Account.signOut',
  'Achievements',
  'Bell',
  'Error',
  'LearnerBar',
  'Nav',
  'Progress',
  'Theme',
] as const;

/** Read by one kind of page's own client components, on top of the site's. */
export const PAGE_MESSAGES = {
  lesson: ['Checks', 'Comments', 'Lesson', 'Report'],
  lessonList: [
    'Checks.change',
    'Checks.changed',
    'Checks.figure',
    'Checks.none',
    'Checks.passed',
    'Checks.progress',
    'Comments',
  ],
  moderation: ['Comments', 'Moderation'],
  account: ['Account'],
  playground: ['Playground', 'Reasons', 'RouterLab'],
} as const;

export function pickMessages(
  messages: AbstractIntlMessages,
  entries: readonly string[],
): AbstractIntlMessages {
  const picked: Record<string, AbstractIntlMessages> = {};
  for (const entry of entries) {
    const [namespace, key] = entry.split('.', 2) as [string, string | undefined];
    const source = messages[namespace];
    if (source === undefined) continue;
    if (key === undefined || typeof source === 'string') {
      picked[namespace] = source as AbstractIntlMessages;
      continue;
    }
    if (!(key in source)) continue;
    const kept = typeof picked[namespace] === 'object' ? picked[namespace] : {};
    picked[namespace] = { ...kept, [key]: source[key]! };
  }
  return picked;
}
