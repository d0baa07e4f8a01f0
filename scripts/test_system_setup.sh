#!/usr/bin/env bash
# System packages the tests use, and a PostgreSQL server on this machine for the store tests.
# Best effort: needs root and apt-get; prints KEY=VALUE lines (the test database URL) on stdout,
# progress on stderr. Without root or apt, prints nothing and the affected tests skip.
set -u
log() { echo "test setup: $*" >&2; }
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  log "not root or no apt-get: system packages and PostgreSQL are not set up"
  exit 0
fi
need=()
dpkg -s postgresql >/dev/null 2>&1 || need+=(postgresql)
dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || dpkg -s libreoffice-calc >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
for p in libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-noto-cjk xvfb xdotool; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends "${need[@]}" >&2 \
    || log "apt-get failed; tests that need these packages will skip"
fi
if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
  ver=$(ls /etc/postgresql | sort -V | tail -n 1)
  # team tests log in with passwords over TCP to 127.0.0.1: Debian's pg_hba.conf allows that (scram),
  # but a cluster set up otherwise may not
  hba="/etc/postgresql/$ver/main/pg_hba.conf"
  if [ -f "$hba" ] && ! grep -Eq '^[[:space:]]*host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+(scram-sha-256|md5|password|trust)' "$hba"; then
    log "allowing password logins over TCP from 127.0.0.1 in $hba"
    sed -i '1i host all all 127.0.0.1/32 scram-sha-256' "$hba"
    pg_ctlcluster --skip-systemctl-redirect "$ver" main reload >&2 2>&1 || true
  fi
  pg_ctlcluster --skip-systemctl-redirect "$ver" main start >&2 2>&1 || true
  for _ in $(seq 1 30); do
    su postgres -c "psql -Atqc 'select 1'" >/dev/null 2>&1 && break
    sleep 1
  done
  # the team tests log in over TCP on 127.0.0.1 with a password (Debian's default pg_hba has this line)
  hba="/etc/postgresql/$ver/main/pg_hba.conf"
  if [ -f "$hba" ] && ! grep -Eq '^host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+(scram-sha-256|md5)' "$hba"; then
    log "allowing password logins on 127.0.0.1 in $hba"
    echo "host all all 127.0.0.1/32 scram-sha-256" >> "$hba"
    pg_ctlcluster --skip-systemctl-redirect "$ver" main reload >&2 2>&1 || true
  fi
  su postgres -c "psql -Atqc \"select 1 from pg_roles where rolname='root'\"" 2>/dev/null | grep -q 1 \
    || su postgres -c "psql -qc 'create role root superuser login'" >&2
  su postgres -c "psql -Atqc \"select 1 from pg_database where datname='factdesk_test'\"" 2>/dev/null | grep -q 1 \
    || su postgres -c "createdb -O root factdesk_test" >&2
  if psql -Atqc 'select 1' factdesk_test >/dev/null 2>&1; then
    echo "FACTDESK_TEST_PG_URL=postgresql+psycopg:///factdesk_test"
  else
    log "PostgreSQL did not start; the PostgreSQL store tests will skip"
  fi
fi
