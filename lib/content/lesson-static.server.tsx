import { evaluate } from 'next-mdx-remote-client/rsc';
import { NextIntlClientProvider, useLocale, useTranslations } from 'next-intl';
import { use, type ReactNode } from 'react';
import { mdxComponents } from '@/components/lesson/mdx-components';
import { TableOfContents } from '@/components/lesson/table-of-contents';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { getLesson } from './courses';
import { lessonRehypePlugins, lessonRemarkPlugins } from './mdx-options';
import type { TocEntry } from './mdx-plugins';

/**
 * The static parts of a lesson page (its body and its table of contents),
 * rendered where client components are server-rendered: `#lesson-static`
 * resolves here on the server and to lesson-static.browser.ts in the
 * browser. So they are in the page's HTML once, and not again in the React
 * payload, which only names the lesson, and they ship no client code. Every
 * component they use is static markup; the copy buttons and code tabs get
 * their behaviour from components/lesson/code-block-behaviour.ts.
 */

export type StaticLessonPart = 'body' | 'toc-sidebar' | 'toc-mobile';

interface CompiledLesson {
  content: ReactNode;
  toc: TocEntry[];
}

// Content only changes with a new build: compile each lesson once per process.
const compiled = new Map<string, Promise<CompiledLesson>>();

async function compile(courseSlug: string, lessonSlug: string): Promise<CompiledLesson> {
  const found = getLesson(courseSlug, lessonSlug);
  if (!found) throw new Error(`no lesson ${courseSlug}/${lessonSlug}`);
  const { lesson } = found;
  const toc: TocEntry[] = [];
  const { content, error } = await evaluate({
    source: lesson.body,
    components: mdxComponents,
    options: {
      mdxOptions: {
        remarkPlugins: lessonRemarkPlugins(toc),
        rehypePlugins: [...lessonRehypePlugins] as never,
      },
    },
  });
  if (error) throw new Error(`content/courses/${lesson.file}: MDX does not compile: ${error.message}`);
  return { content, toc };
}

function compiledOnce(courseSlug: string, lessonSlug: string): Promise<CompiledLesson> {
  const key = `${courseSlug}/${lessonSlug}`;
  let lesson = compiled.get(key);
  if (!lesson) {
    lesson = compile(courseSlug, lessonSlug);
    compiled.set(key, lesson);
  }
  return lesson;
}

function PageToc({ toc, id }: { toc: TocEntry[]; id: string }) {
  const t = useTranslations('Lesson');
  const entries: TocEntry[] = [
    ...toc,
    { depth: 2, text: t('exercise'), id: 'exercise' },
    { depth: 2, text: t('externalLinks'), id: 'external-links' },
    { depth: 2, text: t('progress'), id: 'progress' },
    { depth: 2, text: t('comments'), id: 'comments' },
  ];
  return <TableOfContents entries={entries} label={t('toc')} id={id} />;
}

function Part({ part, courseSlug, lessonSlug }: { part: StaticLessonPart; courseSlug: string; lessonSlug: string }) {
  const { content, toc } = use(compiledOnce(courseSlug, lessonSlug));
  if (part === 'body') return content;
  return <PageToc toc={toc} id={part === 'toc-sidebar' ? 'toc-sidebar' : 'toc-mobile'} />;
}

const MESSAGES = { ko, en } as const;

function WithAllMessages({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const messages = MESSAGES[locale as keyof typeof MESSAGES] ?? ko;
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}

/** A static part's markup on the server; null in the browser, which keeps what the server sent. */
export function staticLessonPart(part: StaticLessonPart, courseSlug: string, lessonSlug: string): ReactNode {
  // Server-rendered only, so every message may be used here without shipping it.
  return (
    <WithAllMessages>
      <Part part={part} courseSlug={courseSlug} lessonSlug={lessonSlug} />
    </WithAllMessages>
  );
}
