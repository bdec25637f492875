/**
 * Markdown-lite for comments: paragraphs, line breaks, **bold**, *italic*,
 * `code`, fenced code blocks, [links](https://...) and bare https:// links.
 * It parses to a small tree that is rendered as React elements with text
 * children, so no HTML from a comment ever reaches the page, and only http(s)
 * links survive (no javascript:, data: or relative URLs).
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; text: string }
  | { type: 'break' };

export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'code'; text: string };

/** Returns the URL if it is an absolute http(s) URL, else null. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const INLINE =
  /`([^`\n]+)`|\[([^\]\n]{1,200})\]\(([^)\s]{1,2000})\)|\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|_([^_\n]+)_|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  const pushText = (value: string) => {
    const lines = value.split('\n');
    lines.forEach((line, index) => {
      if (index > 0) out.push({ type: 'break' });
      if (line) out.push({ type: 'text', text: line });
    });
  };
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, code, linkText, linkUrl, strong, em1, em2, bare] = match;
    pushText(text.slice(last, match.index));
    last = match.index + whole.length;
    if (code !== undefined) out.push({ type: 'code', text: code });
    else if (linkText !== undefined && linkUrl !== undefined) {
      const href = safeHref(linkUrl);
      // An unsafe link keeps its words but loses its target.
      if (href) out.push({ type: 'link', href, text: linkText });
      else out.push({ type: 'text', text: linkText });
    } else if (strong !== undefined)
      out.push(
        depth < 2
          ? { type: 'strong', children: parseInline(strong, depth + 1) }
          : { type: 'text', text: strong },
      );
    else if ((em1 ?? em2) !== undefined)
      out.push(
        depth < 2
          ? { type: 'em', children: parseInline((em1 ?? em2)!, depth + 1) }
          : { type: 'text', text: (em1 ?? em2)! },
      );
    else if (bare !== undefined) {
      const href = safeHref(bare);
      out.push(href ? { type: 'link', href, text: bare } : { type: 'text', text: bare });
    }
  }
  pushText(text.slice(last));
  return out;
}

/**
 * Fenced code blocks: from a ``` to the end of its line, then everything up
 * to the next line that starts with ``` (or the end). Found with indexOf, not
 * a regex, so a long run of backticks without a line break costs one pass
 * (a backtracking pattern took quadratic time on it).
 */
function* fences(text: string): Generator<{ start: number; end: number; code: string }> {
  let from = 0;
  for (;;) {
    const start = text.indexOf('```', from);
    if (start < 0) return;
    const lineEnd = text.indexOf('\n', start + 3);
    if (lineEnd < 0) return;
    const close = text.indexOf('\n```', lineEnd + 1);
    const end = close < 0 ? text.length : close + 4;
    yield { start, end, code: text.slice(lineEnd + 1, close < 0 ? text.length : close) };
    from = end;
  }
}

export function parseMarkdownLite(source: string): Block[] {
  const blocks: Block[] = [];
  const text = source.replace(/\r\n?/g, '\n');
  let last = 0;
  const paragraphs = (chunk: string) => {
    for (const paragraph of chunk.split(/\n{2,}/)) {
      const trimmed = paragraph.replace(/^\n+|\n+$/g, '');
      if (trimmed.trim()) blocks.push({ type: 'paragraph', children: parseInline(trimmed) });
    }
  };
  for (const fence of fences(text)) {
    paragraphs(text.slice(last, fence.start));
    blocks.push({ type: 'code', text: fence.code });
    last = fence.end;
  }
  paragraphs(text.slice(last));
  return blocks;
}
