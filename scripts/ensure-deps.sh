#!/usr/bin/env bash
# Installs whatever a fresh clone is missing: npm packages, the generated Prisma clients,
# Debian's Chromium and poppler (PDF rendering and read-back), and a running PostgreSQL for
# the multi-worker tests. Each step is skipped when already done, so it is cheap to repeat.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '• %s\n' "$*" >&2; }

# npm packages. Puppeteer must not fetch its own browser: we use Debian's Chromium.
export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  # npm install, not npm ci: npm 11 rejects a lock file that lacks other platforms' optional packages.
  # The registry sometimes times out under load: try again before giving up.
  for attempt in 1 2 3; do
    npm install --no-audit --no-fund --loglevel=error --fetch-timeout=120000 --fetch-retries=5 && break
    [ "$attempt" = 3 ] && exit 1
    say "npm install failed; trying again ($attempt of 3)"
    sleep 10
  done
fi

# Prisma clients for both providers, from the one schema.
# Checked per provider: npm's install step may already have generated the default (SQLite) one.
if [ ! -f core/generated/sqlite/client.ts ] || [ prisma/schema.prisma -nt core/generated/sqlite/client.ts ]; then
  say "generating the Prisma client for SQLite"
  PRISMA_HIDE_UPDATE_MESSAGE=1 npx --no-install prisma generate >/dev/null
fi
if [ ! -f core/generated/postgresql/client.ts ] || [ prisma/postgresql/schema.prisma -nt core/generated/postgresql/client.ts ]; then
  say "generating the Prisma client for PostgreSQL"
  PRISMA_HIDE_UPDATE_MESSAGE=1 PRISMA_SCHEMA=prisma/postgresql/schema.prisma npx --no-install prisma generate >/dev/null
fi

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    say "missing $*: install them with: sudo apt-get install -y $*"
    return 1
  fi
  say "installing $* from Debian"
  if [ -z "${SCRUTINEER_APT_UPDATED:-}" ]; then apt-get update -qq; export SCRUTINEER_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Chromium, PDF tools and fonts with wide Unicode coverage (arrows, en dashes, £).
if [ -z "${PUPPETEER_EXECUTABLE_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  apt_install chromium fonts-dejavu-core fonts-liberation2
fi
command -v pdftotext >/dev/null 2>&1 || apt_install poppler-utils

# PostgreSQL, only when asked for (the test suite's multi-worker path needs it).
if [ "${SCRUTINEER_NEED_POSTGRES:-}" = 1 ]; then
  if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
    say "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
  fi
fi
