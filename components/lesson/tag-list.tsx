import { getTranslations } from 'next-intl/server';

export async function TagList({ tags }: { tags: string[] }) {
  const t = await getTranslations('Course');
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={t('tags')}>
      {tags.map((tag) => (
        <li
          key={tag}
          className="rounded-full bg-zinc-100 px-2 py-0.5 font-mono text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
        >
          {tag}
        </li>
      ))}
    </ul>
  );
}
