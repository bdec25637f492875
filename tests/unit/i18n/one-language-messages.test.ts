import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * messages/ko.json speaks Korean and messages/en.json English: a Korean
 * entry left in English (or an English one in Korean) is a page that mixes
 * languages. Names and terms stay as they are (Flash-Lite, Batch API, XP),
 * so only runs of three or more English words count, or any Hangul on /en
 * except the language switch's own name for Korean.
 */

type Messages = { [key: string]: string | Messages };

const load = (locale: string): Messages =>
  JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;

function* entries(messages: Messages, path = ''): Generator<[string, string]> {
  for (const [key, value] of Object.entries(messages)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') yield [at, value];
    else yield* entries(value, at);
  }
}

/** The text between an ICU message's {placeholders}. */
function literalRuns(message: string): string[] {
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
  return runs;
}

const HANGUL = /[\uac00-\ud7a3]/;
const englishWords = (text: string) => text.split(/\s+/).filter((word) => /[a-z]{2}/i.test(word));

describe('messages speak their own language', () => {
  it('no Korean entry has a run of three or more English words without Korean', () => {
    const english = [...entries(load('ko'))].filter(([, message]) =>
      literalRuns(message).some((run) => !HANGUL.test(run) && englishWords(run).length >= 3),
    );
    expect(english).toEqual([]);
  });

  it('no English entry has Korean, except the switch to Korean', () => {
    const korean = [...entries(load('en'))].filter(
      ([key, message]) => key !== 'Nav.switchTo' && HANGUL.test(message),
    );
    expect(korean).toEqual([]);
  });

  it('finds an English run when there is one', () => {
    expect(
      literalRuns('{current}/{needed} XP to next level').some(
        (run) => englishWords(run).length >= 3,
      ),
    ).toBe(true);
  });
});
