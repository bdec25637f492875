'use client';

import { lazy, Suspense, useEffect, useState } from 'react';

// The interactive checks load only on pages that have any, after first paint.
const ChecksIsland = lazy(() =>
  import('./checks-island').then((module) => ({ default: module.ChecksIsland })),
);

function placeholders(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-static-part="body"] [data-check]')];
}

/**
 * Finds the checks the server rendered into the static lesson body (see
 * components/lesson/check.tsx) and makes them answerable. The body is not
 * hydrated, so the checks are rendered into their placeholders by portals;
 * after a client-side navigation the body arrives later, so it is watched.
 */
export function ChecksLoader({ lessonId }: { lessonId: string }) {
  const [targets, setTargets] = useState<HTMLElement[]>([]);

  useEffect(() => {
    const scan = () =>
      setTargets((before) => {
        const found = placeholders();
        const same = found.length === before.length && found.every((el, i) => el === before[i]);
        return same ? before : found;
      });
    scan();
    const body = document.querySelector('[data-static-part="body"]');
    if (!body) return;
    const observer = new MutationObserver(scan);
    observer.observe(body, { childList: true });
    return () => observer.disconnect();
  }, [lessonId]);

  if (targets.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <ChecksIsland targets={targets} lessonId={lessonId} />
    </Suspense>
  );
}
