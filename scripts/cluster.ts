/**
 * Stream at scale on one machine: several stateless app servers on
 * PostgreSQL behind nginx.
 *
 *   npm run cluster -- start    build if needed, migrate + seed, start the
 *                               app servers and nginx, wait until they answer
 *   npm run cluster -- stop     stop exactly what `start` started
 *   npm run cluster -- status   what runs, from the state file
 *
 * CLUSTER_INSTANCES (default 2) app servers listen on 127.0.0.1 from
 * CLUSTER_APP_PORT (default 3100); nginx listens on CLUSTER_PORT (default
 * 8080). The database is CLUSTER_DATABASE_URL, else DATABASE_URL when it is a
 * PostgreSQL URL, else a `stream_cluster` database on the local server
 * (created when missing). nginx is Debian's package, installed when missing.
 * Everything the cluster writes (state, logs, nginx's config and cache, the
 * shared auth secret, the outbox) is under data/cluster/ (or CLUSTER_DIR).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { databaseEngine, redactUrl } from '@/lib/db/engine';

const ROOT = process.cwd();
// CLUSTER_DIR lets a test run a cluster of its own beside a developer's.
const DIR = path.resolve(ROOT, process.env.CLUSTER_DIR || path.join('data', 'cluster'));
const STATE = path.join(DIR, 'state.json');
const NGINX_CONF = path.join(DIR, 'nginx.conf');
const NGINX_PID = path.join(DIR, 'nginx.pid');

interface State {
  startedAt: string;
  port: number;
  databaseUrl: string;
  instances: { pid: number; port: number; log: string }[];
  nginxPid: number;
}

function config() {
  const instances = Number(process.env.CLUSTER_INSTANCES ?? 2);
  const port = Number(process.env.CLUSTER_PORT ?? 8080);
  const appPort = Number(process.env.CLUSTER_APP_PORT ?? 3100);
  if (!Number.isInteger(instances) || instances < 1 || instances > 16)
    throw new Error('CLUSTER_INSTANCES must be a whole number from 1 to 16');
  for (const [name, value] of Object.entries({ CLUSTER_PORT: port, CLUSTER_APP_PORT: appPort }))
    if (!Number.isInteger(value) || value < 1 || value > 65_535)
      throw new Error(`${name} must be a port number`);
  const fromEnv = process.env.CLUSTER_DATABASE_URL || process.env.DATABASE_URL;
  const databaseUrl =
    fromEnv && databaseEngine(fromEnv) === 'postgresql'
      ? fromEnv
      : 'postgresql://postgres@127.0.0.1:5432/stream_cluster';
  return { instances, port, appPort, databaseUrl };
}

function log(message: string) {
  console.log(`cluster: ${message}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function readState(): State | undefined {
  try {
    return JSON.parse(fs.readFileSync(STATE, 'utf8')) as State;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/* ---------------------------------------------------------------- pieces */

function ensureNginx(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], {
    encoding: 'utf8',
  });
  const existing = found.stdout.trim().split('\n')[0];
  if (found.status === 0 && existing) return existing;
  log("installing nginx from Debian's packages");
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args: string[]) =>
    run(sudo.length ? 'sudo' : 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], {
      ...process.env,
      DEBIAN_FRONTEND: 'noninteractive',
    });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'nginx']);
  return '/usr/sbin/nginx';
}

/** Creates the cluster's database when it does not exist yet. */
async function ensureDatabase(databaseUrl: string) {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unexpected database name "${name}"`);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL does not answer at ${redactUrl(url.toString())} (${(error as Error).message}). ` +
        'Start it, or set CLUSTER_DATABASE_URL.',
    );
  }
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      log(`creating database ${name}`);
      await admin.query(`CREATE DATABASE "${name}"`);
    }
  } finally {
    await admin.end();
  }
}

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  // One secret for every instance: a session signed by one is valid on all.
  const file = path.join(DIR, 'auth-secret');
  if (!fs.existsSync(file))
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

function nginxConfig({ port, ports }: { port: number; ports: number[] }): string {
  const d = (name: string) => path.join(DIR, 'nginx', name);
  for (const name of ['cache', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    fs.mkdirSync(d(name), { recursive: true });
  const upstream = ports.map((p) => `    server 127.0.0.1:${p} max_fails=0;`).join('\n');
  const proxied = `
      proxy_pass http://stream_app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;`;
  return `# Written by scripts/cluster.ts; rewritten on every start.
worker_processes auto;
pid ${NGINX_PID};
error_log ${path.join(DIR, 'nginx-error.log')} warn;
events { worker_connections 4096; }

http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 10000;
  server_tokens off;
  client_body_temp_path ${d('client_body')};
  proxy_temp_path ${d('proxy')};
  fastcgi_temp_path ${d('fastcgi')};
  uwsgi_temp_path ${d('uwsgi')};
  scgi_temp_path ${d('scgi')};

  gzip on;
  gzip_proxied any;
  gzip_vary on;
  gzip_comp_level 5;
  gzip_min_length 512;
  gzip_types text/css application/javascript text/javascript application/json image/svg+xml text/x-component text/plain;

  # The prerendered pages, kept compressed: one gzip per page, then file reads.
  proxy_cache_path ${d('cache')} levels=1:2 keys_zone=pages:10m max_size=200m inactive=1d use_temp_path=off;

  upstream stream_app {
    least_conn;
${upstream}
    keepalive 64;
  }

  server {
    listen 127.0.0.1:${port} reuseport;
    server_name _;
    client_max_body_size 2m;

    # Build assets: content-hashed names, straight from the build's folder.
    location /_next/static/ {
      alias ${path.join(ROOT, '.next', 'static')}/;
      add_header Cache-Control "public, max-age=31536000, immutable";
    }

    # Home, course and lesson pages in both languages: the same bytes for
    # everyone (what is personal loads afterwards from /api), so they are
    # cached here, gzipped once, and unzipped only for a client without gzip.
    # Client-side navigations (RSC requests) and server actions pass through.
    location ~ "^/(ko|en)(/courses(/[A-Za-z0-9_-]+){1,2})?/?$" {
      ${proxied}
      proxy_set_header Accept-Encoding gzip;
      proxy_cache pages;
      proxy_cache_key "$uri";
      proxy_cache_methods GET HEAD;
      proxy_cache_valid 200 10m;
      proxy_cache_lock on;
      proxy_cache_use_stale error timeout updating http_502 http_503 http_504;
      proxy_cache_background_update on;
      proxy_ignore_headers Cache-Control Expires Vary;
      proxy_cache_bypass $http_rsc $http_next_action;
      proxy_no_cache $http_rsc $http_next_action;
      gunzip on;
      gzip_vary off; # the app's Vary already names Accept-Encoding
      add_header X-Cache $upstream_cache_status always;
    }

    # Everything else (/api, sign-in, actions, the learner's own data) goes
    # straight to an app server, never through the cache.
    location / {
      ${proxied}
    }
  }
}
`;
}

async function waitFor(url: string, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(250);
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s (${last})`);
}

/* ------------------------------------------------------------- commands */

async function start() {
  const previous = readState();
  if (previous && (previous.instances.some((i) => alive(i.pid)) || alive(previous.nginxPid)))
    throw new Error('a cluster is already running: `npm run cluster -- stop` first');
  const { instances, port, appPort, databaseUrl } = config();
  fs.mkdirSync(DIR, { recursive: true });
  const nginx = ensureNginx();

  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    log('building the app');
    run('npx', ['--no-install', 'next', 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  }
  await ensureDatabase(databaseUrl);
  const siteUrl = process.env.STREAM_SITE_URL ?? `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--max-old-space-size=256',
    DATABASE_URL: databaseUrl,
    STREAM_SITE_URL: siteUrl,
    STREAM_DATA_DIR: path.relative(ROOT, DIR),
    AUTH_SECRET: authSecret(),
    // nginx appends the caller to X-Forwarded-For: believe exactly that one hop.
    TRUSTED_PROXY_HOPS: '1',
  };
  log(`database ${redactUrl(databaseUrl)}`);
  run('npx', ['--no-install', 'tsx', 'scripts/db.ts', 'setup'], env);

  const state: State = {
    startedAt: new Date().toISOString(),
    port,
    databaseUrl: redactUrl(databaseUrl),
    instances: [],
    nginxPid: 0,
  };
  const save = () => fs.writeFileSync(STATE, `${JSON.stringify(state, null, 2)}\n`);
  try {
    for (let i = 0; i < instances; i++) {
      const instancePort = appPort + i;
      const logFile = path.join(DIR, `app-${i + 1}.log`);
      const out = fs.openSync(logFile, 'a');
      const child = spawn(
        path.join(ROOT, 'node_modules', '.bin', 'next'),
        ['start', '-H', '127.0.0.1', '-p', String(instancePort)],
        // Its own process group, so stop can end it and everything under it.
        { env, detached: true, stdio: ['ignore', out, out] },
      );
      child.unref();
      fs.closeSync(out);
      state.instances.push({
        pid: child.pid!,
        port: instancePort,
        log: path.relative(ROOT, logFile),
      });
      save();
    }
    await Promise.all(
      state.instances.map((instance, i) =>
        waitFor(`http://127.0.0.1:${instance.port}/api/health`, 120_000, `app server ${i + 1}`),
      ),
    );

    // Pages cached from an earlier build would point at build assets that no longer exist.
    fs.rmSync(path.join(DIR, 'nginx', 'cache'), { recursive: true, force: true });
    fs.writeFileSync(NGINX_CONF, nginxConfig({ port, ports: state.instances.map((i) => i.port) }));
    run(nginx, ['-t', '-q', '-e', path.join(DIR, 'nginx-error.log'), '-c', NGINX_CONF]);
    run(nginx, ['-e', path.join(DIR, 'nginx-error.log'), '-c', NGINX_CONF]);
    for (let i = 0; i < 40 && !fs.existsSync(NGINX_PID); i++) await sleep(50);
    state.nginxPid = Number(fs.readFileSync(NGINX_PID, 'utf8').trim());
    save();
    await waitFor(`http://127.0.0.1:${port}/api/health`, 10_000, 'nginx');
  } catch (error) {
    await stop();
    throw error;
  }
  log(
    `${instances} app server(s) on ${state.instances.map((i) => i.port).join(', ')} behind nginx at http://localhost:${port}`,
  );
  log(`logs and state in ${path.relative(ROOT, DIR)}/; stop with \`npm run cluster -- stop\``);
}

async function stop() {
  const state = readState();
  if (!state) {
    log(`nothing to stop (no ${path.relative(ROOT, STATE)})`);
    return;
  }
  const pids: number[] = [];
  if (state.nginxPid && alive(state.nginxPid)) {
    process.kill(state.nginxPid, 'SIGQUIT');
    pids.push(state.nginxPid);
  }
  for (const instance of state.instances) {
    if (!alive(instance.pid)) continue;
    try {
      process.kill(-instance.pid, 'SIGTERM'); // its process group: next and its workers
    } catch {
      process.kill(instance.pid, 'SIGTERM');
    }
    pids.push(instance.pid);
  }
  const deadline = Date.now() + 10_000;
  while (pids.some(alive) && Date.now() < deadline) await sleep(100);
  for (const pid of pids.filter(alive)) {
    try {
      process.kill(pid === state.nginxPid ? pid : -pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  fs.rmSync(STATE, { force: true });
  log(`stopped nginx and ${state.instances.length} app server(s)`);
}

function status() {
  const state = readState();
  if (!state) return log('not running');
  log(
    `started ${state.startedAt}, nginx at http://localhost:${state.port} (pid ${state.nginxPid}, ${alive(state.nginxPid) ? 'up' : 'down'})`,
  );
  for (const instance of state.instances)
    log(
      `  app server pid ${instance.pid} on ${instance.port}: ${alive(instance.pid) ? 'up' : 'down'}`,
    );
}

const command = process.argv[2];
try {
  if (command === 'start') await start();
  else if (command === 'stop') await stop();
  else if (command === 'status') status();
  else {
    console.error('usage: npm run cluster -- start|stop|status');
    process.exit(2);
  }
} catch (error) {
  console.error(`cluster: ${(error as Error).message}`);
  process.exit(1);
}
