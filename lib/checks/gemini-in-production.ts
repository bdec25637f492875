import { formatUsd } from './figures';
import type { CheckDefinition } from './types';

/*
 * The checks of "Gemini in production", by lesson slug. Lesson text, so in
 * Korean like the lessons; each sits in its lesson's MDX as <Check id="..." />
 * where the idea is taught. Figures come from the catalog of the day the
 * check is shown or graded, never from a number written here.
 */

const grouped = (n: number) => n.toLocaleString('en-US');

export const GEMINI_IN_PRODUCTION_CHECKS: Record<string, CheckDefinition[]> = {
  'gemini-adapter': [
    {
      slug: 'billed-input',
      resolve: () => ({
        kind: 'choice',
        question:
          'promptTokenCount가 10,000이고 cachedContentTokenCount가 8,000이면, 정가 input 가격으로 청구되는 입력 토큰은 몇 개일까요?',
        choices: [
          { id: 'all', text: '10,000개' },
          { id: 'rest', text: '2,000개' },
          { id: 'sum', text: '18,000개' },
          { id: 'cached', text: '8,000개' },
        ],
        answer: 'rest',
        explanation:
          'promptTokenCount에는 캐시에서 읽은 토큰이 이미 들어 있습니다. 정가로 청구되는 입력은 10,000 − 8,000 = 2,000개이고, 나머지 8,000개는 cached input 가격으로 청구됩니다.',
        basis: {},
      }),
    },
    {
      slug: 'abort-billing',
      resolve: () => ({
        kind: 'choice',
        question: 'abortSignal로 호출을 중간에 끊으면 그 호출의 비용은 어떻게 될까요?',
        choices: [
          { id: 'free', text: '청구되지 않는다' },
          { id: 'maybe', text: '그래도 청구될 수 있다' },
          { id: 'half', text: '절반만 청구된다' },
        ],
        answer: 'maybe',
        explanation:
          '끊는 것은 내 서버가 기다리기를 멈추는 것뿐이고, Google 쪽 생성이 취소된다는 보장은 없어서 과금될 수 있습니다. 타임아웃은 latency 보호 장치이고, 비용 상한은 maxOutputTokens와 일일 지출 상한으로 겁니다.',
        basis: {},
      }),
    },
    {
      slug: 'pro-call-cost',
      resolve: (f) => {
        const model = f.model('pro');
        const usd = f.callsCost('pro', { input: 2000, output: 300, thinking: 700 });
        return {
          kind: 'number',
          question: `${model}에 입력 2,000토큰을 보내 답 300토큰을 받았고 thinking 토큰이 700개 쓰였습니다. 이 호출은 몇 달러일까요?`,
          unit: 'USD',
          answer: usd,
          explanation: `2,000 × ${f.basis['pro:input']} / 1M + (300 + 700) × ${f.basis['pro:output']} / 1M = ${formatUsd(usd)}. thinking 토큰은 화면에 보이지 않아도 output 가격으로 청구됩니다.`,
          basis: f.basis,
        };
      },
    },
  ],
  'cost-routing': [
    {
      slug: 'flash-thousand',
      resolve: (f) => {
        const model = f.model('flash');
        const usd = f.callsCost('flash', { input: 1000, output: 500, calls: 1000 });
        return {
          kind: 'number',
          question: `입력 1,000토큰, 출력 500토큰짜리 요청 ${grouped(1000)}건을 Flash tier(${model})로 보내면 모두 몇 달러일까요?`,
          unit: 'USD',
          answer: usd,
          explanation: `1,000건 × (1,000 × ${f.basis['flash:input']} + 500 × ${f.basis['flash:output']}) / 1M = ${formatUsd(usd)}.`,
          basis: f.basis,
        };
      },
    },
    {
      slug: 'pro-over-lite-output',
      resolve: (f) => {
        const ratio =
          f.pricePerMillion('pro', 'output') / f.pricePerMillion('flash-lite', 'output');
        return {
          kind: 'number',
          question: `Pro tier(${f.model('pro')})의 출력 가격은 Flash-Lite tier(${f.model('flash-lite')})의 출력 가격의 몇 배일까요?`,
          unit: '배',
          answer: ratio,
          explanation: `${f.basis['pro:output']} ÷ ${f.basis['flash-lite:output']} = ${Number(ratio.toFixed(2))}배. 같은 답이라도 어느 tier가 내느냐로 비용이 이만큼 갈립니다.`,
          basis: f.basis,
        };
      },
    },
    {
      slug: 'tool-80k',
      resolve: () => ({
        kind: 'choice',
        question:
          'reasoning은 필요 없고 tool 하나를 부르며 context가 80K 토큰인 요청을 SmartRouter는 어느 tier로 보낼까요?',
        choices: [
          { id: 'flash-lite', text: 'Flash-Lite' },
          { id: 'flash', text: 'Flash' },
          { id: 'pro', text: 'Pro' },
        ],
        answer: 'flash',
        explanation:
          'latency 예산(기본 10초)과 reasoning, 200K 규칙은 통과하고, tool이 필요하며 context가 50K를 넘으니 세 번째 규칙에서 Flash가 됩니다. Pro는 reasoning, 200K 초과 context, multi-tool일 때입니다.',
        basis: {},
      }),
    },
  ],
  'caching-and-batch': [
    {
      slug: 'what-gets-cheaper',
      resolve: () => ({
        kind: 'choice',
        question: 'Context caching을 쓰면 무엇이 cached input 가격으로 청구될까요?',
        choices: [
          { id: 'whole-call', text: '호출 전체' },
          { id: 'cached-input', text: '캐시에서 읽은 입력 토큰만' },
          { id: 'output', text: '출력 토큰' },
        ],
        answer: 'cached-input',
        explanation:
          '캐시에서 읽은 입력 토큰만 싸집니다. 질문 같은 새 입력과 출력 토큰은 정가 그대로이고, 명시적 캐시에는 시간당 저장 비용이 따로 붙습니다.',
        basis: {},
      }),
    },
    {
      slug: 'lite-batch-cost',
      resolve: (f) => {
        const model = f.model('flash-lite');
        const usd = f.callsCost('flash-lite', {
          input: 1000,
          output: 200,
          calls: 10_000,
          batch: true,
        });
        return {
          kind: 'number',
          question: `문의 ${grouped(10_000)}건을 건당 입력 1,000토큰, 출력 200토큰으로 ${model}에 Batch API로 보내 요약하면 모두 몇 달러일까요?`,
          unit: 'USD',
          answer: usd,
          explanation: `10,000건 × (1,000 × ${f.basis['flash-lite:input']} + 200 × ${f.basis['flash-lite:output']}) / 1M에서 Batch 할인 ${f.basis['flash-lite:batch']}를 빼면 ${formatUsd(usd)}입니다.`,
          basis: f.basis,
        };
      },
    },
    {
      slug: 'not-for-batch',
      resolve: () => ({
        kind: 'choice',
        question: 'Batch API에 맞지 않는 작업은 무엇일까요?',
        choices: [
          { id: 'nightly', text: '야간 문의 요약' },
          { id: 'eval', text: '평가(eval) 실행' },
          { id: 'chat', text: '사용자가 화면 앞에서 기다리는 채팅 답변' },
          { id: 'backfill', text: '임베딩 백필' },
        ],
        answer: 'chat',
        explanation:
          'Batch API는 50% 할인과 "언제 끝날지 모름"(최대 24시간)을 맞바꾸는 거래입니다. 사용자가 기다리는 요청은 실시간으로, 몇 분이면 되는 작업은 Flex로 보냅니다.',
        basis: {},
      }),
    },
  ],
  'fallbacks-limits-and-monitoring': [
    {
      slug: 'per-day-429',
      resolve: () => ({
        kind: 'choice',
        question: '하루 quota가 바닥난 429(PerDay)를 받았습니다. 어떻게 대응할까요?',
        choices: [
          { id: 'retry', text: '1~2초 쉬고 한 번 재시도한다' },
          { id: 'next-tier', text: '재시도하지 않고 다음 tier로 보낸다' },
          { id: 'backoff', text: '지수 백오프로 다섯 번 재시도한다' },
        ],
        answer: 'next-tier',
        explanation:
          '하루 quota는 태평양 시간 자정까지 풀리지 않으니 재시도는 낭비입니다. 한도는 모델마다 따로 잡히므로 다음 tier에는 여유가 있는 경우가 많습니다.',
        basis: {},
      }),
    },
    {
      slug: 'limit-scope',
      resolve: () => ({
        kind: 'choice',
        question: 'Gemini API의 rate limit은 무엇 단위로 잡힐까요?',
        choices: [
          { id: 'key', text: 'API 키마다' },
          { id: 'project', text: '프로젝트마다 (모델별로)' },
          { id: 'user', text: '우리 서비스의 사용자마다' },
        ],
        answer: 'project',
        explanation:
          '한도는 프로젝트 단위이고 모델마다 다릅니다. 키를 여러 개 만들어도 같은 프로젝트라면 한도를 나눠 쓸 뿐이고, 사용자 한 명이 예산을 다 쓰는 것은 우리 쪽 한도가 막아야 합니다.',
        basis: {},
      }),
    },
    {
      slug: 'retry-storm',
      resolve: () => ({
        kind: 'number',
        question:
          'SDK 재시도(기본 5회)를 켠 채 어댑터 폴백(모델마다 두 번 시도, tier 세 개)도 그대로 두면, 요청 하나가 최대 몇 번의 호출로 불어날까요?',
        unit: '번',
        answer: 30,
        explanation:
          '5 × 2 × 3 = 30번입니다. 재시도 정책은 한 곳, 라우팅과 폴백을 아는 어댑터 층에만 둡니다.',
        basis: {},
      }),
    },
  ],
};
