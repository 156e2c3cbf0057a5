#!/bin/bash
# Kafka's entrypoint in deploy/compose.yaml: formats the data volume once with one SCRAM-SHA-512 user per
# exportwatch service (KRaft keeps SCRAM credentials in its metadata log), then runs the broker.
set -euo pipefail
umask 077
conf=/tmp/server.properties
jaas='org.apache.kafka.common.security.scram.ScramLoginModule required username="exportwatch-admin"'
cp /opt/exportwatch/kafka/compose-server.properties "$conf"
printf 'listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=%s password="%s";\n' \
  "$jaas" "$SCRAM_ADMIN_PASSWORD" >>"$conf"
# Login for the healthcheck's kafka-topics.sh.
printf 'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=%s password="%s";\n' \
  "$jaas" "$SCRAM_ADMIN_PASSWORD" >/tmp/admin.properties
if [ ! -f /var/lib/kafka/data/meta.properties ]; then
  scram=()
  for user in admin watcher classifier notifier api monitor; do
    var="SCRAM_${user^^}_PASSWORD"
    scram+=(--add-scram "SCRAM-SHA-512=[name=exportwatch-${user},password=${!var}]")
  done
  /opt/kafka/bin/kafka-storage.sh format -t "$(/opt/kafka/bin/kafka-storage.sh random-uuid)" -c "$conf" \
    "${scram[@]}" >/dev/null
  echo "formatted /var/lib/kafka/data with the exportwatch SCRAM users"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$conf"
