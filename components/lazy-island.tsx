'use client';

import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';

/** How far below the screen an island starts loading, so it is ready when scrolled to. */
const NEAR_SCREEN = '800px 0px';
/** At the latest this long after the page is ready, even if the browser is never idle. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Renders `placeholder` (server-rendered, same place and anchors) and loads
 * the island's code only after first paint: when the browser is idle or the
 * placeholder comes near the screen, whichever is first. `children` is a
 * React.lazy component, so its code is not part of the page's first load.
 */
export function WhenNeeded({
  placeholder,
  children,
}: {
  placeholder: ReactNode;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [needed, setNeeded] = useState(false);

  useEffect(() => {
    if (needed) return;
    const load = () => setNeeded(true);
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && load(),
      { rootMargin: NEAR_SCREEN },
    );
    if (ref.current) observer.observe(ref.current);
    const idle =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(load, { timeout: IDLE_TIMEOUT_MS })
        : window.setTimeout(load, IDLE_TIMEOUT_MS / 4);
    return () => {
      observer.disconnect();
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [needed]);

  if (!needed) return <div ref={ref}>{placeholder}</div>;
  return (
    <div>
      <Suspense fallback={placeholder}>{children}</Suspense>
    </div>
  );
}
