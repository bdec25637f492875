/**
 * How kinds of prompts route, whatever their exact words: written for this
 * test only (none of these prompts is in lib/router/training or eval/).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routePrompt } from '../../../lib/router/route';
import { tierRank } from '../../../lib/router/tiers';
import type { Tier } from '../../../lib/router/types';

const tierOf = (prompt: string): Tier => routePrompt({ prompt }).tier;

const DOCSTRING_CODE = [
  `Complete this function.\n\ndef count_words(text: str) -> dict:\n    """Count how often each word appears in text.\n    >>> count_words('a b a')\n    {'a': 2, 'b': 1}\n    """`,
  `Complete this Python function:\n\nfrom typing import List\n\n\ndef running_sum(xs: List[int]) -> List[int]:\n    """ Return the running sum of xs.\n    >>> running_sum([1, 2, 3])\n    [1, 3, 6]\n    >>> running_sum([])\n    []\n    """`,
  `Implement the function below so that the examples in its docstring pass.\n\ndef is_anagram(a: str, b: str) -> bool:\n    """ True when a and b use the same letters, ignoring case and spaces.\n    >>> is_anagram('Listen', 'Silent')\n    True\n    >>> is_anagram('abc', 'abd')\n    False\n    """`,
  `Write the body of this function:\n\ndef clamp(x: float, lo: float, hi: float) -> float:\n    """Return x limited to the range [lo, hi].\n    >>> clamp(5, 0, 3)\n    3\n    >>> clamp(-1, 0, 3)\n    0\n    """`,
];

const TRIVIA = [
  'who sang hotel california',
  'when did the titanic sink',
  'what is the capital of peru',
  'who directed jaws',
  'Which ocean is the Titanic in?',
  'who wrote the novel dracula',
];

const SMALL_TALK = [
  'Hi! How is your week going so far?',
  'Good afternoon, how are you feeling today?',
  '안녕! 오늘 하루 어땠어?',
  'こんにちは、最近どうですか？',
  '你好，最近过得怎么样？',
  'Привет, как прошли выходные?',
  'Hola, ¿qué tal tu día?',
];

/** A count or an amount asked as a fact: nothing to work out. */
const COUNT_FACTS = [
  'How many strings does a violin have?',
  'how many moons does mars have',
  '한 달은 보통 며칠이야?',
  'Сколько континентов на Земле?',
  '¿Cuántos huesos tiene el cuerpo humano adulto?',
  '一年有多少个星期？',
  'オリンピックは何年ごとに開かれますか？',
];

/** The same words, with the figures to combine: word problems. */
const COUNT_PROBLEMS = [
  'Two pipes fill a tank in 6 and 9 hours on their own. How long do they take together?',
  'A father is three times as old as his son; in 12 years he will be twice as old. How old is each now?',
  '철수는 시속 4km로, 영희는 시속 6km로 서로를 향해 걷는다. 두 사람이 10km 떨어져 있다면 몇 시간 뒤에 만날까?',
  'Сколько литров воды нужно добавить к 8 литрам 30-процентного раствора, чтобы получить 20-процентный?',
  '¿Cuántos litros de agua hay que añadir a 8 litros de una mezcla al 30 % de alcohol para que quede al 20 %?',
  '一个班有40人，男生比女生多6人。男生有多少人？',
  'りんご3個とみかん5個で620円、りんご1個はみかん1個より60円高い。りんご1個はいくらですか？',
];

describe('kinds of prompts', () => {
  it('sends a bare function with docstring examples to Flash (code), not Pro', () => {
    for (const p of DOCSTRING_CODE) expect(tierOf(p), p).toBe('flash');
  });

  it('sends short trivia to Flash-Lite', () => {
    for (const p of TRIVIA) expect(tierOf(p), p).toBe('flash-lite');
  });

  it('sends prompts of emoji, symbols or zero-width characters only to Flash-Lite', () => {
    const chars = [
      '😀',
      '🎉',
      '👍🏽',
      '❤️',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2060',
      '\ufeff',
      '★',
      '…',
      '?',
      '!',
      ' ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 300 }), (xs) => {
        const prompt = xs.join('');
        expect(tierOf(prompt)).toBe('flash-lite');
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('sends greetings and small talk that ask a question to Flash-Lite, in every language', () => {
    for (const p of SMALL_TALK) expect(tierOf(p), p).toBe('flash-lite');
  });

  it('tells a count asked as a fact (Flash-Lite) from one worked out from given figures (Pro)', () => {
    // Every problem reaches Pro: sending one cheaper is the costlier mistake.
    for (const p of COUNT_PROBLEMS) expect(tierOf(p), p).toBe('pro');
    // A linear model over n-grams leans to Pro on a fact now and then (today
    // "How many strings does a violin have?": three of the five training prompts
    // that name a violin are math problems or puzzles), so this holds the rate:
    // at most one in seven.
    const overpaid = COUNT_FACTS.filter((p) => tierOf(p) !== 'flash-lite');
    expect(overpaid.length, overpaid.join(' | ')).toBeLessThanOrEqual(1);
  });

  it('sends a proof in Russian to Pro', () => {
    for (const p of [
      'Докажите, что сумма двух нечётных чисел всегда чётна.',
      'Докажите, что корень из семи — иррациональное число.',
      'Докажите по индукции, что 1 + 3 + 5 + ... + (2n − 1) = n².',
    ])
      expect(tierOf(p), p).toBe('pro');
  });

  it('does not over-route the same easy request in another language', () => {
    const easy: Record<string, string[]> = {
      en: [
        'Recommend a good novel for the weekend.',
        'Write a short thank-you note to my neighbour.',
      ],
      ko: ['주말에 읽을 만한 소설을 추천해 줘.', '이웃에게 보낼 짧은 감사 인사를 써 줘.'],
      ja: [
        '週末に読むのにいい小説をすすめてください。',
        '隣の人に送る短いお礼の手紙を書いてください。',
      ],
      zh: ['推荐一本适合周末读的小说。', '帮我给邻居写一张简短的感谢卡。'],
      ru: [
        'Посоветуй хороший роман на выходные.',
        'Напиши короткую благодарственную записку соседу.',
      ],
      es: [
        'Recomiéndame una buena novela para el fin de semana.',
        'Escribe una nota breve de agradecimiento para mi vecino.',
      ],
    };
    const worst = (xs: string[]) => Math.max(...xs.map((p) => tierRank(tierOf(p))));
    const en = worst(easy.en ?? []);
    for (const [lang, prompts] of Object.entries(easy))
      expect(worst(prompts), lang).toBeLessThanOrEqual(en);
    expect(en).toBe(0);
  });
});

describe('long chats', () => {
  const sentences = [
    'We talked about the weather in Busan last weekend.',
    'My sister loved the seafood market and the beach.',
    'The ferry was late but the view was lovely.',
    '어제 본 영화는 정말 재미있었어.',
    'Then we argued about which café had the best coffee.',
    'Anyway, the kids want to go back next summer.',
  ];
  const chatOf = (picks: number[]) => {
    let s = '';
    let i = 0;
    while (s.trim().length < 5_000)
      s += `${sentences[(picks[i++ % picks.length] ?? 0) % sentences.length]} `;
    return s.trim();
  };
  const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 20 });

  it('a proof after 5,000+ characters of chat stays at Pro', () => {
    const proofs = [
      'Now prove that the sum of the first n odd numbers is n squared.',
      'Докажите, что произведение двух последовательных чисел чётно.',
      '이제 소수가 무한히 많다는 것을 증명해 줘.',
    ];
    fc.assert(
      fc.property(picks, fc.constantFrom(...proofs), (p, proof) => {
        expect(tierOf(proof)).toBe('pro');
        const chat = chatOf(p);
        expect(chat.length).toBeGreaterThanOrEqual(5_000);
        expect(tierOf(`${chat}\n\n${proof}`)).toBe('pro');
      }),
      { numRuns: 8, seed: 3 },
    );
  });

  it('a coding request after 5,000+ characters of chat routes as it would alone', () => {
    const code =
      'Write a Python function that merges two sorted lists into one sorted list, with tests.';
    fc.assert(
      fc.property(picks, (p) => {
        expect(tierOf(`${chatOf(p)}\n\n${code}`)).toBe(tierOf(code));
      }),
      { numRuns: 8, seed: 4 },
    );
  });
});
