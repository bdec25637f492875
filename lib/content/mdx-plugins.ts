import GithubSlugger from 'github-slugger';
import type { Element, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  id: string;
}

/**
 * Gives every ## and ### heading a stable id and records it in `toc`, so the
 * table of contents and the anchors come from one pass and cannot disagree.
 * `reserved` ids (sections the page adds itself) are never reused.
 */
export function remarkHeadingIds(toc: TocEntry[], reserved: string[] = []) {
  return () => (tree: MdastRoot) => {
    const slugger = new GithubSlugger();
    for (const id of reserved) slugger.slug(id);
    visit(tree, 'heading', (node) => {
      const text = mdastToString(node).trim();
      const id = slugger.slug(text);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      if (node.depth === 2 || node.depth === 3) toc.push({ depth: node.depth, text, id });
    });
  };
}

/**
 * Runs after rehype-pretty-code: moves each code block's title and language
 * onto its <figure> (data-title, data-language) and drops the <figcaption>,
 * so the CodeFigure component renders one accessible header for both.
 */
export function rehypeCodeFigureMeta() {
  // rehype-pretty-code writes raw attribute names ("data-language") rather than
  // hast's camelCase, so look both up.
  const has = (node: Element, name: string) => name in node.properties || camel(name) in node.properties;
  const get = (node: Element, name: string) => node.properties[name] ?? node.properties[camel(name)];
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'figure' || !has(node, 'data-rehype-pretty-code-figure')) return;
      let title: string | undefined;
      let language: string | undefined;
      node.children = node.children.filter((child) => {
        if (child.type !== 'element') return true;
        if (child.tagName === 'figcaption' && has(child, 'data-rehype-pretty-code-title')) {
          title = hastToString(child).trim();
          return false;
        }
        if (child.tagName === 'pre') language = String(get(child, 'data-language') ?? '');
        return true;
      });
      node.properties['data-title'] = title ?? '';
      node.properties['data-language'] = language ?? '';
    });
  };
}

function camel(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Shiki gives every token its colours inline (style="--shiki-light:…;
 * --shiki-dark:…"), the same few dozen pairs thousands of times, and a
 * prerendered page carries them twice (HTML and the React payload). This
 * swaps each distinct pair for a short class and adds one small stylesheet
 * to the lesson: the page shrinks, the colours stay the same.
 */
export function rehypeShikiClasses() {
  return (tree: HastRoot) => {
    const classes = new Map<string, string>();
    visit(tree, 'element', (node: Element) => {
      const style = node.properties.style;
      if (typeof style !== 'string' || !style.startsWith('--shiki-')) return;
      let name = classes.get(style);
      if (!name) {
        name = `sk${classes.size.toString(36)}`;
        classes.set(style, name);
      }
      delete node.properties.style;
      const existing = node.properties.className;
      node.properties.className = [...(Array.isArray(existing) ? existing.map(String) : existing ? [String(existing)] : []), name];
    });
    if (classes.size === 0) return;
    const css = [...classes].map(([style, name]) => `.${name}{${style}}`).join('');
    tree.children.push({ type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: css }] });
  };
}
