'use client';

import { useTranslations } from 'next-intl';
import { lazy } from 'react';
import { WhenNeeded } from '../lazy-island';
import { Section } from '@/components/ui/section';

/**
 * The lesson page's islands below the body (comments, the problem report),
 * loaded after first paint (see WhenNeeded). Until then their places hold
 * the same anchors, so the table of contents and #comments links work.
 */

const CommentsSection = lazy(() =>
  import('./comments-section').then((module) => ({ default: module.CommentsSection })),
);
const ReportProblem = lazy(() =>
  import('./report-problem').then((module) => ({ default: module.ReportProblem })),
);

function CommentsPlaceholder() {
  const t = useTranslations('Lesson');
  return <Section id="comments" title={t('comments')} tone="divided" className="mt-12" />;
}

export function LessonComments({ lessonId }: { lessonId: string }) {
  return (
    <WhenNeeded placeholder={<CommentsPlaceholder />}>
      <CommentsSection lessonId={lessonId} />
    </WhenNeeded>
  );
}

export function LessonReportProblem({ lessonId }: { lessonId: string }) {
  return (
    <WhenNeeded placeholder={<div id="report" className="mt-8 min-h-5 text-sm" />}>
      <ReportProblem lessonId={lessonId} />
    </WhenNeeded>
  );
}
