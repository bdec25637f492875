import fc from 'fast-check';
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

describe('fenced code blocks', () => {
  // The pattern fences were once found with (quadratic on a long run of backticks);
  // the linear scan must find the same blocks.
  function fencesByPattern(source: string): string[] {
    const text = source.replace(/\r\n?/g, '\n');
    return [...text.matchAll(/```[^\n]*\n([\s\S]*?)(?:\n```|$)/g)].map((match) => match[1] ?? '');
  }
  const fenceText = fc
    .array(fc.constantFrom('```', '`', '\n', '\r\n', 'ts', ' ', 'a', '가', '\n\n'), {
      maxLength: 60,
    })
    .map((parts) => parts.join(''));

  it('finds the same code blocks as the pattern did, on any mix of fences and lines', () => {
    fc.assert(
      fc.property(fenceText, (text) => {
        const found = parseMarkdownLite(text)
          .filter((block) => block.type === 'code')
          .map((block) => (block.type === 'code' ? block.text : ''));
        expect(found).toEqual(fencesByPattern(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
