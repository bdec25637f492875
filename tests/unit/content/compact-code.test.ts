import fc from 'fast-check';
import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeCompactCode } from '@/lib/content/mdx-plugins';

const STYLES = ['--shiki-light:#0E1116;--shiki-dark:#F0F3F6', '--shiki-light:#A0111F;--shiki-dark:#FF9492', '--shiki-light:#032563;--shiki-dark:#ADDCFF'];

type Token = { style: string; text: string };

function block(lines: Token[][]): { root: Root; pre: Element } {
  const pre: Element = {
    type: 'element',
    tagName: 'pre',
    properties: { 'data-theme': 'light dark', 'data-language': 'ts' },
    children: [
      {
        type: 'element',
        tagName: 'code',
        properties: { 'data-theme': 'light dark' },
        children: lines.map((tokens) => ({
          type: 'element',
          tagName: 'span',
          properties: { 'data-line': '' },
          children: tokens.map((token) => ({
            type: 'element',
            tagName: 'span',
            properties: { style: token.style },
            children: [{ type: 'text', value: token.text }],
          })),
        })),
      },
    ],
  };
  return { root: { type: 'root', children: [pre] }, pre };
}

/** Each character of each line with the colours it is shown in. */
function shown(pre: Element): string[][] {
  const inherited = (pre.properties.style as string | undefined) ?? 'page';
  const code = pre.children[0] as Element;
  return code.children.map((line) =>
    (line as Element).children.flatMap((child: ElementContent) => {
      if (child.type === 'text') return [...child.value].map((c) => `${inherited}|${c}`);
      const span = child as Element;
      const text = (span.children[0] as { value: string }).value;
      return [...text].map((c) => `${span.properties.style as string}|${c}`);
    }),
  );
}

function spans(pre: Element): number {
  const code = pre.children[0] as Element;
  return code.children.reduce((n, line) => n + (line as Element).children.filter((c) => c.type === 'element').length, 0);
}

describe('rehypeCompactCode', () => {
  it('shows every character in the colours it had, with fewer spans, whatever the text', () => {
    const token = fc.record({ style: fc.constantFrom(...STYLES), text: fc.string({ unit: 'grapheme', minLength: 1 }) });
    fc.assert(
      fc.property(fc.array(fc.array(token, { maxLength: 12 }), { minLength: 1, maxLength: 6 }), (lines) => {
        const before = block(lines);
        const expected = shown(before.pre);
        const tokens = spans(before.pre);
        const after = block(lines);
        rehypeCompactCode()(after.root);
        expect(shown(after.pre)).toEqual(expected);
        expect(spans(after.pre)).toBeLessThanOrEqual(tokens);
      }),
    );
  });

  it('moves the commonest colours onto <pre>, merges neighbours and drops the theme names', () => {
    const { root, pre } = block([
      [
        { style: STYLES[1]!, text: 'import' },
        { style: STYLES[0]!, text: ' x ' },
        { style: STYLES[1]!, text: 'from' },
        { style: STYLES[2]!, text: " 'a" },
        { style: STYLES[2]!, text: "'" },
      ],
      [{ style: STYLES[1]!, text: 'const' }, { style: STYLES[1]!, text: ' y' }],
    ]);
    rehypeCompactCode()(root);
    expect(pre.properties.style).toBe(STYLES[1]);
    expect(pre.properties['data-theme']).toBeUndefined();
    expect((pre.children[0] as Element).properties['data-theme']).toBeUndefined();
    const [first, second] = (pre.children[0] as Element).children as Element[];
    expect(first!.children).toEqual([
      { type: 'text', value: 'import' },
      { type: 'element', tagName: 'span', properties: { style: STYLES[0] }, children: [{ type: 'text', value: ' x ' }] },
      { type: 'text', value: 'from' },
      { type: 'element', tagName: 'span', properties: { style: STYLES[2] }, children: [{ type: 'text', value: " 'a'" }] },
    ]);
    expect(second!.children).toEqual([{ type: 'text', value: 'const y' }]);
  });
});
