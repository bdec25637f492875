/**
 * Server benchmarks for `npm run bench` (imported by scripts/bench.ts):
 *   4. pages: req/s and latency p50/p99 of the production server (`next start`)
 *      for a lesson page, the home page and POST /api/router/route
 *   5. memory: resident set size of the next-server process after serving the
 *      lessons and after running the 100-prompt exercise through the API
 *
 * The app is never built here: a build takes minutes and may race with a
 * rebuild in the same tree, so a missing .next/BUILD_ID only prints a hint.
 * All traffic goes to 127.0.0.1; every loop is bounded in count and time; the
 * server's whole process group is killed at the end, also on error.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { exercisePrompts } from '../lib/router';
import { benchBrowser } from './bench-browser';

export interface Row {
  section: string;
  metric: string;
  value: string;
  target?: string;
}

const HOST = '127.0.0.1'; // never send traffic anywhere else
// The heap cap `npm start` and `npm run serve` use (package.json): without it
// V8 lets the heap grow past 400 MB under load before collecting.
const SERVER_NODE_OPTIONS = '--max-old-space-size=256';
const PREFERRED_PORT = 3390;
const DATABASE_URL = 'file:./data/bench.db'; // a throwaway database, not the dev one
const CONNECTIONS = 16; // same as the wrk figure in PRODUCT.md
const WARMUP_MS = 1_000;
const DURATION_MS = 5_000;
const REQUEST_TIMEOUT_MS = 10_000;
const MAX_REQUESTS_PER_RUN = 1_000_000; // count bound, on top of the time bound

// Page URLs carry their language; unprefixed paths are redirects.
const LESSON_PATH = '/ko/courses/gemini-in-production/cost-routing';
const ROUTE_BODY = JSON.stringify({
  id: 'bench',
  prompt: 'Explain the difference between TCP and UDP in two sentences.',
});

function quantile(xs: number[], q: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

const ms = (x: number): string => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);

/* ------------------------------------------------------------------ server */

export interface Server {
  child: ChildProcess;
  port: number;
  base: string;
  /** Last lines the server printed, shown when it fails to start. */
  log: () => string;
}

/** 3390 if nothing listens there, else any free port the kernel hands out. */
async function freePort(): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, HOST, () => {
        const p = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(p));
      });
    });
  return (await tryListen(PREFERRED_PORT)) ?? (await tryListen(0)) ?? PREFERRED_PORT;
}

/** One request; resolves with status and latency, never rejects. */
function request(
  agent: http.Agent,
  port: number,
  method: 'GET' | 'POST',
  path: string,
  body?: string,
  extraHeaders: http.OutgoingHttpHeaders = {},
) {
  return new Promise<{ status: number; ms: number; body: string }>((resolve) => {
    const t0 = performance.now();
    const headers: http.OutgoingHttpHeaders = body
      ? {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...extraHeaders,
        }
      : extraHeaders;
    const req = http.request(
      { host: HOST, port, method, path, agent, headers, timeout: REQUEST_TIMEOUT_MS },
      (res) => {
        // Read the whole body: a page that is not consumed is not served.
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - t0,
            body: Buffer.concat(parts).toString('utf8'),
          }),
        );
        res.on('error', () => resolve({ status: 0, ms: performance.now() - t0, body: '' }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, ms: performance.now() - t0, body: '' }));
    req.end(body);
  });
}

async function startServer(): Promise<Server> {
  const env = { ...process.env, DATABASE_URL, NEXT_TELEMETRY_DISABLED: '1' };
  // Migrate + seed the bench database (idempotent), bounded in time.
  const setup = spawnSync('npx', ['--no-install', 'tsx', 'scripts/db.ts', 'setup'], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (setup.status !== 0)
    throw new Error(
      `db setup failed: ${(setup.stderr || setup.stdout || String(setup.error)).trim()}`,
    );

  const port = await freePort();
  // detached: the server gets its own process group, so one kill(-pid) stops
  // `next start` and anything it spawned.
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', HOST], {
    env: { ...env, NODE_ENV: 'production', NODE_OPTIONS: SERVER_NODE_OPTIONS },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (c: Buffer) => (log = (log + c.toString('utf8')).slice(-4_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server: Server = { child, port, base: `http://${HOST}:${port}`, log: () => log };

  // Wait (at most 60 s) for the health check, failing fast if the server died.
  const agent = new http.Agent({ keepAlive: false });
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`next start exited early:\n${log.trim()}`);
      const r = await request(agent, port, 'GET', '/api/health');
      if (r.status === 200) return server;
      await sleep(250);
    }
    throw new Error(`GET /api/health did not answer 200 within 60 s:\n${log.trim()}`);
  } catch (e) {
    await stopServer(server);
    throw e;
  } finally {
    agent.destroy();
  }
}

async function stopServer(server: Server): Promise<void> {
  const { child } = server;
  const alive = () => child.exitCode === null && child.signalCode === null;
  const killGroup = (sig: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, sig); // negative pid = the whole group
    } catch {
      /* already gone */
    }
  };
  killGroup('SIGTERM');
  for (let i = 0; i < 50 && alive(); i++) await sleep(100);
  killGroup('SIGKILL'); // also reaps any child that ignored SIGTERM
  child.stdout?.destroy();
  child.stderr?.destroy();
}

/* --------------------------------------------------------- load generator */

interface LoadResult {
  requests: number;
  failed: number;
  rps: number;
  p50: number;
  p99: number;
}

/**
 * A closed-loop load generator: CONNECTIONS keep-alive connections, each
 * sending its next request as soon as the previous answer is read (what wrk
 * and autocannon do). Plain node:http because undici is not importable here
 * and autocannon is not installed. Note it shares the 2 cores with the
 * server, so it reads lower than wrk would.
 */
export async function load(
  port: number,
  method: 'GET' | 'POST',
  path: string,
  body: string | undefined,
  durationMs: number,
  headers: http.OutgoingHttpHeaders = {},
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let failed = 0;
  const t0 = performance.now();
  const end = t0 + durationMs;
  const worker = async () => {
    while (performance.now() < end && latencies.length < MAX_REQUESTS_PER_RUN) {
      const r = await request(agent, port, method, path, body, headers);
      latencies.push(r.ms);
      if (r.status < 200 || r.status >= 300) failed++;
    }
  };
  try {
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  } finally {
    agent.destroy();
  }
  const elapsed = (performance.now() - t0) / 1000;
  return {
    requests: latencies.length,
    failed,
    rps: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}

/* ---------------------------------------------------------------- memory */

/** Parent pid of every process, from /proc/<pid>/stat (field 4, after the comm in parentheses). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(d), ppid);
    } catch {
      /* exited meanwhile */
    }
  }
  return out;
}

/** The spawned pid and all its descendants (`next start` may fork the real server). */
function processTree(root: number): number[] {
  const ppids = parents();
  const tree = [root];
  for (let i = 0; i < tree.length && i < 1_000; i++) {
    for (const [pid, ppid] of ppids) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

/** Socket inodes listening on `port`, from /proc/net/tcp{,6} (state 0A = LISTEN). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const local = cols[1] ?? '';
      if (cols[3] === '0A' && parseInt(local.slice(local.lastIndexOf(':') + 1), 16) === port)
        inodes.add(cols[9] ?? '');
    }
  }
  return inodes;
}

/** The process of the tree that holds the listening socket: that is next-server. */
function listeningPid(server: Server): number | undefined {
  const inodes = listeningInodes(server.port);
  for (const pid of processTree(server.child.pid ?? -1)) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1] ?? '')) return pid;
      }
    } catch {
      /* exited or not readable */
    }
  }
  return undefined;
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

function processName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] || '?';
  } catch {
    return '?';
  }
}

/* --------------------------------------------------------------- sections */

/** Section 4: requests/s and latency of the production server, 16 connections. */
export async function benchPages(server: Server): Promise<Row[]> {
  const targets: [string, 'GET' | 'POST', string, string | undefined][] = [
    ['lesson page', 'GET', LESSON_PATH, undefined],
    ['home page', 'GET', '/ko', undefined],
    ['POST /api/router/route', 'POST', '/api/router/route', ROUTE_BODY],
  ];
  const rows: Row[] = [];
  for (const [name, method, path, body] of targets) {
    await load(server.port, method, path, body, WARMUP_MS); // JIT, caches, lazy route compilation
    const r = await load(server.port, method, path, body, DURATION_MS);
    const label = method === 'GET' ? `${name} ${path}` : name;
    rows.push(
      {
        section: 'pages',
        metric: `${label}, req/s (${CONNECTIONS} conn, ${DURATION_MS / 1000} s)`,
        // Failed answers (a redirect, an error page) are cheap: say so next to the rate.
        value: r.failed ? `${r.rps.toFixed(0)} (${r.failed} not 2xx!)` : r.rps.toFixed(0),
        target: name === 'lesson page' ? '~2,000 (wrk)' : undefined,
      },
      {
        section: 'pages',
        metric: `${label}, latency p50 / p99`,
        value: `${ms(r.p50)} / ${ms(r.p99)}`,
      },
      {
        section: 'pages',
        metric: `${label}, failed (non-2xx or error)`,
        value: `${r.failed} of ${r.requests}`,
        target: '0',
      },
    );
  }
  return rows;
}

/**
 * Lesson 02 against the small /ko/levels page, both with gzip as a browser
 * asks, measured back to back in one run: a page served compressed once
 * costs about as much to send as a small one.
 */
export async function benchGzipPages(server: Server): Promise<Row[]> {
  const gzip = { 'accept-encoding': 'gzip, deflate, br' };
  const rates: Record<string, LoadResult> = {};
  for (const path of ['/ko/levels', LESSON_PATH]) {
    await load(server.port, 'GET', path, undefined, WARMUP_MS, gzip);
    rates[path] = await load(server.port, 'GET', path, undefined, DURATION_MS, gzip);
  }
  const levels = rates['/ko/levels']!;
  const lesson = rates[LESSON_PATH]!;
  const failed = (r: LoadResult) => (r.failed ? ` (${r.failed} not 2xx!)` : '');
  return [
    {
      section: 'gzip',
      metric: `/ko/levels with gzip, req/s (${CONNECTIONS} conn)`,
      value: `${levels.rps.toFixed(0)}${failed(levels)}`,
    },
    {
      section: 'gzip',
      metric: `lesson 02 with gzip, req/s (${CONNECTIONS} conn)`,
      value: `${lesson.rps.toFixed(0)}${failed(lesson)} (${(lesson.rps / levels.rps).toFixed(2)}x /ko/levels)`,
      target: '>= 0.6x /ko/levels',
    },
  ];
}

/** Section 5: resident memory after serving lessons, then after the exercise through the API. */
/** Prompts of the kinds that once froze the server: control characters, surrogates, long runs. */
export function hostilePrompts(): string[] {
  const prompts: string[] = [];
  for (let code = 0; code < 32; code++) prompts.push(String.fromCharCode(code).repeat(30_000));
  prompts.push(
    '\u001b[31merror\u001b[0m: build failed\n'.repeat(1_000),
    '\ud800'.repeat(30_000),
    'a'.repeat(30_000),
    '\u200d'.repeat(30_000),
  );
  return prompts;
}

/**
 * /api/health latency while one caller floods the router API with hostile
 * 30K-character prompts, 8 at a time: the server must keep answering.
 */
export async function benchHostileFlood(server: Server): Promise<Row[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const probeAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const bodies = hostilePrompts().map((prompt) => JSON.stringify({ prompt }));
  let running = true;
  let next = 0;
  let errors = 0;
  let answered = 0;
  const flood = Array.from({ length: 8 }, async () => {
    while (running) {
      const body = bodies[next++ % bodies.length]!;
      const res = await request(agent, server.port, 'POST', '/api/router/route', body);
      if (res.status >= 500 || res.status === 0) errors++;
      answered++;
    }
  });
  const latencies: number[] = [];
  const until = performance.now() + 5_000;
  while (performance.now() < until) {
    latencies.push((await request(probeAgent, server.port, 'GET', '/api/health')).ms);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  running = false;
  await Promise.all(flood);
  agent.destroy();
  probeAgent.destroy();
  return [
    {
      section: 'hostile',
      metric: `router API under a flood of 30K hostile prompts (8 at once, 5 s)`,
      value: `${answered} answered, ${errors} 5xx or lost`,
    },
    {
      section: 'hostile',
      metric: '/api/health during the flood, p50 / p99 / max',
      value: `${quantile(latencies, 0.5).toFixed(1)} / ${quantile(latencies, 0.99).toFixed(1)} / ${Math.max(...latencies).toFixed(1)} ms`,
      target: '< 100 ms',
    },
  ];
}

export async function benchMemory(server: Server, idleMb: number): Promise<Row[]> {
  const pid = listeningPid(server);
  if (pid === undefined)
    return [
      {
        section: 'memory',
        metric: `no process of pid ${server.child.pid}'s tree listens on ${server.port}`,
        value: '-',
      },
    ];
  const who = `${processName(pid)} pid ${pid}`;
  // benchPages ran just before: the lesson page has been served for seconds.
  const afterLessons = rssMb(pid);

  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let failed = 0;
  const t0 = performance.now();
  try {
    for (const p of exercisePrompts.slice(0, 1_000)) {
      const r = await request(agent, server.port, 'POST', '/api/router/route', JSON.stringify(p));
      if (r.status < 200 || r.status >= 300) failed++;
    }
  } finally {
    agent.destroy();
  }
  const exerciseMs = performance.now() - t0;
  const afterExercise = rssMb(pid);
  const treeMb = processTree(server.child.pid ?? -1).reduce(
    (a, p) => a + (existsSync(`/proc/${p}/status`) ? rssMb(p) || 0 : 0),
    0,
  );

  return [
    {
      section: 'memory',
      metric: `RSS just after start, before any page (${who})`,
      value: `${idleMb.toFixed(0)} MB`,
    },
    {
      section: 'memory',
      metric: `RSS after serving lessons`,
      value: `${afterLessons.toFixed(0)} MB`,
      target: '< 400 MB',
    },
    {
      section: 'memory',
      metric: `exercise via API: ${exercisePrompts.length} POSTs, ${failed} failed`,
      value: ms(exerciseMs),
    },
    {
      section: 'memory',
      metric: 'RSS after the exercise',
      value: `${afterExercise.toFixed(0)} MB`,
      target: '< 400 MB',
    },
    {
      section: 'memory',
      metric: 'RSS of the whole `next start` process tree',
      value: `${treeMb.toFixed(0)} MB`,
    },
  ];
}

/** Starts the built app, runs sections 4 and 5, always stops it. Never throws. */
export async function benchServer(): Promise<Row[]> {
  if (!existsSync('.next/BUILD_ID')) {
    const msg =
      'no production build (.next/BUILD_ID missing): run `npm run build`, then `npm run bench`';
    console.error(`bench: ${msg}; skipping the pages and memory sections`);
    return [{ section: 'pages', metric: 'skipped: ' + msg, value: '-' }];
  }
  let server: Server | undefined;
  // Ctrl-C during the run must not leave a server behind.
  const onSignal = () => {
    if (server?.child.pid) {
      try {
        process.kill(-server.child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startServer();
    // Check the lesson URL before loading it, so a 404 reads as such and not as slowness.
    // Memory before any page was rendered, to tell start-up cost from serving cost.
    const pid = listeningPid(server);
    const idleMb = pid === undefined ? NaN : rssMb(pid);
    const probeAgent = new http.Agent();
    const probe = await request(probeAgent, server.port, 'GET', LESSON_PATH);
    probeAgent.destroy();
    if (probe.status !== 200) console.error(`bench: GET ${LESSON_PATH} answered ${probe.status}`);
    const rows = [
      ...(await benchPages(server)),
      ...(await benchGzipPages(server)),
      ...(await benchMemory(server, idleMb)),
      ...(await benchHostileFlood(server)),
    ];
    rows.push(...(await benchBrowser(server.base)));
    return rows;
  } catch (e) {
    console.error(`bench: server sections failed: ${(e as Error).message}`);
    return [
      { section: 'pages', metric: `failed: ${(e as Error).message.split('\n')[0]}`, value: '-' },
    ];
  } finally {
    if (server) await stopServer(server);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
