import { describe, expect, it } from 'vitest';
import { englishWords, literalRuns, loadMessages, type Messages } from '../../support/messages';

/**
 * messages/ko.json speaks Korean and messages/en.json English: a Korean
 * entry left in English (or an English one in Korean) is a page that mixes
 * languages. Names and terms stay as they are (Flash-Lite, Batch API, XP),
 * so only runs of three or more English words count, or any Hangul on /en
 * except the language switch's own name for Korean.
 */

function* entries(messages: Messages, path = ''): Generator<[string, string]> {
  for (const [key, value] of Object.entries(messages)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') yield [at, value];
    else yield* entries(value, at);
  }
}

const HANGUL = /[\uac00-\ud7a3]/;

describe('messages speak their own language', () => {
  it('no Korean entry has a run of three or more English words without Korean', () => {
    const english = [...entries(loadMessages('ko'))].filter(([, message]) =>
      literalRuns(message).some((run) => !HANGUL.test(run) && englishWords(run).length >= 3),
    );
    expect(english).toEqual([]);
  });

  it('no English entry has Korean, except the switch to Korean', () => {
    const korean = [...entries(loadMessages('en'))].filter(
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
