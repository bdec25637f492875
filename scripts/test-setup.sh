#!/usr/bin/env bash
# Prepares a machine for the test suite: Debian's Chromium for Playwright
# (never a downloaded browser build), a PostgreSQL server for the database
# tests (Debian's package where none answers), Debian's nginx for the cluster
# tests, and a production build of the app.
set -euo pipefail

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    $sudo apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "test:setup: installing Chromium from Debian's packages"
  apt_install chromium
fi

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "test:setup: installing nginx from Debian's packages"
  apt_install nginx
fi

# The database tests run on SQLite and on PostgreSQL (tests/support/postgres.ts).
export STREAM_TEST_POSTGRES_URL="${STREAM_TEST_POSTGRES_URL:-postgresql://postgres:postgres@127.0.0.1:5432/postgres}"
postgres_answers() {
  node -e "
    const pg = require('pg');
    const client = new pg.Client({ connectionString: process.env.STREAM_TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
    client.connect().then(() => client.query('SELECT 1')).then(() => client.end(), (error) => {
      console.error('test:setup: PostgreSQL: ' + error.message);
      process.exit(1);
    });
  " 2>"${1:-/dev/null}"
}
if ! postgres_answers; then
  url_part() { node -e "const u = new URL(process.env.STREAM_TEST_POSTGRES_URL); console.log(decodeURIComponent(u.$1) || '$2')"; }
  port="$(url_part port 5432)"
  role="$(url_part username postgres)"
  password="$(url_part password postgres)"
  as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then (cd / && su postgres -c "$1"); else (cd / && sudo -u postgres sh -c "$1"); fi
  }
  if ! command -v pg_ctlcluster >/dev/null; then
    echo "test:setup: installing PostgreSQL from Debian's packages"
    apt_install postgresql
  fi
  if ! pg_lsclusters -h | awk '{print $3}' | grep -qx "$port"; then
    version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
    echo "test:setup: creating a PostgreSQL $version cluster on port $port"
    $sudo pg_createcluster "$version" stream --port "$port" >/dev/null
  fi
  read -r version cluster < <(pg_lsclusters -h | awk -v port="$port" '$3 == port {print $1, $2; exit}')
  echo "test:setup: starting PostgreSQL $version/$cluster on port $port"
  $sudo pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start 2>/dev/null || true
  for _ in $(seq 1 30); do
    postgres_answers && break
    # A fresh Debian cluster asks for a password on 127.0.0.1: once it accepts
    # local connections, give its superuser the one the tests' URL carries.
    as_postgres "psql -q -p $port -c \"ALTER ROLE \\\"$role\\\" PASSWORD '$password'\"" 2>/dev/null || sleep 1
  done
  postgres_answers /dev/stderr || {
    echo "test:setup: PostgreSQL does not answer at $STREAM_TEST_POSTGRES_URL" >&2
    exit 1
  }
fi

echo "test:setup: building the app"
NEXT_TELEMETRY_DISABLED=1 npx next build
