import { useLocale, useTranslations } from 'next-intl';
import { lessonDay } from '@/components/lesson/catalog-values';
import { resolveCheck } from '@/lib/checks/registry';

/**
 * A check for understanding where the lesson teaches the idea:
 * `<Check id="<course>/<lesson>/<check>" />`. The lesson body is static HTML
 * (never hydrated), so this renders the question as readable markup with the
 * catalog figures of the page's day, and marks its place with data
 * attributes; components/checks/checks-island.tsx makes it answerable once
 * the page has loaded. The answer never reaches the page: the server grades.
 */
export function Check({ id }: { id: string }) {
  const t = useTranslations('Checks');
  // The check is in the lesson's language; its label is in the page's.
  const lang = useLocale();
  const day = lessonDay();
  const check = resolveCheck(id, day);
  if (!check) throw new Error(`lesson places check "${id}", which is not defined in lib/checks`);
  return (
    <div
      className="not-prose my-6 rounded-2xl border border-brand-300 bg-brand-50 p-4 dark:border-brand-700 dark:bg-brand-700/15"
      data-check={check.id}
      data-check-day={day}
      data-check-kind={check.kind}
      data-check-unit={check.unit}
    >
      <div data-check-static="">
        <p lang={lang} className="text-sm font-semibold text-brand-700 dark:text-brand-300">
          {t('label')}
        </p>
        <p className="mt-1 font-medium" data-check-question="">
          {check.question}
        </p>
        {check.choices ? (
          <ul className="mt-2 list-disc pl-5">
            {check.choices.map((choice) => (
              <li key={choice.id} data-choice={choice.id}>
                {choice.text}
              </li>
            ))}
          </ul>
        ) : (
          <p lang={lang} className="mt-2 text-sm">
            {t('numberHint', { unit: check.unit ?? '' })}
          </p>
        )}
      </div>
    </div>
  );
}
