import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Page,
} from '@playwright/test';
import pg from 'pg';
import { startGeminiStub, type GeminiStub } from '../support/gemini-stub';
import { POSTGRES_ADMIN_URL, postgresUrlFor } from '../support/postgres';
import { latestLinkFor, mailsTo, signInViaOutbox, uniqueEmail } from './support/outbox';
import { concurrentProofCalls, expectCapReached } from './support/spend';
import { HOUR_MS, clearOfWindowEdge } from './support/window';

/**
 * `npm run cluster`: two app servers on one PostgreSQL behind nginx, started
 * and stopped by the script as an operator runs it, on ports and a database
 * of this run's own.
 */
const offset = Number(process.env.STREAM_E2E_PORT_OFFSET ?? 0);
const PORT = 8480 + offset;
const APP_PORTS = [3480 + offset, 3481 + offset];
const DIR = path.resolve('data/cluster-e2e');
const DATABASE = `stream_e2e_cluster_${Date.now().toString(36)}`;
const BASE = `http://localhost:${PORT}`;
const LESSON = '/ko/courses/gemini-in-production/cost-routing';

const SPEND_CAP_USD = 0.5;
let stub: GeminiStub;

const clusterEnv = () => ({
  ...process.env,
  // Real model calls against a Gemini stub of this file's own; a small daily cap.
  GEMINI_API_KEY: 'stub-key',
  GEMINI_BASE_URL: stub.url,
  PLAYGROUND_DAILY_SPEND_CAP_USD: String(SPEND_CAP_USD),
  PLAYGROUND_CALLS_PER_HOUR_PER_USER: '1000',
  PLAYGROUND_CALLS_PER_HOUR_PER_IP: '1000',
  CLUSTER_DIR: DIR,
  CLUSTER_PORT: String(PORT),
  CLUSTER_APP_PORT: String(APP_PORTS[0]),
  CLUSTER_INSTANCES: '2',
  CLUSTER_DATABASE_URL: postgresUrlFor(DATABASE),
  STREAM_SITE_URL: BASE,
});

function cluster(command: 'start' | 'stop') {
  const result = spawnSync('npx', ['--no-install', 'tsx', 'scripts/cluster.ts', command], {
    env: clusterEnv(),
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** A GET with the bytes as they came over the wire (no decompression). */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(url, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on('error', reject);
    },
  );
}

const OUTBOX = path.join(DIR, 'outbox.jsonl');
const app = (i: number) => `http://localhost:${APP_PORTS[i]}`;

/** A signed-in API client: the real magic-link flow, through nginx. */
async function signedInClient(email: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: BASE });
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await api.post('/api/auth/signin/email', {
    form: { email, csrfToken, callbackUrl: `${BASE}/ko` },
  });
  expect((await api.get(await latestLinkFor(email, OUTBOX))).ok()).toBe(true);
  return api;
}

function mailsToIn(email: string) {
  return mailsTo(email, OUTBOX);
}

const bar = (page: Page) => page.getByRole('region', { name: '학습 현황' });

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  stub = await startGeminiStub({ behaviour: { thinkingTokens: 1_000_000 } });
  cluster('start');
});

test.afterAll(async () => {
  cluster('stop');
  await stub.close();
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin.end();
});

test('nginx serves lesson 02 from its cache, gzipped, byte for byte what an app server renders', async () => {
  const direct = await rawGet(`http://127.0.0.1:${APP_PORTS[0]}${LESSON}`);
  expect(direct.status).toBe(200);
  await rawGet(`${BASE}${LESSON}`, { 'Accept-Encoding': 'gzip' }); // fills the cache
  const cached = await rawGet(`${BASE}${LESSON}`, { 'Accept-Encoding': 'gzip, deflate, br' });
  expect(cached.status).toBe(200);
  expect(cached.headers['x-cache']).toBe('HIT');
  expect(cached.headers['content-encoding']).toBe('gzip');
  expect(cached.body.length).toBeLessThan(direct.body.length / 3);
  expect(gunzipSync(cached.body).equals(direct.body)).toBe(true);
  // A client that takes no gzip gets the same page, unzipped.
  const plain = await rawGet(`${BASE}${LESSON}`);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.equals(direct.body)).toBe(true);

  // What is personal is never cached: the API answers straight from an app server.
  const api = await rawGet(`${BASE}/api/me/progress`);
  expect(api.status).toBe(200);
  expect(api.headers['x-cache']).toBeUndefined();
  // Build assets come from nginx with a long cache life.
  const asset = /\/_next\/static\/[^"]+\.js/.exec(direct.body.toString('utf8'))![0];
  const js = await rawGet(`${BASE}${asset}`, { 'Accept-Encoding': 'gzip' });
  expect(js.status).toBe(200);
  expect(js.headers['cache-control']).toContain('immutable');
  expect(js.headers['content-encoding']).toBe('gzip');
});

test('signed in through nginx, a learner is signed in on every app server, and progress made through one shows on the other', async ({
  page,
}) => {
  const email = uniqueEmail('cluster');
  await page.goto(`${BASE}${LESSON}`);
  await signInViaOutbox(page, email, path.join(DIR, 'outbox.jsonl'));
  await page.getByRole('button', { name: '연습 문제 완료로 표시', exact: true }).click();
  // The server answered once the button says so ("40 XP" alone would also match "140 XP").
  await expect(page.getByRole('button', { name: /연습 문제 완료$/ })).toBeVisible();
  await expect(bar(page).getByTestId('learner-xp')).toHaveText('40 XP');

  const cookie = (await page.context().cookies(BASE))
    .map((entry) => `${entry.name}=${entry.value}`)
    .join('; ');
  for (const port of APP_PORTS) {
    const response = await rawGet(`http://localhost:${port}/api/me/progress`, { Cookie: cookie });
    const body = JSON.parse(response.body.toString('utf8'));
    expect(body, `app server on ${port}`).toMatchObject({
      signedIn: true,
      user: { email },
      summary: { xp: 40, lessonsDone: 0 },
    });
  }
});

test('a reply posted on one app server rings the bell on the other, and its e-mail is sent once', async () => {
  const [a, b] = [uniqueEmail('cluster-a'), uniqueEmail('cluster-b')];
  const [asA, asB] = await Promise.all([signedInClient(a), signedInClient(b)]);
  try {
    const top = await asA.post(`${app(0)}/api/comments`, {
      data: { lessonId: 'gemini-in-production/cost-routing', body: 'A의 질문' },
    });
    expect(top.status()).toBe(201);
    const reply = await asB.post(`${app(1)}/api/comments`, {
      data: {
        lessonId: 'gemini-in-production/cost-routing',
        body: 'B의 답글',
        parentId: ((await top.json()) as { id: string }).id,
      },
    });
    expect(reply.status()).toBe(201);
    for (const i of [0, 1]) {
      const bell = await (await asA.get(`${app(i)}/api/notifications`)).json();
      expect(bell, `bell on app server ${i + 1}`).toMatchObject({
        unread: 1,
        items: [{ kind: 'reply', excerpt: 'B의 답글' }],
      });
    }
    // Both servers run a mail worker; the e-mail goes out once.
    const replyMails = () => mailsToIn(a).filter((mail) => mail.subject.includes('답글'));
    await expect.poll(() => replyMails().length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // a poll of each worker later
    expect(replyMails()).toHaveLength(1);
    expect(mailsToIn(b).filter((mail) => mail.subject.includes('답글'))).toEqual([]);
  } finally {
    await Promise.all([asA.dispose(), asB.dispose()]);
  }
});

test('a rate limit holds across app servers: calls alternating between them share one count', async () => {
  const api = await playwrightRequest.newContext();
  try {
    // Problem reports are limited per clock hour.
    await clearOfWindowEdge(HOUR_MS);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await api.post(`${app(i % 2)}/api/problem-reports`, {
        data: { kind: 'typo', message: `오타 ${i}`, pageUrl: LESSON },
      });
      statuses.push(response.status());
    }
    // Five reports an hour per address, counted in the database both servers share.
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
  } finally {
    await api.dispose();
  }
});

test('the same exercises marked done at once in two tabs on different app servers count once each, and none is lost', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  try {
    const signIn = await context.newPage();
    await signIn.goto(`${BASE}/ko/courses/gemini-in-production/gemini-adapter`);
    await signInViaOutbox(signIn, uniqueEmail('two-tabs'), OUTBOX);
    const tabs = [await context.newPage(), await context.newPage()];
    const open = (i: number, slug: string) =>
      tabs[i]!.goto(`${app(i)}/ko/courses/gemini-in-production/${slug}`);
    const complete = (i: number) =>
      // Lessons are completed by their checks; exercises are still marked done by hand.
      tabs[i]!.getByRole('button', { name: '연습 문제 완료로 표시', exact: true }).click();

    await Promise.all([open(0, 'gemini-adapter'), open(1, 'gemini-adapter')]);
    await Promise.all([complete(0), complete(1)]);
    await Promise.all([open(0, 'caching-and-batch'), open(1, 'fallbacks-limits-and-monitoring')]);
    await Promise.all([complete(0), complete(1)]);
    for (const i of [0, 1]) {
      await tabs[i]!.reload();
      await expect(bar(tabs[i]!).getByTestId('learner-xp')).toHaveText('120 XP');
      await expect(bar(tabs[i]!)).toContainText('레슨 0/4');
    }
  } finally {
    await context.close();
  }
});

test('50 concurrent real calls spread over both app servers never push the day past the spend cap', async () => {
  const api = await signedInClient(uniqueEmail('cluster-spender'));
  try {
    const results = await concurrentProofCalls(
      api,
      50,
      (n) => `${app(n % 2)}/api/playground/answer`,
    );
    const answered = expectCapReached(results);
    expect(stub.requests.filter((call) => call.action === 'streamGenerateContent')).toHaveLength(
      answered.length,
    );

    const db = new pg.Client({ connectionString: postgresUrlFor(DATABASE) });
    await db.connect();
    try {
      const { rows } = await db.query<{ picoUsd: string }>(
        'SELECT "picoUsd"::text AS "picoUsd" FROM "DailySpend" WHERE day = $1',
        [new Date().toISOString().slice(0, 10)],
      );
      const spent = BigInt(rows[0]!.picoUsd);
      const cap = BigInt(SPEND_CAP_USD * 1_000_000) * 1_000_000n;
      expect(spent).toBeGreaterThan(0n);
      expect(spent <= cap, `spent ${spent} of ${cap} pico-USD`).toBe(true);
    } finally {
      await db.end();
    }
  } finally {
    await api.dispose();
  }
});

test('an app server killed mid-write loses no acknowledged comment; the other keeps serving', async () => {
  const lessonId = 'gemini-in-production/caching-and-batch';
  // Four learners, five comments each (the per-learner limit), all at once to server 2.
  const clients = await Promise.all(
    [1, 2, 3, 4].map((n) => signedInClient(uniqueEmail(`writer-${n}`))),
  );
  const state = JSON.parse(fs.readFileSync(path.join(DIR, 'state.json'), 'utf8')) as {
    instances: { pid: number }[];
  };
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    process.kill(-state.instances[1]!.pid, 'SIGKILL'); // the whole `next start` process group
  };
  try {
    const writes = clients.flatMap((api, c) =>
      [0, 1, 2, 3, 4].map((i) =>
        api
          .post(`${app(1)}/api/comments`, {
            data: { lessonId, body: `쓰기 ${c}-${i}` },
            timeout: 15_000,
          })
          .then(async (response) => {
            // The first acknowledgement pulls the plug while the others are in flight.
            if (response.status() === 201) setImmediate(kill);
            return response.status() === 201
              ? ((await response.json()) as { id: string }).id
              : null;
          })
          .catch(() => null),
      ),
    );
    const acknowledged = (await Promise.all(writes)).filter((id): id is string => id !== null);
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThan(0);

    // Server 1 still answers, through nginx too, and has every acknowledged comment.
    const thread = (await (
      await clients[0]!.get(`${app(0)}/api/comments?lessonId=${encodeURIComponent(lessonId)}`)
    ).json()) as { comments: { id: string }[] };
    const stored = new Set(thread.comments.map((comment) => comment.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect((await clients[0]!.get(`${BASE}/api/health`)).ok()).toBe(true);
    expect((await clients[0]!.get(`${BASE}${LESSON}`)).ok()).toBe(true);
  } finally {
    kill();
    await Promise.all(clients.map((api) => api.dispose()));
  }
});

test('stop ends exactly the app servers and nginx that start started', () => {
  const state = JSON.parse(fs.readFileSync(path.join(DIR, 'state.json'), 'utf8')) as {
    instances: { pid: number }[];
    nginxPid: number;
  };
  const pids = [state.nginxPid, ...state.instances.map((instance) => instance.pid)];
  const [, first] = pids;
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  // nginx and server 1 still run (server 2 was killed above).
  expect([state.nginxPid, first].every((pid) => alive(pid!))).toBe(true);
  expect(cluster('stop')).toContain('stopped nginx and 2 app server(s)');
  expect(pids.filter(alive)).toEqual([]);
  expect(fs.existsSync(path.join(DIR, 'state.json'))).toBe(false);
});
