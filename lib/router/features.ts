/**
 * Feature extraction shared by the classifier at run time and its trainer, so
 * both see exactly the same hashed features. Character n-grams carry Korean
 * (no word segmentation needed) and survive paraphrase better than keywords;
 * a few structural signals (code fences, math, numbers, questions) add what
 * n-grams see poorly.
 */

/**
 * Number of hash buckets (power of two). Hundreds of thousands of distinct
 * n-grams share them, and what a slot's other keys learnt is noise for every
 * prompt that hits it. On 5-fold cross-validation of the training data, 16K
 * slots missed the targets and 32K and 64K met them; 32K ships, as the weights
 * load in the browser and 64K doubles them (about 125 KB gzipped at 32K).
 */
export const FEATURE_DIM = 1 << 15;

/** 32-bit FNV-1a: tiny, deterministic in every JS engine. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lowercase, unify digits and whitespace so "3 apples" and "7 apples" look alike. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}

/** A call such as `f(x)`: a name, "(" and a ")" somewhere after it (found without backtracking). */
function hasCall(raw: string): boolean {
  const open = /[A-Za-z_]\(/.exec(raw);
  return open !== null && raw.indexOf(')', open.index + 2) !== -1;
}

function structural(raw: string): string[] {
  const out: string[] = [];
  const len = raw.length;
  if (/```/.test(raw)) out.push('s:fence');
  const codeChars = (raw.match(/[{}();=<>[\]]/g) ?? []).length;
  if (codeChars / Math.max(1, len) > 0.03) out.push('s:codechars');
  // Every pattern here runs in linear time on any text: no nested or
  // unanchored repetition that backtracks over a long run (a 30K-character
  // prompt of one letter once cost 17 ms here).
  if (/^[ \t]{2,}\S/m.test(raw) && /\n/.test(raw)) out.push('s:indent');
  if (hasCall(raw)) out.push('s:call');
  if (/[a-z]_[a-z]|[a-z][A-Z][a-z]/.test(raw)) out.push('s:identifier');
  if (/[=+\-*/^]\s*\d|\d\s*[=+\-*/^<>]|[√∑∫π≤≥≠±×÷]/.test(raw)) out.push('s:math');
  const numbers = (raw.match(/\d+(?:\.\d+)?/g) ?? []).length;
  if (numbers >= 1) out.push('s:num1');
  if (numbers >= 3) out.push('s:num3');
  if (numbers >= 6) out.push('s:num6');
  if (
    /[?？]\s*$/.test(raw.trim()) ||
    /까\?|나요|가요|까요|니\?|을까|ㄹ까|吗|ですか|ますか|でしょうか/.test(raw)
  )
    out.push('s:question');
  if (/[\uac00-\ud7a3]/.test(raw)) out.push('s:hangul');
  if (/\n[ \t]*(?:\d+[.)]|[-*•])\s/.test(raw)) out.push('s:list');
  if (/"[^"]{1,40}"\s*:|\bjson\b|\bcsv\b|\byaml\b/i.test(raw)) out.push('s:format');
  // Code handed over as a bare function: a docstring with doctest examples.
  if (/"""|'''|>>> /.test(raw)) out.push('s:docstring');
  if (
    /(?:^|\n)[ \t]*(?:def|class|function|import|from [\w.]+ import|public|fn|func|const|let)\s/.test(
      raw,
    )
  )
    out.push('s:codeline');
  // A bare question, typed as people search ("who played ...", "when did ...").
  if (
    /^(?:who|what|when|where|which|whom|whose|why|is|are|was|were|did|does|do)\b/i.test(raw.trim())
  )
    out.push('s:whq');
  const lenBucket = len < 60 ? 'xs' : len < 160 ? 's' : len < 400 ? 'm' : len < 1200 ? 'l' : 'xl';
  out.push(`s:len_${lenBucket}`);
  return out;
}

/** A question asking for a quantity: "how many", "сколько", "cuántos", "多少", "いくつ", "몇"... */
const QUANTITY_QUESTION =
  /\bhow (?:many|much|far|long|old|fast)\b|\bwhat percent|сколько|какой процент|cu[aá]nt[oa]s?\b|qu[eé] porcentaje|多少|几|一共|总共|いくつ|いくら|何(?:人|個|本|枚|円|時間|分|日|回|歳|キロ|メートル|ドル)|どれくらい|몇|얼마/;

/**
 * Numbers written as words, which word problems use as often as digits
 * ("four schools", "cuatro escuelas", "четыре школы"): counted with digit runs
 * as the figures a prompt gives. "one" is left out (which one, no one), as are
 * Korean 세 and 네 (also "years old" and "yes").
 */
const NUMBER_WORDS = new Set(
  [
    'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty',
    'sixty hundred thousand million half twice double triple thrice dozen',
    'dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cuarenta',
    'cincuenta cien ciento mil doble triple mitad docena',
    'два две три четыре пять шесть семь восемь девять десять двенадцать двадцать тридцать сорок',
    'пятьдесят сто тысяча тысячи тысяч вдвое втрое половина половину дюжина',
    '두 다섯 여섯 일곱 여덟 아홉 절반',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Concepts that say what kind of task a prompt is, in the languages Stream
 * sees (English, Korean, Japanese, Chinese, Russian, Spanish): one shared
 * feature per concept, so that what is learnt from a proof in English also
 * holds for a proof in Russian. Matched on normalised text; each pattern is a
 * plain alternation (linear time).
 */
const CONCEPTS: [string, RegExp][] = [
  [
    'c:prove',
    /\bprove\b|\bproof\b|\bshow that\b|\bderive\b|증명|доказ|докаж|証明|证明|demuestr|demostr|\bprueba que\b/,
  ],
  ['c:probability', /probabilit|확률|вероятност|確率|概率|probabilidad/],
  [
    'c:solve',
    /\bsolve\b|\bcalculate\b|\bcompute\b|구하|계산|найдите|найди|(?:^| )реши(?:те)?(?=[ ,.:!?]|$)|вычисл|посчитай|求め|计算|求解|\bcalcula|\bresuelve/,
  ],
  [
    'c:steps',
    /step by step|step-by-step|showing each step|show your work|단계별|풀이|по шагам|пошагово|покажите решение|途中|考え方|过程|步骤|paso a paso|razona|planteamiento/,
  ],
  [
    'c:code',
    /\bfunction\b|\bcode\b|\bsql\b|\bpython\b|javascript|typescript|\bregex|\bbug\b|함수|코드|쿼리|функци|код|関数|コード|函数|代码|función|código|consulta sql/,
  ],
  [
    'c:creative',
    /\bpoem\b|\bstory\b|\bhaiku\b|\blyrics\b|\bsonnet\b|\blimerick\b|\bfairy tale\b|\broleplay\b|\bpretend you\b|동화|수필|가사|стихотворен|рассказ|сказк|詩|俳句|物語|诗|故事|\bpoema\b|\bcuento\b/,
  ],
  [
    'c:tools',
    /\bcalendar\b|\binbox\b|\bslack\b|\bbook (?:a|the)\b|\bsearch the web\b|캘린더|메일|슬랙|예약|검색해서|календар|почт|забронируй|найди в интернете|カレンダー|メール|予約|日历|邮件|预订|\bcalendario\b|\bcorreo\b|\breserva\b/,
  ],
  [
    // Asked to give the reasoning behind an answer, not only the answer.
    'c:justify',
    /\bjustify\b|\bexplain your reasoning\b|\byour reasoning\b|\breasoning steps\b|\bexplain why your\b|이유도 설명|이유를 설명|근거를 들어|근거와 함께|理由も|理由を説明|理由を述べ|说明原因|说明理由|给出理由|请说明为什么|обоснуй|объясни(?:те)? (?:свой|ваш) ответ|объясни(?:те)?, почему|justifica|razona tu respuesta|explica tu razonamiento|explica por qué tu/,
  ],
  [
    // Puzzle questions: the odd one out, a kinship relation, a place in a race or
    // a queue, a least number of tries.
    'c:puzzle',
    /\bodd one out\b|\bdoes(?:n't| not) belong\b|\bodd word out\b|\bwhat place\b|\bwhich place\b|\bwhat position\b|\bwhich position\b|\bhow (?:is|are) \S+ related\b|\bwhat relation\b|\brelated to me\b|\bminimum number of\b|\bfewest\b|\bat least how many\b|어울리지 않는|다른 하나|어떤 관계|무슨 관계|몇 등|몇 번째|최소 몇|仲間はずれ|どういう関係|何位|何番目|最低何|少なくとも何|不是一类|不属于|什么关系|第几|最少|лишн|кем (?:мне )?(?:приходится|прихожусь|является)|какое место|каким по сч[её]ту|какой по сч[её]ту|наименьшее число|минимальное число|no pertenece|intruso|qué parentesco|qué relación|qué puesto|qué posición|qué lugar|número mínimo|como mínimo/,
  ],
  [
    // An algorithm held to a complexity bound: "O(n log n)", "O(0) space".
    'c:complexity',
    /\bo\((?:0|n|log|m|k|v|e)[^)]{0,20}\)|time complexity|space complexity|시간 복잡도|공간 복잡도|計算量|时间复杂度|空间复杂度|сложност[ьи]|complejidad (?:temporal|espacial|de tiempo)/,
  ],
  [
    // Asking to act (book, send, schedule...), not to talk about it.
    'c:act',
    /\b(?:book|reserve|send|schedule|email|notify|post|forward|download|upload|deploy|restart|assign|cancel|order|buy|remind|invite|log|file|submit)\b(?: (?:it|them|me|a|an|the|this|that|those|these|each|every|all))|예약해|예약까지|보내\s*줘|보내고|보내 주|잡고|잡아\s*줘|올려\s*줘|올리고|진행해|저장해|帮我预订|预订|发到|发送给|通知|安排|予約して|送って|設定し|保存し|ダウンロードし|забронируй|отправь|составь|запиши|reserva\b|envía|programa una|descarga/,
  ],
  [
    // One step, then another: what a workflow looks like.
    'c:chain',
    /\band then\b|, then\b|\bthen (?:email|send|post|book|notify|open|assign|schedule)|한 뒤|하고 나서|다음에|然后|并把|并通知|してから|した後|、そして|, затем|\bи отправь|\bи забронируй|\by luego\b|\by envía|\by reserva/,
  ],
];

/**
 * The words of normalised text in the scripts that separate them with spaces
 * (Latin with accents, Cyrillic, Hangul); a run of digits is the word "0".
 */
function wordsOf(norm: string): string[] {
  return norm.match(/[a-z\u00df-\u024f]+|[\u0430-\u045f]+|[\uac00-\ud7a3]+|0/g) ?? [];
}

/** Cap on how much of the first or last line counts as the request. */
const REQUEST_LINE_CHARS = 200;

/**
 * Where a request usually sits: the first sentence of the prompt's first line
 * and the last sentence of its last line, each normalised and cut to
 * {@link REQUEST_LINE_CHARS}. Found with indexOf scans: linear in the text.
 */
function requestLines(raw: string): string[] {
  const text = raw.trim();
  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  const stop = firstLine.search(/[.!?。！？:：](?:\s|$)/);
  const first = normalizeText(
    (stop >= 0 ? firstLine.slice(0, stop + 1) : firstLine).slice(0, REQUEST_LINE_CHARS),
  );
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  // The last line without its closing marks (a loop: an anchored regex such
  // as /\s+$/ backtracks quadratically over a long run of spaces).
  let end = lastLine.length;
  while (end > 0 && /[.!?。！？\s]/.test(lastLine[end - 1]!)) end--;
  const body = lastLine.slice(0, end);
  const lastStop = Math.max(
    ...['. ', '? ', '! ', '。', '？', '！', ': ', '：'].map((mark) => body.lastIndexOf(mark)),
  );
  const last = normalizeText(lastLine.slice(lastStop + 1).slice(-REQUEST_LINE_CHARS));
  return last && last !== first ? [first, last] : [first];
}

const PRIME = 0x01000193;
// Scratch space reused across calls: a dense accumulator plus the list of
// touched slots is several times faster than a Map for thousands of n-grams.
const scratch = new Float64Array(FEATURE_DIM);
const inTouched = new Uint8Array(FEATURE_DIM);
const touched: number[] = [];

/**
 * Add a hashed key's weight to its slot, with a sign taken from the hash's top
 * bit: thousands of keys share 32K slots, and with signs what unrelated keys
 * add to a slot cancels out on average instead of piling up (signed feature
 * hashing). Unsigned, a prompt of unseen words drifted towards whatever its
 * colliding n-grams had been trained on.
 */
function bump(hash: number, w: number): void {
  const idx = hash & (FEATURE_DIM - 1);
  if (!inTouched[idx]) {
    inTouched[idx] = 1;
    touched.push(idx);
  }
  scratch[idx] = (scratch[idx] ?? 0) + (hash >>> 31 ? -w : w);
}

/**
 * Sparse feature vector of a prompt: [hashed index, weight] pairs, L2-normalised.
 * Character 2-4-grams are hashed incrementally (no substring allocation).
 * Expects one window of a prompt (classify.ts slices long prompts); linear in length.
 */
export function extractFeatures(text: string): [number, number][] {
  const raw = text;
  const norm = normalizeText(raw);
  const add = (key: string, w = 1): void => bump(fnv1a(key), w);
  const padded = ` ${norm} `;
  const L = padded.length;
  for (let i = 0; i < L - 1; i++) {
    let h = 0x811c9dc5;
    for (let n = 1; n <= 4 && i + n <= L; n++) {
      h ^= padded.charCodeAt(i + n - 1);
      h = Math.imul(h, PRIME);
      if (n >= 2) {
        // Mix the n-gram length in so "ab" and a 3-gram never share a slot by construction.
        bump(Math.imul(h ^ (0x100 + n), PRIME) >>> 0, 1);
      }
    }
  }
  // Words of the scripts that separate them with spaces (Latin with accents, Cyrillic, Hangul),
  // weighed twice a character n-gram: a whole word says more than a fragment it
  // shares with unrelated words. On cross-validation this was the better model
  // (accuracy 93.0 % against 92.7 %, over-routing 12.3 % against 13.2 %).
  const words = wordsOf(norm);
  for (let i = 0; i < words.length; i++) {
    add(`w:${words[i]}`, 2);
    if (i + 1 < words.length) add(`b:${words[i]}_${words[i + 1]}`, 2);
  }
  // The request itself sits in the first or the last line ("summarise this:",
  // "...translate it into Spanish"), whatever is pasted between them: its
  // words and concepts count again under their own names, so a light task on
  // a long, figure-rich text reads as the task, not as the text. Held out by
  // whole training file, the least Pro-needing under-routing at over-routing
  // caps of 12 / 13 / 15 % went from 4.8 / 4.5 / 3.6 % to 4.4 / 3.8 / 2.9 %
  // (at 10 %, 6.1 % both); with near-duplicates in one fold it stayed within a
  // prompt or two (lib/router/training/README.md).
  for (const line of requestLines(raw)) {
    for (const word of wordsOf(line)) add(`h:${word}`, 2);
    for (const [name, re] of CONCEPTS) if (re.test(line)) add(`h:${name}`, 3);
    // Scripts without spaces between words: their character bigrams.
    const cjk = line.match(/[\u3040-\u30ff\u3400-\u9fff]+/g) ?? [];
    for (const run of cjk)
      for (let i = 0; i + 1 < run.length; i++) add(`h2:${run.slice(i, i + 2)}`, 1);
  }
  // Structural signals and concepts get more weight: one of them says more
  // than one n-gram. So does every pair of them, as a linear model cannot see
  // "a mid-length story that ends in a question and asks for a justification"
  // from its parts alone (see the figures in lib/router/training/README.md).
  const signals = structural(raw);
  for (const [name, re] of CONCEPTS) if (re.test(norm)) signals.push(name);
  for (const signal of signals) add(signal, 3);
  for (let i = 0; i < signals.length; i++)
    for (let j = i + 1; j < signals.length; j++) add(`x:${signals[i]}&${signals[j]}`, 3);
  // A quantity asked about given numbers, in any language, is the shape of a
  // word problem; "how many seasons are there?" with no figures to work from
  // asks for a fact. Two features, so a linear model can weigh them apart
  // (the words "how many" alone would lean on whichever kind it saw more).
  if (QUANTITY_QUESTION.test(norm)) {
    // Digit runs are the word "0" here (normalizeText).
    const figures = words.filter((w) => w === '0' || NUMBER_WORDS.has(w)).length;
    add(figures >= 2 ? 's:quantity_given' : 's:quantity_bare', 3);
  }
  let norm2 = 0;
  for (const idx of touched) {
    // Sublinear in the count, so a repeated n-gram does not dominate; the sign is kept.
    const v = scratch[idx] ?? 0;
    const w = Math.sign(v) * Math.log1p(Math.abs(v));
    scratch[idx] = w;
    norm2 += w * w;
  }
  const inv = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
  const out: [number, number][] = [];
  for (const idx of touched) {
    out.push([idx, (scratch[idx] ?? 0) * inv]);
    scratch[idx] = 0;
    inTouched[idx] = 0;
  }
  touched.length = 0;
  return out;
}
