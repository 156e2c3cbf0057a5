#!/usr/bin/env bash
# `make run`: Kafka, topics, database, then every service in the foreground; Ctrl-C stops what this started.
set -euo pipefail
cd "$(dirname "$0")/../.."
UV=${UV:-uv}
PORT=${KAFKA_PORT:-9092}
PY="$UV run --frozen"
export KAFKA_BOOTSTRAP_SERVERS=${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$PORT}
export DATABASE_URL=${DATABASE_URL:-sqlite:///.cache/exportwatch.db}
# Channel secrets are stored encrypted and the notifier has no built-in key: unless the environment or .env
# names one, a local key is made once in .cache (git-ignored, owner-only) and kept for the next run.
if [ -z "${CHANNEL_SECRET_KEYS:-}" ] && ! grep -qs '^CHANNEL_SECRET_KEYS=.' .env; then
  keyfile=.cache/channel-secret-keys
  if [ ! -s "$keyfile" ]; then
    mkdir -p .cache
    (umask 077 && $PY exportwatch-notifier generate-secret-key > "$keyfile")
  fi
  CHANNEL_SECRET_KEYS=$(cat "$keyfile")
  export CHANNEL_SECRET_KEYS
fi

started_kafka=0
cleanup() {
  if [ "$started_kafka" = 1 ]; then $PY python -m devkit.broker down --port "$PORT" || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! $PY python -m devkit.broker status --port "$PORT" >/dev/null 2>&1; then
  $PY python -m devkit.broker up --port "$PORT"
  started_kafka=1
fi
$PY python -m devkit.broker topics --port "$PORT"
$PY exportwatch-notifier seed-demo

procfile=deploy/local/Procfile
if [ "${REPLAY:-0}" = 1 ]; then
  procfile=deploy/local/Procfile.replay
  export FEDERAL_REGISTER_API_URL=http://127.0.0.1:${REPLAY_PORT:-8099}/api/v1
  # Offline: the bundled May-2022 screening list instead of trade.gov's live one (the watcher warns).
  export WATCHER_SCREENING_LIST_URL=
  echo "REPLAY=1: serving recorded Federal Register data locally; alerts print below as ALERT boxes"
fi
$PY honcho start -f "$procfile" -d .
