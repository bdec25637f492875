import 'server-only';
import type { LabelledPrompt } from '@/lib/router/lab/grade';
import type { RouteRequest, Tier } from '@/lib/router/types';

/**
 * The router lab's hidden round: labelled prompts a learner never sees, so a
 * router cannot be tuned to them. Server-only: it must never reach a client
 * bundle (tests/unit/playground/hidden-round-bundle.test.ts reads every client
 * chunk for them). Written for Stream; labels follow lesson 02's rules (see
 * lib/router/lab/exercise-labels.ts): a latency budget under 500 ms is
 * Flash-Lite, else the more demanding of the declared needs and the prompt's
 * kind (chat and writing Flash-Lite; code and one-tool work Flash; reasoning,
 * math and multi-tool workflows Pro).
 */
type Needs = Omit<RouteRequest, 'id' | 'prompt'>;
// Like real traffic, mostly chat: Pro is dear enough that a router only beats
// always-Flash when it keeps Pro for the few prompts that need it.
const P: [Tier, string, Needs?][] = [
  // Chat, writing, translation, plain knowledge
  ['flash-lite', 'Suggest three names for a cozy neighbourhood bakery.'],
  ['flash-lite', '제주도 2박 3일 여행 때 챙길 준비물을 짧게 알려줘.'],
  ['flash-lite', 'What is the boiling point of water at sea level in Fahrenheit?'],
  ['flash-lite', '이 문장을 자연스러운 영어로 바꿔줘: 오늘 회의는 취소되었습니다.'],
  ['flash-lite', 'Write a two-sentence welcome message for new members of our hiking club.'],
  ['flash-lite', '감기에 걸렸을 때 먹기 좋은 따뜻한 음식 몇 가지 추천해줘.'],
  ['flash-lite', 'Give me a polite way to decline a meeting invitation.'],
  ['flash-lite', 'Who painted the Mona Lisa?'],
  ['flash-lite', '친구 생일 카드에 쓸 짧은 축하 문구를 두 개 써줘.'],
  ['flash-lite', 'Summarize in one line: the library will stay open until 9 pm during exam week.'],
  ['flash-lite', 'Translate "good luck with your presentation" into Spanish and French.'],
  ['flash-lite', '봄에 가기 좋은 국내 꽃구경 명소를 세 곳만 알려줘.'],
  ['flash-lite', 'Write a short caption for a photo of my cat sleeping in a box.'],
  ['flash-lite', 'What does "RSVP" stand for on an invitation?'],
  ['flash-lite', '이 후기가 만족인지 불만인지 한 단어로 답해줘: "생각보다 작지만 쓸만해요."'],
  ['flash-lite', 'List four fruits that are high in vitamin C.'],
  ['flash-lite', '출근길에 듣기 좋은 팟캐스트 주제를 몇 개 추천해줘.'],
  [
    'flash-lite',
    'Make this sentence shorter: "We would like to kindly inform you that the delivery is delayed."',
  ],
  ['flash-lite', '다음 주 팀 점심 회식 안내 문자를 짧게 써줘.'],
  ['flash-lite', 'Name the planets of the solar system in order from the sun.'],
  // Tight latency budgets
  [
    'flash-lite',
    'Label the topic of this ticket in one word: "My invoice shows the wrong amount."',
    { latencyBudgetMs: 200 },
  ],
  ['flash-lite', '다음 검색어를 자동 완성해줘: "서울 날씨"', { latencyBudgetMs: 150 }],
  [
    'flash-lite',
    'Is this message spam? Answer yes or no: "You won a free cruise, click now!"',
    { latencyBudgetMs: 300 },
  ],
  [
    'flash-lite',
    'Explain step by step why the harmonic series diverges.',
    { latencyBudgetMs: 400 },
  ],
  // Code
  ['flash', 'Write a TypeScript function that groups an array of orders by customer id.'],
  ['flash', '파이썬에서 딕셔너리를 값 기준으로 정렬하는 코드를 보여줘.'],
  [
    'flash',
    'Fix this JavaScript bug: `for (var i = 0; i < 3; i++) setTimeout(() => console.log(i))` prints 3 three times.',
  ],
  ['flash', 'Write a SQL query that returns the ten most viewed articles of last week.'],
  ['flash', 'Node.js에서 파일을 한 줄씩 읽는 스트림 코드를 작성해줘.'],
  ['flash', 'Write a Rust function that reverses the words in a string.'],
  ['flash', 'How do I debounce an input handler in React? Show the hook.'],
  ['flash', 'Go 언어로 HTTP 서버를 띄우고 /health 경로에 200을 응답하는 코드를 써줘.'],
  ['flash', 'Write a Kotlin data class for a user with name, email and an optional phone number.'],
  [
    'flash',
    'Convert this Python list comprehension to a plain for loop: `[x * 2 for x in items if x > 0]`',
  ],
  ['flash', 'Write a CSS rule that centers a div horizontally and vertically.'],
  // More everyday chat
  ['flash-lite', 'Recommend a board game for four players that takes under an hour.'],
  ['flash-lite', '우리 동네 도서관 운영 시간을 안내하는 짧은 공지를 써줘.'],
  ['flash-lite', 'What is the difference between a crocodile and an alligator?'],
  ['flash-lite', '이 문장의 맞춤법을 고쳐줘: "어의없게도 회의가 또 연기됬어요."'],
  ['flash-lite', 'Give me a one-sentence summary of why sleep matters.'],
  ['flash-lite', 'Suggest a warm-up routine before a morning run.'],
  ['flash-lite', '고양이가 좋아하는 간식 종류를 알려줘.'],
  // Reasoning and math
  ['pro', 'Prove that every tree with n vertices has exactly n - 1 edges.'],
  [
    'pro',
    '상자에 빨간 공 4개와 파란 공 6개가 있다. 두 개를 꺼낼 때 색이 같을 확률을 풀이와 함께 구해줘.',
  ],
  // Declared needs: context, reasoning, tools
  ['flash', 'List the action items in the attached project plan.', { maxContext: 70_000 }],
  ['flash-lite', 'What is the title of the attached report?', { maxContext: 30_000 }],
  [
    'pro',
    'Weigh the trade-offs of these two architecture proposals and recommend one.',
    { needsReasoning: true },
  ],
  ['flash', 'Look up the current weather in Busan.', { needsTools: true }],
  ['flash', '재고 API에서 상품 A-102의 남은 수량을 조회해줘.', { needsTools: true }],
  // A multi-tool workflow
  [
    'pro',
    'Pull last month’s sales from the warehouse, build a chart, write a summary and email it to the team.',
    { needsTools: true },
  ],
];

/** The hidden round's prompts, ids hr-01 ... */
export const hiddenRoundPrompts: LabelledPrompt[] = P.map(([label, prompt, needs], i) => ({
  id: `hr-${String(i + 1).padStart(2, '0')}`,
  prompt,
  ...needs,
  label,
}));
