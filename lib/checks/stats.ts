import 'server-only';
import { db } from '@/lib/db';

// What authors see on /moderation: how each check does, and what learners report.

export interface CheckStats {
  checkId: string;
  tried: number;
  firstTryRight: number;
}

/** Per check: how many learners tried it and how many were right at the first try (for authors). */
export async function checkStats(): Promise<Map<string, CheckStats>> {
  const rows = await db.checkAnswer.groupBy({
    by: ['checkId', 'firstTryCorrect'],
    _count: { _all: true },
  });
  const stats = new Map<string, CheckStats>();
  for (const row of rows) {
    const entry = stats.get(row.checkId) ?? { checkId: row.checkId, tried: 0, firstTryRight: 0 };
    entry.tried += row._count._all;
    if (row.firstTryCorrect) entry.firstTryRight += row._count._all;
    stats.set(row.checkId, entry);
  }
  return stats;
}

/** Problem reports filed against each lesson. */
export async function problemReportCounts(): Promise<Map<string, number>> {
  const rows = await db.problemReport.groupBy({
    by: ['lessonId'],
    where: { lessonId: { not: null } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.lessonId!, row._count._all]));
}
