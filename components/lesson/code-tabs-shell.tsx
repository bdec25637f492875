'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** The interactive part of CodeTabs: an ARIA tablist with arrow-key navigation. */
export function CodeTabsShell({ labels, panels }: { labels: string[]; panels: ReactNode[] }) {
  const t = useTranslations('Code');
  const [active, setActive] = useState(0);
  const baseId = useId();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowRight: (active + 1) % labels.length,
      ArrowLeft: (active - 1 + labels.length) % labels.length,
      Home: 0,
      End: labels.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    tabRefs.current[next]?.focus();
  }

  return (
    <div className="not-prose my-6">
      <div role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKeyDown} className="flex gap-1">
        {labels.map((label, index) => (
          <button
            key={label + index}
            ref={(element) => {
              tabRefs.current[index] = element;
            }}
            id={`${baseId}-tab-${index}`}
            type="button"
            role="tab"
            aria-selected={index === active}
            aria-controls={`${baseId}-panel-${index}`}
            tabIndex={index === active ? 0 : -1}
            onClick={() => setActive(index)}
            className="rounded-t-lg border border-b-0 border-zinc-200 px-3 py-1.5 font-mono text-xs aria-selected:bg-zinc-100 aria-selected:font-semibold dark:border-zinc-800 dark:aria-selected:bg-zinc-800"
          >
            {label}
          </button>
        ))}
      </div>
      {panels.map((panel, index) => (
        <div
          key={index}
          id={`${baseId}-panel-${index}`}
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${index}`}
          hidden={index !== active}
          className="[&>figure]:mt-0"
        >
          {panel}
        </div>
      ))}
    </div>
  );
}
