export const ROLES = ['learner', 'moderator'] as const;
export type Role = (typeof ROLES)[number];

/** The env list names moderators without a database edit (e.g. on a fresh deployment). */
export function effectiveRole(
  user: { email: string; role: string },
  moderatorEmails: string,
): Role {
  const listed = moderatorEmails
    .split(',')
    .map((email) => email.trim().toLowerCase())
    .filter(Boolean);
  if (user.role === 'moderator' || listed.includes(user.email.toLowerCase())) return 'moderator';
  return 'learner';
}
