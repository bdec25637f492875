import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Section } from '@/components/ui/section';

/** The lesson's exercise, as its own section with an anchor the table of contents links to. */
export function Exercise({ children }: { children: ReactNode }) {
  const t = useTranslations('Lesson');
  return (
    <Section
      id="exercise"
      title={
        <>
          <span aria-hidden="true">🛠️ </span>
          {t('exercise')}
        </>
      }
      tone="brand"
      headingClassName="mb-3"
      className="not-prose my-10"
    >
      <div className="prose max-w-none prose-zinc dark:prose-invert">{children}</div>
    </Section>
  );
}
