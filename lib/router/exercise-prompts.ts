/**
 * The lesson's exercise set: 100 mixed prompts (chat, code, reasoning, long
 * context, tools, tight latency), English and Korean. Written for the
 * exercise; none of them is in the classifier's training set.
 */
import type { RouteRequest } from './types';

type Needs = Omit<RouteRequest, 'id' | 'prompt'>;
const P: [string, Needs?][] = [
  // Everyday chat, writing, translation, summaries
  ['Hi! Can you suggest a name for my new golden retriever puppy?'],
  ['What is the capital of Australia?'],
  ['Translate "Where is the nearest subway station?" into Japanese.'],
  ['Write a two-line birthday message for my coworker Mina.'],
  ['오늘 저녁 메뉴 추천해줘. 간단하게 만들 수 있는 걸로.'],
  [
    'Summarize this in one sentence: The meeting was moved from Tuesday to Thursday because the client asked for more time to review the draft.',
  ],
  ['Give me three synonyms for "happy".'],
  ['주말에 서울에서 가볼 만한 전시회 분위기의 장소를 알려줘.'],
  ['Rewrite this more politely: "Send me the file now."'],
  ['What does the idiom "break the ice" mean?'],
  ['이 문장을 영어로 번역해줘: 회의는 다음 주 월요일 오전 10시에 시작합니다.'],
  ['Write a haiku about autumn rain.'],
  ['How many days are there in a leap year?'],
  ['커피를 하루에 몇 잔 마시는 게 적당할까?'],
  ['Suggest a catchy title for a blog post about morning routines.'],
  ['Tell me a fun fact about octopuses.'],
  ['다음 이메일을 좀 더 공손하게 다듬어줘: "내일까지 자료 보내주세요."'],
  ['Who wrote "Pride and Prejudice"?'],
  ['Write a short product description for a reusable water bottle.'],
  ['What is the difference between weather and climate, in simple words?'],
  ['비 오는 날 어울리는 노래 5곡 추천해줘.'],
  ['Draft a friendly reminder that the office will be closed on Friday.'],
  ['Explain what a credit score is to a teenager.'],
  ['간단한 자기소개 문구를 세 문장으로 써줘. 나는 프론트엔드 개발자야.'],
  ['Give me a packing checklist for a weekend camping trip.'],
  ['What is the plural of "cactus"?'],
  ['Write a thank-you note to a teacher who helped me prepare for exams.'],
  ['한국의 설날에는 보통 어떤 음식을 먹어?'],
  ['Turn these notes into a short paragraph: sunny, beach, ice cream, lost sunglasses.'],
  ['Recommend a beginner-friendly houseplant that tolerates low light.'],
  ['Pretend you are a pirate and greet my guests at a birthday party.'],
  ['이 리뷰가 긍정인지 부정인지만 말해줘: "배송은 빨랐는데 포장이 엉망이었어요."'],
  ['Write a LinkedIn post announcing that I started a new job as a data analyst.'],
  ['What time zone is Seoul in?'],
  ['Give me five icebreaker questions for a team meeting.'],
  ['Summarize the plot of Romeo and Juliet in three sentences.'],
  ['자기 전에 읽기 좋은 짧은 동화를 하나 지어줘.'],
  ['Correct the spelling: "I recieved the pakage yesterday."'],
  ['Is a tomato a fruit or a vegetable?'],
  ['회사 송년회 공지문을 짧게 작성해줘.'],
  // Tight latency: autocomplete, tagging, quick replies
  ['Complete the sentence: "The quick brown fox..."', { latencyBudgetMs: 300 }],
  [
    'Tag this support message with one label (billing, shipping, other): "Where is my order?"',
    { latencyBudgetMs: 250 },
  ],
  ['Suggest the next word: "Thank you for your"', { latencyBudgetMs: 150 }],
  ['이 문장의 감정을 한 단어로: "정말 최고의 하루였어!"', { latencyBudgetMs: 200 }],
  ['Reply with yes or no: is "banana" a color?', { latencyBudgetMs: 400 }],
  ['Autocomplete the search query "how to boil"', { latencyBudgetMs: 120 }],
  ['Detect the language of: "Je voudrais un café."', { latencyBudgetMs: 300 }],
  ['Prove that the sum of two odd numbers is even, briefly.', { latencyBudgetMs: 450 }],
  ['Classify the intent: "cancel my subscription"', { latencyBudgetMs: 499 }],
  ['짧게 답해줘: 오늘 무슨 요일이야?', { latencyBudgetMs: 500 }],
  // Code
  ['Write a TypeScript function that removes duplicate objects from an array by their id field.'],
  [
    'Why does this Python code raise "TypeError: unhashable type: list"? `seen = set(); seen.add([1, 2])`',
  ],
  ['SQL로 지난 30일 동안 주문이 3건 이상인 고객 목록을 뽑는 쿼리를 작성해줘.'],
  ['Write a bash one-liner that finds all .log files larger than 100 MB under /var.'],
  [
    'Convert this JavaScript callback code to async/await:\n```js\nfs.readFile(p, (err, data) => {\n  if (err) return cb(err);\n  cb(null, JSON.parse(data));\n});\n```',
  ],
  ['React 컴포넌트에서 useEffect가 두 번 실행되는 이유와 해결 방법을 코드로 보여줘.'],
  ['Write a regular expression that matches Korean mobile phone numbers like 010-1234-5678.'],
  ['Add unit tests with Vitest for a function `slugify(title: string): string`.'],
  [
    'Refactor this Go function to return an error instead of panicking:\n```go\nfunc mustParse(s string) int {\n  n, err := strconv.Atoi(s)\n  if err != nil { panic(err) }\n  return n\n}\n```',
  ],
  ['파이썬으로 CSV 파일을 읽어서 열별 평균을 출력하는 스크립트를 짜줘.'],
  ['Write a Dockerfile for a Node 20 app that runs `npm start` on port 3000.'],
  [
    'My Next.js page throws "Hydration failed because the initial UI does not match". What are the usual causes and fixes?',
  ],
  [
    'Parse this log line into JSON with fields time, level, message: "2026-03-01T10:00:02Z WARN disk almost full"',
    { needsTools: true },
  ],
  [
    'Write a function that calls our weather API and caches the result for 10 minutes.',
    { needsTools: true },
  ],
  [
    '이 Java 코드에서 NullPointerException이 나는 이유를 찾아줘:\n```java\nString name = user.getProfile().getName();\n```',
  ],
  ['Implement an LRU cache class in TypeScript with get and put in O(1).'],
  ['Write a GitHub Actions workflow that runs `npm test` on every pull request.'],
  [
    'Extract every email address from this text and return them as a JSON array: "Contact ana@example.com or ops@example.org for help."',
  ],
  // Reasoning, math, proofs
  [
    'A train leaves at 9:40 and travels 210 km at 84 km/h. At what time does it arrive? Show your steps.',
  ],
  ['Prove that there are infinitely many prime numbers.'],
  [
    '세 사람 A, B, C 중 한 명만 진실을 말한다. A: "B가 범인이다." B: "나는 범인이 아니다." C: "A는 거짓말을 한다." 범인은 누구인가? 단계별로 추론해줘.',
  ],
  ['Solve for x: 3x^2 - 12x + 9 = 0, and explain each step.'],
  ['If I roll two fair dice, what is the probability that the product is even? Explain.'],
  [
    'What is the time complexity of building a binary heap from n elements, and why is it not O(n log n)?',
  ],
  ['동전 3개를 던질 때 앞면이 정확히 2개 나올 확률을 풀이와 함께 구해줘.'],
  ['Show that the square root of 3 is irrational.'],
  [
    'A shop raises a price by 20% and then cuts it by 20%. Is the final price higher or lower than the original, and by how much?',
  ],
  [
    'Is this argument valid? All cats are mammals. Some mammals swim. Therefore some cats swim. Explain.',
  ],
  [
    'Design an algorithm that finds the longest path in a directed acyclic graph and prove it is correct.',
    { needsReasoning: true },
  ],
  ['1부터 100까지 자연수 중 3 또는 5의 배수의 합을 구하고 과정을 설명해줘.'],
  // Long context (documents that come with the prompt)
  ['Summarize the key obligations of each party in the attached contract.', { maxContext: 80_000 }],
  ['첨부한 회의록 전체에서 결정된 사항만 목록으로 정리해줘.', { maxContext: 60_000 }],
  [
    'Answer questions about the attached product manual: how do I reset the device?',
    { maxContext: 50_000 },
  ],
  [
    'Find every place in this codebase where we read the DATABASE_URL variable.',
    { maxContext: 150_000, needsTools: true },
  ],
  [
    'Compare the two attached annual reports and explain why margins changed.',
    { maxContext: 90_000 },
  ],
  [
    '이 논문 전체를 읽고 실험 설계의 약점을 분석해줘.',
    { maxContext: 40_000, needsReasoning: true },
  ],
  ['Summarize this entire book chapter by chapter.', { maxContext: 160_000 }],
  ['What does the attached policy say about refunds?', { maxContext: 200_000 }],
  ['Translate the attached user guide into Korean.', { maxContext: 200_001 }],
  ['Skim the attached chat export and list the open questions.', { maxContext: 50_001 }],
  // Agentic, multi-tool
  [
    'Search our issue tracker for duplicate bug reports, merge them and notify the owners.',
    { needsTools: true, needsReasoning: true },
  ],
  [
    'Book a meeting room for Thursday, invite the design team and attach last week’s notes.',
    { needsTools: true },
  ],
  [
    'Check the build logs, find the failing test, open a fix PR and ping the reviewer.',
    { needsTools: true },
  ],
  [
    '고객 DB에서 지난달 이탈한 고객을 찾고, 쿠폰을 발급한 다음, 안내 메일까지 보내는 작업을 단계별로 실행해줘.',
    { needsTools: true },
  ],
  [
    'Plan and run a data pipeline: download the CSV, clean it, load it into Postgres and chart weekly signups.',
    { needsTools: true },
  ],
  ['Look up today’s exchange rate and convert 250 USD to KRW.', { needsTools: true }],
  [
    'Monitor the status page every 5 minutes and post to Slack when the API is degraded.',
    { needsTools: true },
  ],
  [
    '여러 웹사이트에서 노트북 가격을 검색해서 비교표를 만들고 가장 싼 곳을 추천해줘.',
    { needsTools: true },
  ],
  [
    'Read the failing Kubernetes pod logs, find the root cause and propose a rollback plan.',
    { needsTools: true, needsReasoning: true },
  ],
  [
    'Fetch my calendar for next week and find a free two-hour slot for deep work.',
    { needsTools: true },
  ],
];

/** The 100 mixed prompts of the lesson's exercise, ids ex-001 ... ex-100. */
export const exercisePrompts: RouteRequest[] = P.map(([prompt, needs], i) => ({
  id: `ex-${String(i + 1).padStart(3, '0')}`,
  prompt,
  ...needs,
}));
