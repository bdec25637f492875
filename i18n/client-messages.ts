import type { AbstractIntlMessages } from 'next-intl';

/**
 * The namespaces client components read. Only these travel to the browser
 * (inside every prerendered page), not the whole catalogue.
 */
export const CLIENT_NAMESPACES = [
  'Account',
  'Achievements',
  'Bell',
  'Code',
  'Comments',
  'Error',
  'LearnerBar',
  'Lesson',
  'Moderation',
  'Nav',
  'Progress',
  'Report',
  'Theme',
] as const;

export function pickMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[],
): AbstractIntlMessages {
  return Object.fromEntries(
    namespaces
      .filter((namespace) => namespace in messages)
      .map((namespace) => [namespace, messages[namespace]!]),
  );
}
