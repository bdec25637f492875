import { getTranslations } from 'next-intl/server';
import type { LessonMeta } from '@/lib/content/schema';
import { Section } from '@/components/ui/section';

export async function ExternalLinks({ links }: { links: LessonMeta['links'] }) {
  const t = await getTranslations('Lesson');
  return (
    <Section
      id="external-links"
      title={t('externalLinks')}
      headingClassName="mb-3"
      className="mt-10"
    >
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
    </Section>
  );
}
