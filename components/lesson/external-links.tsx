import { getTranslations } from 'next-intl/server';
import type { LessonMeta } from '@/lib/content/schema';

export async function ExternalLinks({ links }: { links: LessonMeta['links'] }) {
  const t = await getTranslations('Lesson');
  return (
    <section aria-labelledby="external-links" className="mt-10">
      <h2 id="external-links" className="mb-3 text-xl font-bold">
        {t('externalLinks')}
      </h2>
      <ul className="list-disc space-y-1.5 pl-5">
        {links.map((link) => (
          <li key={link.url}>
            <a
              href={link.url}
              rel="noopener noreferrer"
              className="text-brand-600 underline underline-offset-2 dark:text-brand-300"
            >
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
