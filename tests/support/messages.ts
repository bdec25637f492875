import { readFileSync } from 'node:fs';

/** messages/<locale>.json as a tree of ICU strings. */
export type Messages = { [key: string]: string | Messages };

export function loadMessages(locale: string): Messages {
  return JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
}

/** Literal runs of an ICU message: the text between its {placeholders}. */
export function literalRuns(message: string): string[] {
  const runs: string[] = [];
  let depth = 0;
  let run = '';
  for (const char of message) {
    if (char === '{') {
      if (depth === 0) runs.push(run);
      run = '';
      depth++;
    } else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) run += char;
  }
  runs.push(run);
  return runs.map((text) => text.trim());
}

/** The words of a text that look English (two Latin letters or more). */
export function englishWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[a-z]{2}/i.test(word));
}
