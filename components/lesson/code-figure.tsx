import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';

const LANGUAGE_NAMES: Record<string, string> = {
  ts: 'typescript',
  tsx: 'tsx',
  js: 'javascript',
  py: 'python',
  python: 'python',
  sh: 'bash',
  bash: 'bash',
  json: 'json',
  jsonl: 'jsonl',
  plaintext: 'text',
};

export function languageName(language: string | undefined): string {
  if (!language) return 'text';
  return LANGUAGE_NAMES[language] ?? language;
}

type FigureProps = ComponentProps<'figure'> & {
  'data-rehype-pretty-code-figure'?: string;
  'data-title'?: string;
  'data-language'?: string;
};

/**
 * The copy button of a code block: static markup, which lesson-body.tsx
 * brings to life (it copies what the block shows and says so).
 */
function CopyButton({ title }: { title: string }) {
  const t = useTranslations('Code');
  return (
    <>
      <button
        type="button"
        data-copy=""
        data-copy-label={t('copy')}
        data-copied-label={t('copied')}
        data-failed-label={t('copyFailed')}
        aria-label={t('copyLabel', { title })}
        className="rounded-md px-2 py-1 text-xs font-medium text-zinc-700 hover:bg-zinc-200 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        {t('copy')}
      </button>
      <span role="status" data-copy-status="" className="sr-only" />
    </>
  );
}

/** A highlighted code block: title, language label and a copy button above the code. */
export function CodeFigure(props: FigureProps) {
  if (!('data-rehype-pretty-code-figure' in props)) return <figure {...props} />;
  const { children, 'data-title': title, 'data-language': language } = props;
  const name = languageName(language);
  return (
    <figure
      data-code-block=""
      data-title={title}
      data-language={name}
      className="not-prose my-6 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950"
    >
      <figcaption className="flex items-center gap-2 border-b border-zinc-200 px-4 py-2 text-sm dark:border-zinc-800">
        <span className="min-w-0 flex-1 truncate font-medium text-zinc-800 dark:text-zinc-100">
          {title || name}
        </span>
        <span className="rounded bg-zinc-200 px-1.5 py-0.5 font-mono text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
          {name}
        </span>
        <CopyButton title={title || name} />
      </figcaption>
      {children}
    </figure>
  );
}

/** Code can be wider than a phone: the block scrolls and is reachable by keyboard. */
export function CodePre(props: ComponentProps<'pre'>) {
  // The block's own class carries its colours (see rehypeShikiClasses).
  const className = [props.className, 'overflow-x-auto py-3 text-sm leading-6']
    .filter(Boolean)
    .join(' ');
  return <pre {...props} tabIndex={0} className={className} />;
}
