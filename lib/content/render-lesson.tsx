import 'server-only';
import { evaluate } from 'next-mdx-remote-client/rsc';
import rehypePrettyCode from 'rehype-pretty-code';
import remarkGfm from 'remark-gfm';
import { mdxComponents } from '@/components/lesson/mdx-components';
import { remarkHeadingIds, rehypeCodeFigureMeta, rehypeShikiClasses, type TocEntry } from './mdx-plugins';
import type { Lesson } from './loader';

export type { TocEntry } from './mdx-plugins';

/** Ids of the sections the lesson page adds around the MDX body. */
export const PAGE_SECTION_IDS = ['exercise', 'external-links', 'progress', 'comments'] as const;

/**
 * Compiles a lesson's MDX at build time: GFM tables, heading anchors and a
 * table of contents, and code highlighted by Shiki in a light and a dark theme
 * (no highlighting runs in the browser). A syntax error fails the build with
 * the lesson's file named.
 */
export async function renderLesson(lesson: Lesson): Promise<{ content: React.JSX.Element; toc: TocEntry[] }> {
  const toc: TocEntry[] = [];
  const { content, error } = await evaluate({
    source: lesson.body,
    components: mdxComponents,
    options: {
      mdxOptions: {
        remarkPlugins: [remarkGfm, remarkHeadingIds(toc, [...PAGE_SECTION_IDS])],
        rehypePlugins: [
          [
            rehypePrettyCode,
            { theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, keepBackground: false, defaultLang: 'plaintext' },
          ],
          rehypeCodeFigureMeta,
          rehypeShikiClasses,
        ],
      },
    },
  });
  if (error) throw new Error(`content/courses/${lesson.file}: MDX does not compile: ${error.message}`);
  return { content, toc };
}
