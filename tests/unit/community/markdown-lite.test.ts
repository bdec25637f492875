import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdownLite, safeHref } from '@/lib/community/markdown-lite';

describe('safeHref', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>',
    'vbscript:x',
    '/relative',
    '//evil.com',
    'not a url',
  ])('refuses %s', (href) => expect(safeHref(href)).toBeNull());
  it('keeps http and https', () => {
    expect(safeHref('https://ai.google.dev/gemini-api/docs')).toBe(
      'https://ai.google.dev/gemini-api/docs',
    );
    expect(safeHref('http://example.com')).toBe('http://example.com/');
  });
});

describe('parseInline', () => {
  it('reads bold, italic, code and links', () => {
    expect(parseInline('**굵게** *기울임* `code` [문서](https://ai.google.dev)')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: '굵게' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: '기울임' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'code' },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://ai.google.dev/', text: '문서' },
    ]);
  });

  it('keeps the words of an unsafe link but drops its target', () => {
    expect(parseInline('[click](javascript:alert(1))')).toEqual([
      { type: 'text', text: 'click' },
      { type: 'text', text: ')' },
    ]);
  });

  it('leaves HTML as plain text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('links bare https URLs without trailing punctuation', () => {
    expect(parseInline('see https://example.com/a.')).toEqual([
      { type: 'text', text: 'see ' },
      { type: 'link', href: 'https://example.com/a', text: 'https://example.com/a' },
      { type: 'text', text: '.' },
    ]);
  });
});

describe('parseMarkdownLite', () => {
  it('splits paragraphs and fenced code', () => {
    expect(parseMarkdownLite('첫 문단\n둘째 줄\n\n```ts\nconst a = 1;\n```\n끝')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '첫 문단' },
          { type: 'break' },
          { type: 'text', text: '둘째 줄' },
        ],
      },
      { type: 'code', text: 'const a = 1;' },
      { type: 'paragraph', children: [{ type: 'text', text: '끝' }] },
    ]);
  });
});
