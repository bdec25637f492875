import type { TocEntry } from '@/lib/content/mdx-plugins';

/** Links to the lesson's sections; the same list serves the sidebar and the phone layout. */
export function TableOfContents({
  entries,
  label,
  id,
}: {
  entries: TocEntry[];
  label: string;
  id: string;
}) {
  return (
    <nav aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        {label}
      </h2>
      <ol className="space-y-1.5 text-sm">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-3' : undefined}>
            <a
              href={`#${entry.id}`}
              className="text-zinc-600 hover:text-brand-600 dark:text-zinc-400 dark:hover:text-brand-300"
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
