import { useTranslations } from 'next-intl';
import { Children, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import { languageName } from './code-figure';

type FigureElement = ReactElement<{ 'data-language'?: string; 'data-title'?: string }>;

/**
 * The same code in several languages as ARIA tabs, one highlighted block
 * per tab. Static markup: lesson-body.tsx switches tabs by click and by the
 * arrow keys, Home and End; without script the first tab shows.
 */
export function CodeTabs({ children }: { children: ReactNode }) {
  const t = useTranslations('Code');
  const baseId = useId();
  const blocks = Children.toArray(children).filter(isValidElement) as FigureElement[];
  const labels = blocks.map((block) => languageName(block.props['data-language']));
  return (
    <div className="not-prose my-6" data-code-tabs="">
      <div role="tablist" aria-label={t('tabsLabel')} className="flex gap-1">
        {labels.map((label, index) => (
          <button
            key={label + index}
            id={`${baseId}-tab-${index}`}
            type="button"
            role="tab"
            aria-selected={index === 0}
            aria-controls={`${baseId}-panel-${index}`}
            tabIndex={index === 0 ? 0 : -1}
            className="rounded-t-lg border border-b-0 border-zinc-200 px-3 py-1.5 font-mono text-xs aria-selected:bg-zinc-100 aria-selected:font-semibold dark:border-zinc-800 dark:aria-selected:bg-zinc-800"
          >
            {label}
          </button>
        ))}
      </div>
      {blocks.map((block, index) => (
        <div
          key={index}
          id={`${baseId}-panel-${index}`}
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${index}`}
          hidden={index !== 0}
          className="[&>figure]:mt-0"
        >
          {block}
        </div>
      ))}
    </div>
  );
}
