'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { callApi } from '@/lib/community/api-client';

// One request per list of lessons, shared by every badge of that list.
const pending = new Map<string, Promise<Record<string, number>>>();

function fetchCounts(ids: string[]): Promise<Record<string, number>> {
  const key = ids.join(',');
  let promise = pending.get(key);
  if (!promise) {
    promise = callApi<Record<string, number>>(
      'GET',
      `/api/comments/counts?lessonIds=${encodeURIComponent(key)}`,
    ).then((result) => (result.ok ? result.data : {}));
    pending.set(key, promise);
    // Counts change: forget the answer once it has been used.
    void promise.finally(() => setTimeout(() => pending.delete(key), 1_000));
  }
  return promise;
}

/** "댓글 3" next to a lesson on the course page (the page is static; the count is live). */
export function CommentCount({ lessonId, listIds }: { lessonId: string; listIds: string[] }) {
  const t = useTranslations('Comments');
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void fetchCounts(listIds).then((counts) => live && setCount(counts[lessonId] ?? 0));
    return () => {
      live = false;
    };
  }, [lessonId, listIds]);
  if (count === null) return null;
  return (
    <span data-testid="comment-count">
      <span aria-hidden="true">💬 </span>
      {t('title', { count })}
    </span>
  );
}
