import GithubSlugger from 'github-slugger';
import type { Element, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

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
 * Runs after rehype-pretty-code, before rehypeShikiClasses: a highlighted
 * block is mostly markup around few characters, so it is made smaller
 * without changing what is shown. The block's most common token colours
 * move onto its <pre>, and tokens in those colours lose their span (their
 * text inherits the colours); neighbouring tokens of one colour become one
 * span; and the theme names Shiki repeats on every <pre> and <code> (which
 * nothing reads) are dropped.
 */
export function rehypeCompactCode() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (pre: Element) => {
      if (pre.tagName !== 'pre') return;
      const lines: Element[] = [];
      for (const code of pre.children) {
        if (code.type !== 'element' || code.tagName !== 'code') continue;
        dropThemeNames(code);
        for (const line of code.children)
          if (line.type === 'element' && ('dataLine' in line.properties || 'data-line' in line.properties))
            lines.push(line);
      }
      dropThemeNames(pre);
      const plain = mostCommonStyle(lines);
      if (plain !== undefined && pre.properties.style === undefined) pre.properties.style = plain;
      for (const line of lines) line.children = compactTokens(line.children, plain);
      return SKIP;
    });
  };
}

function dropThemeNames(element: Element): void {
  delete element.properties.dataTheme;
  delete element.properties['data-theme'];
}

function mostCommonStyle(lines: Element[]): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines)
    for (const child of line.children) {
      const style = tokenStyle(child);
      if (style !== undefined) counts.set(style, (counts.get(style) ?? 0) + 1);
    }
  let best: string | undefined;
  for (const [style, count] of counts) if (best === undefined || count > counts.get(best)!) best = style;
  return best;
}

type LineChild = Element['children'][number];

/** A token: a span whose only property is its colours and whose only child is text. */
function tokenStyle(node: LineChild): string | undefined {
  if (node.type !== 'element' || node.tagName !== 'span') return undefined;
  const keys = Object.keys(node.properties);
  const style = node.properties.style;
  if (keys.length !== 1 || typeof style !== 'string') return undefined;
  if (node.children.length !== 1 || node.children[0]!.type !== 'text') return undefined;
  return style;
}

function compactTokens(children: LineChild[], blockStyle: string | undefined): LineChild[] {
  const out: LineChild[] = [];
  for (const child of children) {
    const style = tokenStyle(child);
    const text = style !== undefined ? ((child as Element).children[0] as { value: string }).value : '';
    const previous = out[out.length - 1];
    if (style !== undefined && style === blockStyle) {
      if (previous?.type === 'text') previous.value += text;
      else out.push({ type: 'text', value: text });
    } else if (style !== undefined && previous && tokenStyle(previous) === style) {
      ((previous as Element).children[0] as { value: string }).value += text;
    } else out.push(child);
  }
  return out;
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
