'use client';

import { createPortal } from 'react-dom';
import { CheckCard } from './check-card';

/** Every check of the lesson body, each rendered into its own placeholder. */
export function ChecksIsland({ targets, lessonId }: { targets: HTMLElement[]; lessonId: string }) {
  const ids = targets.map((target) => target.dataset.check ?? '');
  return targets.map((target) =>
    createPortal(
      <CheckCard element={target} lessonId={lessonId} lessonCheckIds={ids} />,
      target,
      target.dataset.check,
    ),
  );
}
