/**
 * The catalog's data: every Gemini model the router, the playground and the
 * lessons know, with prices by date, lifecycle by date and, for every figure,
 * the page it was read from and the day it was read. Where sources disagree
 * (the 2.5 shutdown date moved three times in 2026) every reading is kept.
 *
 * Left out on purpose (2026-12-01): Gemini 4 Argon appears on Google's own
 * pages only in the caching page's minimum-token table (last updated
 * 2026-10-13) and in a note of the optimization page (no explicit caching);
 * no Google page read gives its model id, price or lifecycle. Third parties
 * quote $2 / $10 through 2026-11-30 and $4 / $20 from 2026-12-01 for
 * "gemini-4-argon"; add it here once Google's pricing page lists it.
 * gemini-3.6-flash and gemini-3.7-flash are on the deprecations page
 * without a price in the copies read, so they are left out too.
 *
 * Prices are integer micro-dollars per 1M tokens (USD 0.75 = 750_000).
 * Nothing here is computed: functions live in catalog.ts, the schema in
 * catalog-schema.ts (a unit test and `npm run catalog:check` validate this).
 */
import type { Catalog, SourceRef } from './types';

const PRICING = 'https://ai.google.dev/gemini-api/docs/pricing';
const DEPRECATIONS = 'https://ai.google.dev/gemini-api/docs/deprecations';
const OPTIMIZATION = 'https://ai.google.dev/gemini-api/docs/optimization';

/** The day the figures below were (re-)read for this catalog. */
const TODAY = '2026-12-01';

/** Google's pricing page as of 2025-10-31 (the 2.5 lineup; STACK.md's reading). */
const pricing2025: SourceRef = { url: PRICING, readOn: '2025-10-31', pageDate: '2025-10-31' };
/** Google's pricing page, transcribed verbatim on 2026-09-20. */
const pricing0920: SourceRef = {
  url: PRICING,
  readOn: TODAY,
  pageDate: '2026-09-20',
  via: 'https://github.com/api-evangelist/gemini/blob/main/plans/gemini-plans-pricing.yml',
};
/** Google's pricing page, transcribed verbatim on 2026-10-07. */
const pricing1007: SourceRef = {
  url: PRICING,
  readOn: TODAY,
  pageDate: '2026-10-07',
  via: 'https://github.com/api-evangelist/deepmind/blob/main/plans/deepmind-plans-pricing.yml',
};
/** Google's optimization page: Flex 50 % off, Priority +75-100 %, cache hits 90 % off. */
const optimization: SourceRef = { url: OPTIMIZATION, readOn: TODAY };
/** A copy of the deprecations page made after 2026-02-19 (it lists gemini-3.1-pro-preview). */
const deprecationsEarly2026: SourceRef = {
  url: DEPRECATIONS,
  readOn: TODAY,
  pageDate: '2026-02-19',
  note: 'Copy made after 2026-02-19 (it lists gemini-3.1-pro-preview); exact day unknown.',
};
/** A copy of the deprecations page made after 2026-06-25 (it lists the June 25 image shutdowns). */
const deprecationsMid2026: SourceRef = {
  url: DEPRECATIONS,
  readOn: TODAY,
  pageDate: '2026-06-25',
  note: 'Copy made after 2026-06-25 (it lists gemini-3.5-flash and the June 25 shutdowns); exact day unknown.',
};
/** A copy of the deprecations page that lists gemini-3.8-flash (released 2026-09-02). */
const deprecationsAutumn2026: SourceRef = {
  url: DEPRECATIONS,
  readOn: TODAY,
  pageDate: '2026-09-15',
  note: 'Copy made after 2026-09-15 (it lists gemini-3.8-live); exact day unknown.',
};
/** Firebase AI Logic banner, page last updated 2026-08-02: "Gemini 2.5 models will shut down in October 2026". */
const firebase0802: SourceRef = {
  url: 'https://firebase.google.com/docs/ai-logic/locations',
  readOn: TODAY,
  pageDate: '2026-08-02',
  note: 'Says "October 2026" without a day; 2026-10-16 is the day copies of the deprecations page after May 2026 gave (issue 10), not re-read here.',
};
/** The deprecations page as read on 2026-11-10, quoted in a DEV post. */
const deprecations1110: SourceRef = {
  url: DEPRECATIONS,
  readOn: TODAY,
  pageDate: '2026-11-10',
  via: 'https://dev.to/aideprecations/what-to-do-before-gemini-25-pro-and-25-flash-are-retired-on-december-1-2026-5gg9',
};

/** The context windows of the 2.5 and 3 preview models, carried over from the first catalog. */
const windowCarried: SourceRef = {
  url: 'https://ai.google.dev/gemini-api/docs/models',
  readOn: '2025-10-31',
  note: 'Carried over from the catalog of 2025-10-31; not re-read for this catalog.',
};
/** Google's model page for 3.8 Flash, as quoted on 2026-09-03. */
const window38: SourceRef = {
  url: 'https://ai.google.dev/gemini-api/docs/models/gemini-3.8-flash',
  readOn: TODAY,
  pageDate: '2026-09-03',
  via: 'https://docs.apiyi.com/en/live/2026-09/gemini-3-8-flash-official-specs.md',
  note: "Input limit 1,048,576 tokens, output 65,536. Vercel's AI Gateway page gives 1,000,000 (a rounded figure).",
};
const windowAssumed: SourceRef = {
  url: 'https://ai.google.dev/gemini-api/docs/models',
  readOn: TODAY,
  note: "Not read on a Google page for this catalog: assumed to be the Gemini family's 1,048,576.",
};
const window35Lite: SourceRef = {
  url: 'https://docs.apiyi.com/en/models/gemini-3.5-flash-lite.md',
  readOn: TODAY,
  pageDate: '2026-07-31',
  note: "A reseller's spec page (1,048,576 context); not read on a Google page.",
};

const CACHED_IS_TEN_PERCENT =
  'Cached input = 10 % of input: the pricing transcription does not print it; the optimization page says cache hits get a 90 % discount.';

export const catalogData: Catalog = {
  version: '2026-12-01',
  asOf: TODAY,
  tierRule:
    'Each tier serves, on a given day, the cheapest model of its class (standard input + output price per 1M tokens on that day) that is released, not shut down and not deprecated; a deprecated model is used only if no other model of the class serves. Ties go to GA before preview, then to the newer release.',
  serviceTiers: {
    flex: { discountPercent: 50, latency: 'minutes (1-15 min target)', source: optimization },
    priority: {
      surchargePercentMin: 75,
      surchargePercentMax: 100,
      latency: 'seconds',
      source: optimization,
    },
    implicitCacheDiscountPercent: 90,
    implicitCacheSource: optimization,
  },
  models: [
    {
      id: 'gemini-2.5-flash-lite',
      tier: 'flash-lite',
      displayName: 'Gemini 2.5 Flash-Lite',
      releasedOn: '2025-07-22',
      lifecycle: [{ status: 'ga', from: '2025-07-22', source: deprecationsEarly2026 }],
      shutdown: [
        { on: '2026-07-22', source: deprecationsEarly2026 },
        {
          on: null,
          source: {
            ...deprecations1110,
            note: '"is not deprecated and remains available through the API until further notice"',
          },
        },
      ],
      contextWindow: 1_048_576,
      contextWindowSource: windowCarried,
      prices: [
        {
          input: 100_000,
          output: 400_000,
          cachedInput: 10_000,
          batchDiscountPercent: 50,
          cacheStoragePerHour: 1_000_000,
          sources: [pricing2025, { ...pricing1007, note: 'Output $0.40 confirmed.' }],
        },
      ],
      note: 'Text/image/video input price; audio input is 0.30 USD per 1M (2025-10-31).',
    },
    {
      id: 'gemini-2.5-flash',
      tier: 'flash',
      displayName: 'Gemini 2.5 Flash',
      releasedOn: '2025-06-17',
      lifecycle: [
        { status: 'ga', from: '2025-06-17', source: deprecationsEarly2026 },
        { status: 'deprecated', from: '2026-02-19', source: deprecationsEarly2026 },
      ],
      shutdown: [
        { on: '2026-06-17', source: deprecationsEarly2026 },
        { on: '2026-10-16', source: firebase0802 },
        { on: '2026-12-01', source: deprecations1110 },
      ],
      successor: 'gemini-3.5-flash-lite',
      reroute: { to: 'gemini-3.5-flash-lite', from: '2026-12-01', source: deprecations1110 },
      contextWindow: 1_048_576,
      contextWindowSource: windowCarried,
      prices: [
        {
          input: 300_000,
          output: 2_500_000,
          cachedInput: 30_000,
          batchDiscountPercent: 50,
          cacheStoragePerHour: 1_000_000,
          sources: [pricing2025, { ...pricing1007, note: 'Input $0.30 confirmed.' }],
        },
      ],
      note: 'Text/image/video input price; audio input is 1.00 USD per 1M.',
    },
    {
      id: 'gemini-2.5-pro',
      tier: 'pro',
      displayName: 'Gemini 2.5 Pro',
      releasedOn: '2025-06-17',
      lifecycle: [
        { status: 'ga', from: '2025-06-17', source: deprecationsEarly2026 },
        { status: 'deprecated', from: '2026-02-19', source: deprecationsEarly2026 },
      ],
      shutdown: [
        { on: '2026-06-17', source: deprecationsEarly2026 },
        { on: '2026-10-16', source: firebase0802 },
        { on: '2026-12-01', source: deprecations1110 },
      ],
      successor: 'gemini-3.8-flash',
      reroute: { to: 'gemini-3.8-flash', from: '2026-12-01', source: deprecations1110 },
      contextWindow: 1_048_576,
      contextWindowSource: windowCarried,
      prices: [
        {
          input: 1_250_000,
          inputLong: 2_500_000,
          output: 10_000_000,
          outputLong: 15_000_000,
          cachedInput: 125_000,
          cachedInputLong: 250_000,
          batchDiscountPercent: 50,
          cacheStoragePerHour: 4_500_000,
          sources: [pricing2025, { ...pricing1007, note: 'Input $1.25 / $2.50 confirmed.' }],
        },
      ],
    },
    {
      id: 'gemini-3-pro-preview',
      tier: 'pro',
      displayName: 'Gemini 3 Pro (preview)',
      releasedOn: '2025-11-18',
      preview: true,
      lifecycle: [{ status: 'preview', from: '2025-11-18', source: deprecationsEarly2026 }],
      shutdown: [{ on: '2026-03-09', source: deprecationsEarly2026 }],
      successor: 'gemini-3.1-pro-preview',
      contextWindow: 1_048_576,
      contextWindowSource: windowCarried,
      prices: [
        {
          input: 2_000_000,
          inputLong: 4_000_000,
          output: 12_000_000,
          outputLong: 18_000_000,
          cachedInput: 200_000,
          cachedInputLong: 400_000,
          batchDiscountPercent: 50,
          sources: [{ url: PRICING, readOn: '2025-11-18', pageDate: '2025-11-18' }],
        },
      ],
      note: 'Launch-time preview prices.',
    },
    {
      id: 'gemini-3-flash-preview',
      tier: 'flash',
      displayName: 'Gemini 3 Flash (preview)',
      releasedOn: '2025-12-17',
      preview: true,
      lifecycle: [
        { status: 'preview', from: '2025-12-17', source: deprecationsEarly2026 },
        {
          status: 'deprecated',
          from: '2026-05-19',
          source: {
            ...deprecationsMid2026,
            note: "Later copies name gemini-3.5-flash as its replacement; the day is taken as 3.5 Flash's release (2026-05-19), not read.",
          },
        },
      ],
      shutdown: [{ on: null, source: deprecationsEarly2026 }],
      successor: 'gemini-3.5-flash',
      contextWindow: 1_048_576,
      contextWindowSource: windowCarried,
      prices: [
        {
          input: 500_000,
          output: 3_000_000,
          cachedInput: 50_000,
          batchDiscountPercent: 50,
          sources: [{ url: PRICING, readOn: '2025-12-17', pageDate: '2025-12-17' }],
        },
      ],
      note: 'Launch-time preview prices, not re-read since.',
    },
    {
      id: 'gemini-3.1-pro-preview',
      tier: 'pro',
      displayName: 'Gemini 3.1 Pro (preview)',
      releasedOn: '2026-02-19',
      preview: true,
      lifecycle: [{ status: 'preview', from: '2026-02-19', source: deprecationsEarly2026 }],
      shutdown: [
        { on: null, source: deprecationsEarly2026 },
        { on: null, source: deprecationsMid2026 },
      ],
      contextWindow: 1_048_576,
      contextWindowSource: windowAssumed,
      prices: [
        {
          input: 2_000_000,
          inputLong: 4_000_000,
          output: 12_000_000,
          outputLong: 18_000_000,
          cachedInput: 200_000,
          cachedInputLong: 400_000,
          batchDiscountPercent: 50,
          sources: [pricing0920, pricing1007],
          derived: CACHED_IS_TEN_PERCENT,
        },
      ],
      note: 'The only Pro-class model serving in December 2026, and still a preview: preview prices and limits can change.',
    },
    {
      id: 'gemini-3.5-flash',
      tier: 'flash',
      displayName: 'Gemini 3.5 Flash',
      releasedOn: '2026-05-19',
      lifecycle: [{ status: 'ga', from: '2026-05-19', source: deprecationsMid2026 }],
      shutdown: [
        { on: null, source: deprecationsMid2026 },
        { on: null, source: deprecationsAutumn2026 },
      ],
      contextWindow: 1_048_576,
      contextWindowSource: windowAssumed,
      prices: [
        {
          input: 1_500_000,
          output: 9_000_000,
          cachedInput: 150_000,
          batchDiscountPercent: 50,
          sources: [pricing0920, pricing1007],
          derived: CACHED_IS_TEN_PERCENT,
        },
      ],
    },
    {
      id: 'gemini-3.5-flash-lite',
      tier: 'flash-lite',
      displayName: 'Gemini 3.5 Flash-Lite',
      releasedOn: '2026-07-21',
      lifecycle: [{ status: 'ga', from: '2026-07-21', source: deprecationsAutumn2026 }],
      shutdown: [{ on: null, source: deprecationsAutumn2026 }],
      contextWindow: 1_048_576,
      contextWindowSource: window35Lite,
      prices: [
        {
          input: 300_000,
          output: 2_500_000,
          cachedInput: 30_000,
          batchDiscountPercent: 50,
          sources: [{ ...pricing1007, note: 'Input $0.30 for text / image / video / audio.' }],
          derived: CACHED_IS_TEN_PERCENT,
        },
      ],
    },
    {
      id: 'gemini-3.8-flash',
      tier: 'flash',
      displayName: 'Gemini 3.8 Flash',
      releasedOn: '2026-09-02',
      lifecycle: [{ status: 'ga', from: '2026-09-02', source: deprecationsAutumn2026 }],
      shutdown: [{ on: null, source: deprecationsAutumn2026 }],
      contextWindow: 1_048_576,
      contextWindowSource: window38,
      prices: [
        {
          until: '2026-12-31',
          input: 750_000,
          output: 3_750_000,
          cachedInput: 75_000,
          batchDiscountPercent: 50,
          sources: [pricing0920, pricing1007],
          derived: CACHED_IS_TEN_PERCENT,
        },
        {
          from: '2027-01-01',
          input: 1_500_000,
          output: 7_500_000,
          cachedInput: 150_000,
          batchDiscountPercent: 50,
          sources: [pricing0920, pricing1007],
          derived: CACHED_IS_TEN_PERCENT,
        },
      ],
      note: 'Introductory price through 2026-12-31 ("$0.75 through December 31, 2026", "$1.50 starting January 1, 2027"); output includes thinking tokens.',
    },
  ],
};
