/** How a learner appears next to their comments: a chosen name, never an e-mail address. */
export function displayName(author: { id: string; name: string | null } | null): string {
  if (!author) return '(탈퇴한 학습자)';
  return author.name?.trim() || `learner-${author.id.slice(-5)}`;
}
