import 'server-only';
import { db } from '@/lib/db';
import { hitRateLimit } from '@/lib/limits/rate-limit';
import type { problemReportSchema } from './schemas';
import type { z } from 'zod';

type ReportInput = z.infer<typeof problemReportSchema>;

/** Stores a "report a problem" (signed in or not), rate-limited per address. */
export async function createProblemReport(
  input: ReportInput,
  { ip, reporterId }: { ip: string; reporterId?: string },
): Promise<{ ok: true; id: string } | { ok: false; resetAt: Date }> {
  const limit = await hitRateLimit(db, {
    key: `problem-report:ip:${ip}`,
    limit: 5,
    windowMs: 60 * 60_000,
  });
  if (!limit.ok) return { ok: false, resetAt: limit.resetAt };
  const lesson = input.lessonId
    ? await db.lesson.findUnique({ where: { id: input.lessonId } })
    : null;
  const report = await db.problemReport.create({
    data: {
      kind: input.kind,
      message: input.message,
      contact: input.contact || null,
      pageUrl: input.pageUrl,
      lessonId: lesson?.id ?? null,
      reporterId: reporterId ?? null,
    },
  });
  return { ok: true, id: report.id };
}

export async function listProblemReports() {
  return db.problemReport.findMany({ orderBy: [{ createdAt: 'desc' }], take: 200 });
}

export async function setProblemStatus(
  id: string,
  status: 'new' | 'in-progress' | 'done',
): Promise<boolean> {
  const { count } = await db.problemReport.updateMany({ where: { id }, data: { status } });
  return count === 1;
}
