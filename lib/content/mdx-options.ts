import rehypePrettyCode from 'rehype-pretty-code';
import remarkGfm from 'remark-gfm';
import {
  remarkHeadingIds,
  rehypeCodeFigureMeta,
  rehypeCompactCode,
  rehypeShikiClasses,
  type TocEntry,
} from './mdx-plugins';

/** Ids of the sections the lesson page adds around the MDX body. */
export const PAGE_SECTION_IDS = ['exercise', 'external-links', 'progress', 'comments'] as const;

/** GFM tables and heading anchors; the headings are collected into `toc`. */
export function lessonRemarkPlugins(toc: TocEntry[]) {
  return [remarkGfm, remarkHeadingIds(toc, [...PAGE_SECTION_IDS])];
}

/**
 * Code highlighted by Shiki in a light and a dark theme, at render time on
 * the server (no highlighting runs in the browser), with its colours as
 * classes of one stylesheet instead of a style on every span.
 */
export const lessonRehypePlugins = [
  [
    rehypePrettyCode,
    {
      theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      keepBackground: false,
      defaultLang: 'plaintext',
    },
  ],
  rehypeCodeFigureMeta,
  rehypeCompactCode,
  rehypeShikiClasses,
] as const;
