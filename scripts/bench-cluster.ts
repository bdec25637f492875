/**
 * Cluster benchmarks for `npm run bench` (imported by scripts/bench.ts),
 * side by side in one run:
 *   6. lesson 02 with gzip through nginx (its page cache), from one app
 *      server directly, and from a bare static server (nginx serving the same
 *      compressed bytes as a file); the router API through nginx with 1 and
 *      with 2 app servers.
 *
 * The cluster is the one `npm run cluster` starts, on ports, a folder
 * (data/cluster-bench) and a PostgreSQL database of its own, stopped and
 * dropped at the end, also on error. wrk drives the load where it is
 * installed (Debian's `wrk`); otherwise the Node load loop of bench-server,
 * which on 2 cores limits the fastest servers more than wrk does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { load, type Row } from './bench-server';

const HOST = '127.0.0.1';
const PORT = 8580;
const APP_PORT = 3580;
const STATIC_PORT = 8589;
const DIR = path.resolve('data/cluster-bench');
const ADMIN_URL =
  process.env.STREAM_TEST_POSTGRES_URL || 'postgresql://postgres:postgres@127.0.0.1:5432/postgres';
const DATABASE = 'stream_bench_cluster';
const LESSON = '/ko/courses/gemini-in-production/cost-routing';
const ROUTE_BODY = JSON.stringify({
  id: 'bench',
  prompt: 'Explain the difference between TCP and UDP in two sentences.',
});
const CONNECTIONS = 16;
const DURATION_S = 5;

function databaseUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function cluster(command: 'start' | 'stop', instances = 2) {
  const result = spawnSync('npx', ['--no-install', 'tsx', 'scripts/cluster.ts', command], {
    env: {
      ...process.env,
      CLUSTER_DIR: DIR,
      CLUSTER_PORT: String(PORT),
      CLUSTER_APP_PORT: String(APP_PORT),
      CLUSTER_INSTANCES: String(instances),
      CLUSTER_DATABASE_URL: databaseUrl(),
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.status !== 0)
    throw new Error(
      `cluster ${command}: ${(result.stderr || result.stdout).trim().split('\n').at(-1)}`,
    );
}

function hasWrk(): boolean {
  return spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).status === 0;
}

/** Requests per second for one URL, 16 connections, 5 s, after a 1 s warm-up. */
async function rate(
  port: number,
  method: 'GET' | 'POST',
  urlPath: string,
  body?: string,
): Promise<{ rps: number; failed: number }> {
  const headers = { 'accept-encoding': 'gzip' };
  if (hasWrk()) {
    const script = path.join(DIR, 'wrk-post.lua');
    if (body)
      writeFileSync(
        script,
        `wrk.method = "POST"\nwrk.body = ${JSON.stringify(body)}\nwrk.headers["Content-Type"] = "application/json"\n`,
      );
    const args = (seconds: number) => [
      '-t2',
      `-c${CONNECTIONS}`,
      `-d${seconds}s`,
      '-H',
      'Accept-Encoding: gzip',
      ...(body ? ['-s', script] : []),
      `http://${HOST}:${port}${urlPath}`,
    ];
    spawnSync('wrk', args(1), { encoding: 'utf8' });
    const out = spawnSync('wrk', args(DURATION_S), { encoding: 'utf8' }).stdout;
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
    const failed = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
    return { rps, failed };
  }
  await load(port, method, urlPath, body, 1_000, headers);
  const r = await load(port, method, urlPath, body, DURATION_S * 1_000, headers);
  return { rps: r.rps, failed: r.failed };
}

function get(port: number, urlPath: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: HOST, port, path: urlPath, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => resolve(Buffer.concat(parts)));
      })
      .on('error', reject);
  });
}

/** A bare nginx serving one file of compressed bytes, as a static file server would. */
function startStaticServer(gzipped: Buffer): () => void {
  const dir = path.join(DIR, 'static');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'lesson.html.gz'), gzipped);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes auto;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 10000;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen ${HOST}:${STATIC_PORT} reuseport;
    location = /lesson {
      alias ${path.join(dir, 'lesson.html.gz')};
      default_type text/html;
      add_header Content-Encoding gzip;
      add_header Vary Accept-Encoding;
    }
  }
}
`,
  );
  const started = spawnSync('nginx', ['-e', path.join(dir, 'error.log'), '-c', conf], {
    encoding: 'utf8',
  });
  if (started.status !== 0) throw new Error(`static nginx: ${started.stderr.trim()}`);
  return () => {
    try {
      process.kill(Number(readFileSync(path.join(dir, 'nginx.pid'), 'utf8')), 'SIGQUIT');
    } catch {
      /* not running */
    }
  };
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '-');

/** Section 6. Never throws: a failure is a row saying so. */
export async function benchCluster(): Promise<Row[]> {
  if (!existsSync('.next/BUILD_ID'))
    return [{ section: 'cluster', metric: 'skipped: no production build', value: '-' }];
  let stopStatic = () => {};
  let running = false;
  try {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    await admin(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    cluster('start', 2);
    running = true;
    const tool = hasWrk() ? 'wrk' : 'node loop';
    const label = `${CONNECTIONS} conn, ${DURATION_S} s, ${tool}`;

    await get(PORT, LESSON); // fills nginx's cache
    const gzipped = await get(PORT, LESSON);
    stopStatic = startStaticServer(gzipped);
    const viaNginx = await rate(PORT, 'GET', LESSON);
    const direct = await rate(APP_PORT, 'GET', LESSON);
    const bare = await rate(STATIC_PORT, 'GET', '/lesson');
    const router2 = await rate(PORT, 'POST', '/api/router/route', ROUTE_BODY);
    cluster('stop');
    running = false;
    cluster('start', 1);
    running = true;
    const router1 = await rate(PORT, 'POST', '/api/router/route', ROUTE_BODY);

    const failed = (r: { failed: number }) => (r.failed ? ` (${r.failed} not 2xx!)` : '');
    return [
      {
        section: 'cluster',
        metric: `lesson 02 gzip (${(gzipped.length / 1024).toFixed(1)} KB), bare static server, req/s (${label})`,
        value: fmt(bare.rps) + failed(bare),
      },
      {
        section: 'cluster',
        metric: 'lesson 02 gzip through nginx (2 app servers), req/s',
        value: `${fmt(viaNginx.rps)}${failed(viaNginx)} (${(viaNginx.rps / bare.rps).toFixed(2)}x static)`,
        target: '>= 0.5x static',
      },
      {
        section: 'cluster',
        metric: 'lesson 02 gzip from one app server directly, req/s',
        value: `${fmt(direct.rps)}${failed(direct)} (${(direct.rps / bare.rps).toFixed(3)}x static)`,
      },
      {
        section: 'cluster',
        metric: 'POST /api/router/route through nginx, 1 app server, req/s',
        value: fmt(router1.rps) + failed(router1),
      },
      {
        section: 'cluster',
        metric: 'POST /api/router/route through nginx, 2 app servers, req/s',
        value: `${fmt(router2.rps)}${failed(router2)} (${(router2.rps / router1.rps).toFixed(2)}x one; 2 cores shared with nginx and the load)`,
      },
    ];
  } catch (error) {
    console.error(`bench: cluster section failed: ${(error as Error).message}`);
    return [
      {
        section: 'cluster',
        metric: `failed: ${(error as Error).message.split('\n')[0]}`,
        value: '-',
      },
    ];
  } finally {
    stopStatic();
    if (running) {
      try {
        cluster('stop');
      } catch (error) {
        console.error(`bench: ${(error as Error).message}`);
      }
    }
    await admin(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`).catch(() => undefined);
  }
}
