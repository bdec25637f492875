/**
 * How kinds of prompts route, whatever their exact words: written for this
 * test only (none of these prompts is in lib/router/training or eval/, nor a
 * near-duplicate of one by the character-trigram bar of eval/README.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routePrompt } from '../../../lib/router/route';
import { nearDuplicate, trigrams } from '../../../scripts/dev-sets';
import { loadTrainingSet } from '../../../scripts/train-classifier';
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
  'Morning! Did you sleep well?',
  '반가워! 요즘 잘 지내고 있어?',
  'こんにちは、最近どうですか？',
  '你好，最近过得怎么样？',
  'Привет, как прошли выходные?',
  'Hola, ¿qué tal tu día?',
];

/** Good-nights, goodbyes and thanks: a few words with nothing to do. */
const SIGN_OFFS = [
  'Okay, heading to bed now. See you!',
  '고마워, 덕분에 살았다 ㅎㅎ',
  'また明日ね、おやすみ〜',
  '谢谢啦，晚安！',
  'Ладно, до завтра, дружище!',
  '¡Buenas noches, compañero!',
  'Merci beaucoup, bonne soirée !',
];

/** A count or an amount asked as a fact: nothing to work out. */
const COUNT_FACTS = [
  'How many stripes does the American flag have?',
  'how many symphonies did beethoven write',
  '한 달은 보통 며칠이야?',
  'Сколько континентов на Земле?',
  '¿Cuántas teclas tiene un piano de cola?',
  '一年有多少个星期？',
  'オリンピックは何年ごとに開かれますか？',
];

/** The same words, with the figures to combine: word problems. */
const COUNT_PROBLEMS = [
  'Two pipes fill a tank in 6 and 9 hours on their own. How long do they take together?',
  'A mother is 28 years older than her daughter, and in 6 years their ages will add up to 60. How old is the daughter now?',
  '철수는 시속 4km로, 영희는 시속 6km로 서로를 향해 걷는다. 두 사람이 10km 떨어져 있다면 몇 시간 뒤에 만날까?',
  'Сколько литров воды нужно добавить к 8 литрам 30-процентного раствора, чтобы получить 20-процентный?',
  '¿Cuántos kilos de café de 12 euros el kilo hay que mezclar con 10 kilos de café de 18 euros para que la mezcla salga a 15 euros el kilo?',
  '一个班有40人，男生比女生多6人。男生有多少人？',
  'りんご3個とみかん5個で620円、りんご1個はみかん1個より60円高い。りんご1個はいくらですか？',
];

/**
 * Puzzles told as everyday talk: nothing in their words says "math", yet the
 * answer must be worked out (an odd one out, a kinship chain, a place in a
 * race, a fewest number of tries, a seating order), in every language.
 */
const TOLD_PUZZLES = [
  'Pick the one that does not fit and say why: sparrow, eagle, bat, owl, penguin.',
  'During the relay, Omar passed the runner who was second. Which place is Omar in now?',
  '우리 고모의 외할머니는 나와 어떤 관계일까? 차근차근 설명해 줘.',
  '同じ見た目のコインが9枚あり、1枚だけ軽い偽物です。天秤を何回使えば必ず見つけられますか？理由も教えて。',
  '五个人排队：小王在小李前面，小张在最后，小赵紧挨着小王的后面，小陈在第一个。小李排第几？',
  'Какое слово лишнее: стол, стул, шкаф, яблоко, диван? Объясни, почему.',
  'Mi madre tiene dos hermanos, y cada uno tiene una hija. ¿Cuántas primas tengo por parte de madre y qué parentesco tienen entre ellas?',
  '本棚に本が7冊並んでいます。辞書は左から3番目、図鑑は辞書の2つ右、絵本は図鑑のすぐ左です。絵本は右から何番目ですか？',
  '줄을 선 여섯 명 중 민지는 앞에서 네 번째이고, 준호는 민지 바로 뒤, 서연은 준호보다 두 칸 뒤에 있어. 서연은 뒤에서 몇 번째야?',
];

/** The same words in requests that ask for nothing to be worked out. */
const PUZZLE_WORDS_CHAT = [
  'Write a short poem about feeling like the odd one out at a new school.',
  'What place did Brazil finish in the 2002 World Cup?',
  '가족 관계를 주제로 한 짧은 수필을 써 줘.',
  'リレー大会の応援メッセージを考えてください。',
  '推荐一部讲述兄弟姐妹关系的电影。',
  'Посоветуй настольную игру для большой семьи.',
  'Escribe un mensaje de cumpleaños para mi prima.',
];

const RUSSIAN_PROOFS = [
  'Докажите, что сумма двух нечётных чисел всегда чётна.',
  'Докажите, что произведение двух последовательных целых чисел всегда чётно.',
  'Докажите по индукции, что 1 + 3 + 5 + ... + (2n − 1) = n².',
];

const EASY_BY_LANGUAGE: Record<string, string[]> = {
  en: ['Recommend a good novel for the weekend.', 'Write a short thank-you note to my neighbour.'],
  ko: ['이번 주말에 읽기 좋은 소설 하나 골라 줄래?', '이웃에게 보낼 짧은 감사 인사를 써 줘.'],
  ja: [
    '週末に読むのにいい小説をすすめてください。',
    '隣の人に送る短いお礼の手紙を書いてください。',
  ],
  zh: ['推荐一本适合周末读的小说。', '帮我给邻居写一张简短的感谢卡。'],
  ru: ['Посоветуй хороший роман на выходные.', 'Напиши короткую благодарственную записку соседу.'],
  es: [
    'Recomiéndame una buena novela para el fin de semana.',
    'Escribe una nota breve de agradecimiento para mi vecino.',
  ],
};

/**
 * Light tasks on a pasted text full of dates and figures: summarising,
 * translating, shortening. The figures are the text's, not a problem to solve.
 */
const LIGHT_ON_PASTED_TEXT = [
  `Boil this down to two sentences for the team chat:\n\nFrom Monday 9 February the car park behind Building C closes for resurfacing. Work runs for about 3 weeks, 7:00 to 18:00 on weekdays. Staff with permits 1200 to 1450 may use the Elm Street garage at no charge; show your badge at the barrier. Bikes can still use the racks at the north entrance. Questions go to facilities on extension 4410.`,
  `다음 안내문을 어르신들도 알기 쉽게 두세 문장으로 줄여 줘.\n\n[경로당 독감 예방접종 안내] 올해 독감 예방접종은 10월 14일(화)부터 10월 31일(금)까지 평일 오전 9시 30분부터 오후 4시까지 보건지소 2층에서 실시합니다. 만 65세 이상은 무료이며, 신분증을 꼭 지참하셔야 합니다. 하루 접종 인원은 120명으로 제한되니 오전에 방문해 주시기 바랍니다. 문의: 031-555-0142`,
  `このメールを英語に訳してください。取引先に送ります。\n\nいつもお世話になっております。先日ご依頼いただいた見積もりの件ですが、単価は1個あたり340円、最低発注数は500個、納期はご注文から約15営業日となります。送料は3万円以上のご注文で無料です。ご不明な点がございましたらお気軽にお問い合わせください。`,
  `把下面这段话改写得简短一点，发到业主群里：\n\n各位业主：小区将于3月18日（周二）上午8点至下午5点进行二次供水水箱清洗，期间3号楼至7号楼停水约9小时。请大家提前储水。如遇特殊情况，清洗可能延长1至2小时。给您带来的不便，敬请谅解。物业服务中心，电话 6288-1730。`,
  `Переведи на испанский, пожалуйста, это письмо хозяйке квартиры:\n\nЗдравствуйте, Марта! Спасибо, что продлили договор до 31 августа. Аренду в 850 евро я буду переводить, как и раньше, до 5-го числа каждого месяца. Кран на кухне снова подтекает, мастер может прийти в четверг с 10 до 12. Удобно ли вам это время?`,
  `Resume en tres puntos lo importante de este aviso del colegio:\n\nEstimadas familias: la excursión de 4.º de primaria al Museo de Ciencias será el jueves 23 de abril. Salimos a las 8:45 y volvemos hacia las 16:30. El precio es de 14 euros, que incluye autobús y entrada; la comida la trae cada alumno. La autorización firmada debe entregarse antes del 15 de abril. Habrá 6 profesores acompañantes para 52 alumnos.`,
];

/** A pasted text of the same kind, with a question that must be worked out from its figures. */
const WORK_ON_PASTED_TEXT = [
  `Here are two phone plans:\n\nPlan A: $25 a month, 10 GB, extra data $4 per GB.\nPlan B: $38 a month, 30 GB, no extra charges.\n\nI use 14 GB in a normal month and 26 GB in the three summer months. Which plan is cheaper over a whole year and by how much? Show the working.`,
  `아래 조건으로 계산해 줘. 풀이 과정도 보여 줘.\n\n헬스장 A: 가입비 5만 원, 월 6만 원\n헬스장 B: 가입비 없음, 월 7만 5천 원, 12개월 선결제 시 15% 할인\n\n1년 다닌다고 하면 어디가 얼마나 더 싸?`,
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

  it('sends good-nights, goodbyes and thanks to Flash-Lite, in every language', () => {
    for (const p of SIGN_OFFS) expect(tierOf(p), p).toBe('flash-lite');
  });

  it('tells a count asked as a fact (Flash-Lite) from one worked out from given figures (Pro)', () => {
    // Every problem reaches Pro: sending one cheaper is the costlier mistake.
    for (const p of COUNT_PROBLEMS) expect(tierOf(p), p).toBe('pro');
    // A linear model over n-grams leans to Pro on a fact now and then (when
    // most training prompts that name its subject are puzzles), so this holds
    // the rate: at most one in seven.
    const overpaid = COUNT_FACTS.filter((p) => tierOf(p) !== 'flash-lite');
    expect(overpaid.length, overpaid.join(' | ')).toBeLessThanOrEqual(1);
  });

  it('sends puzzles told as everyday talk to Pro, and the same words in plain requests to Flash-Lite', () => {
    for (const p of TOLD_PUZZLES) expect(tierOf(p), p).toBe('pro');
    const overpaid = PUZZLE_WORDS_CHAT.filter((p) => tierOf(p) !== 'flash-lite');
    expect(overpaid.length, overpaid.join(' | ')).toBeLessThanOrEqual(1);
  });

  it('reads the request, not the figures, of a pasted text: summaries and translations stay off Pro, sums on it reach Pro', () => {
    // The text's dates, prices and counts look like a word problem's; what
    // is asked of them decides. The rate is held like the other leanings.
    const overpaid = LIGHT_ON_PASTED_TEXT.filter((p) => tierOf(p) === 'pro');
    expect(overpaid.length, overpaid.join(' | ')).toBeLessThanOrEqual(1);
    for (const p of WORK_ON_PASTED_TEXT) expect(tierOf(p), p).toBe('pro');
  });

  it('sends a proof in Russian to Pro', () => {
    for (const p of RUSSIAN_PROOFS) expect(tierOf(p), p).toBe('pro');
  });

  it('does not over-route the same easy request in another language', () => {
    const worst = (xs: string[]) => Math.max(...xs.map((p) => tierRank(tierOf(p))));
    const en = worst(EASY_BY_LANGUAGE.en ?? []);
    for (const [lang, prompts] of Object.entries(EASY_BY_LANGUAGE))
      expect(worst(prompts), lang).toBeLessThanOrEqual(en);
    expect(en).toBe(0);
  });
});

const LONG_CHAT_PROOFS = [
  'Now prove that the sum of the first n odd numbers is n squared.',
  'Докажите, что произведение двух последовательных чисел чётно.',
  '이제 소수가 무한히 많다는 것을 증명해 줘.',
];
const LONG_CHAT_CODE =
  'Write a TypeScript function that drops duplicate user records from an array, matching on e-mail, with unit tests.';

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
    fc.assert(
      fc.property(picks, fc.constantFrom(...LONG_CHAT_PROOFS), (p, proof) => {
        expect(tierOf(proof)).toBe('pro');
        const chat = chatOf(p);
        expect(chat.length).toBeGreaterThanOrEqual(5_000);
        expect(tierOf(`${chat}\n\n${proof}`)).toBe('pro');
      }),
      { numRuns: 8, seed: 3 },
    );
  });

  it('a coding request after 5,000+ characters of chat routes as it would alone', () => {
    fc.assert(
      fc.property(picks, (p) => {
        expect(tierOf(`${chatOf(p)}\n\n${LONG_CHAT_CODE}`)).toBe(tierOf(LONG_CHAT_CODE));
      }),
      { numRuns: 8, seed: 4 },
    );
  });
});

describe('the prompts of these tests', () => {
  // A prompt the classifier was trained on, or a paraphrase of one, would
  // test its memory, not how it meets a new prompt of the kind.
  it('are neither training prompts nor near-duplicates of one', () => {
    const training = loadTrainingSet().map((e) => ({ text: e.text, grams: trigrams(e.text) }));
    const prompts = [
      ...DOCSTRING_CODE,
      ...TRIVIA,
      ...SMALL_TALK,
      ...SIGN_OFFS,
      ...COUNT_FACTS,
      ...COUNT_PROBLEMS,
      ...TOLD_PUZZLES,
      ...PUZZLE_WORDS_CHAT,
      ...RUSSIAN_PROOFS,
      ...LIGHT_ON_PASTED_TEXT,
      ...WORK_ON_PASTED_TEXT,
      ...Object.values(EASY_BY_LANGUAGE).flat(),
      ...LONG_CHAT_PROOFS,
      LONG_CHAT_CODE,
    ];
    const close = prompts.flatMap((p) => {
      const grams = trigrams(p);
      return training
        .filter((t) => t.text === p || nearDuplicate(grams, t.grams))
        .map((t) => `${p.slice(0, 50)} ~ ${t.text.slice(0, 50)}`);
    });
    expect(close).toEqual([]);
  });
});
