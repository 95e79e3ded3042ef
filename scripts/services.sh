#!/usr/bin/env bash
# Brings up / tears down the real brokers the integration tests talk to, without Docker:
#
#   * RabbitMQ: the Debian package (installed with apt-get when absent), started with
#     `rabbitmq-server -detached`, management plugin enabled. Data lives in the system
#     location (/var/lib/rabbitmq), so durable queues survive `restart rabbitmq`. The node
#     is known by its name (rabbit@<host>) and pid file; other nodes on the host are never
#     stopped or signalled.
#   * Kafka 3.9 in KRaft combined mode (single node, loopback only): the jars are resolved
#     from Maven Central with scripts/kafka/pom.xml into .cache/kafka/lib and the broker
#     runs straight from there; config, data, logs and pid file live in .cache/kafka.
#
# CB_SERVICES_* variables give the node another name, ports and folder, Kafka another
# folder and ports (the Settings below; docs/services.md).
#
# Usage: bash scripts/services.sh up|down|status|restart [rabbitmq|kafka|all]   (default: all)
#
#   up       install/resolve what is missing, start what is stopped, wait until it answers,
#            then print the addresses (AMQP_URL=..., KAFKA_BROKERS=..., KAFKA_SASL_BROKERS=...)
#            on stdout. Idempotent; fast when everything already runs.
#   down     stop (RabbitMQ: `rabbitmqctl -n NODE stop`, SIGKILL after 60 s only for a VM
#            this script started; Kafka: SIGTERM, SIGKILL after 30 s).
#   restart  down, then up. Data is kept.
#   status   print "<service>: running|stopped"; exit status 0 when all are running, else 3.
#
# Progress and errors go to stderr. Runs as root (CI) or as a developer with sudo, which
# is then used for apt-get and the RabbitMQ control commands only.
set -euo pipefail

# ---------------------------------------------------------------------------------------
# Settings (each CB_SERVICES_* variable overrides one; see docs/services.md)
# ---------------------------------------------------------------------------------------
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
CACHE_DIR="$ROOT/.cache"
LOCK_FILE="${CB_SERVICES_LOCK_FILE:-$CACHE_DIR/services.lock}"

# The RabbitMQ node this script manages is known by its NAME (and its pid file), never by a
# process pattern: other nodes on the host (other names, other ports) are never looked at,
# stopped or signalled.
RABBIT_HOST=127.0.0.1
RABBIT_NODE="${CB_SERVICES_RABBIT_NODE:-rabbit@$(hostname -s)}"
[[ "$RABBIT_NODE" == *@* ]] || RABBIT_NODE="$RABBIT_NODE@$(hostname -s)"
RABBIT_AMQP_PORT="${CB_SERVICES_RABBIT_AMQP_PORT:-5672}"
RABBIT_MGMT_PORT="${CB_SERVICES_RABBIT_MGMT_PORT:-15672}"
RABBIT_DIST_PORT="${CB_SERVICES_RABBIT_DIST_PORT:-$((RABBIT_AMQP_PORT + 20000))}" # Erlang distribution (RabbitMQ's rule)
# With a base folder the node keeps everything there (data, logs, pid file, config with its
# ports, plugins file); without one it uses the Debian package's locations and default ports.
RABBIT_BASE="${CB_SERVICES_RABBIT_BASE:-}"
RABBIT_START_TIMEOUT="${CB_SERVICES_RABBIT_START_TIMEOUT:-120}" # seconds until the node must be booted
RABBIT_STOP_TIMEOUT="${CB_SERVICES_RABBIT_STOP_TIMEOUT:-60}"    # seconds for `rabbitmqctl stop` plus the VM exiting
if [ -n "$RABBIT_BASE" ]; then
  RABBIT_LOG_DIR="$RABBIT_BASE/log"
  RABBIT_PID_FILE="$RABBIT_BASE/$RABBIT_NODE.pid"
  RABBIT_ENABLED_PLUGINS_FILE="$RABBIT_BASE/enabled_plugins"
  RABBIT_STATE_DIR="$RABBIT_BASE"
else
  RABBIT_LOG_DIR=/var/log/rabbitmq
  RABBIT_PID_FILE="/var/lib/rabbitmq/mnesia/$RABBIT_NODE.pid"
  RABBIT_ENABLED_PLUGINS_FILE=/etc/rabbitmq/enabled_plugins
  RABBIT_STATE_DIR="$CACHE_DIR/rabbitmq"
fi
# Holds the pid of the node's VM when this script started it: only that process is ever killed.
RABBIT_STARTED_FILE="$RABBIT_STATE_DIR/$RABBIT_NODE.started-pid"
# Erlang VM flags for a node this script starts. Schedulers do not spin when idle (+sbwt none...),
# so the VM leaves the CPU to the bridge and Kafka beside it. On two cores or fewer the node gets
# one scheduler (+S 1:1): measured with a trivial consumer, the broker then spends less CPU per
# message, because messages no longer hop between schedulers.
# Override with CB_SERVICES_RABBIT_ERL_ARGS (empty for the VM's defaults).
if [ -n "${CB_SERVICES_RABBIT_ERL_ARGS+set}" ]; then
  RABBIT_ERL_ARGS="$CB_SERVICES_RABBIT_ERL_ARGS"
elif [ "$(nproc 2>/dev/null || echo 4)" -le 2 ]; then
  RABBIT_ERL_ARGS="+S 1:1 +sbwt none +sbwtdcpu none +sbwtdio none"
else
  RABBIT_ERL_ARGS="+sbwt none +sbwtdcpu none +sbwtdio none"
fi

# Kafka is known by its pid file and its command line ending in `kafka.Kafka <this
# server.properties>`; a broker started from another folder is never signalled.
KAFKA_HOME="${CB_SERVICES_KAFKA_HOME:-$CACHE_DIR/kafka}"
KAFKA_LIB="$CACHE_DIR/kafka/lib" # the jars are shared by every KAFKA_HOME of this checkout
KAFKA_LIB_MARKER="$KAFKA_LIB/.complete"
KAFKA_CONF="$KAFKA_HOME/config"
KAFKA_SERVER_PROPS="$KAFKA_CONF/server.properties"
KAFKA_DATA="$KAFKA_HOME/data"
KAFKA_LOGS="$KAFKA_HOME/logs"
KAFKA_PID_FILE="$KAFKA_HOME/kafka.pid"
KAFKA_READY_FILE="$KAFKA_HOME/kafka.ready" # holds the pid that passed the readiness check
KAFKA_POM="$ROOT/scripts/kafka/pom.xml"
KAFKA_HOST=127.0.0.1
KAFKA_PORT="${CB_SERVICES_KAFKA_PORT:-9092}"           # PLAINTEXT
KAFKA_SASL_PORT="${CB_SERVICES_KAFKA_SASL_PORT:-9093}" # SASL_PLAINTEXT (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)
KAFKA_CTRL_PORT="${CB_SERVICES_KAFKA_CTRL_PORT:-9094}" # KRaft controller
KAFKA_USER=bridge
KAFKA_PASSWORD=bridge-secret
KAFKA_START_TIMEOUT=90
KAFKA_STOP_TIMEOUT=30
# A fixed heap (as Kafka's own start script sets): grown from a smaller start, G1 kept the broker
# busy for its first minute under load (docs/services.md).
KAFKA_HEAP_OPTS=(-Xms512m -Xmx512m)
# Short-lived CLI tools (storage format, readiness check): favour start-up time.
KAFKA_TOOL_OPTS=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$KAFKA_CONF/tools-log4j.properties")

export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

# ---------------------------------------------------------------------------------------
# Generic helpers
# ---------------------------------------------------------------------------------------
log() { printf '[services] %s\n' "$*" >&2; }
die() {
  printf '[services] ERROR: %s\n' "$*" >&2
  exit 1
}

usage() {
  printf 'Usage: bash %s up|down|status|restart [rabbitmq|kafka|all]\n' "${BASH_SOURCE[0]}" >&2
  exit 2
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -- "$@"
  else
    die "'$1' needs root and sudo is not available; run this script as root"
  fi
}

# True when something accepts TCP connections on host:port (no external tools needed).
port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# Seconds left until the given deadline (in $SECONDS time), at least 1.
remaining() {
  local left=$(($1 - SECONDS))
  echo $((left > 0 ? left : 1))
}

# Reads /proc/<pid>/cmdline into the global array PROC_ARGS; false if the process is gone.
read_cmdline() {
  PROC_ARGS=()
  [ -r "/proc/$1/cmdline" ] || return 1
  mapfile -d '' -t PROC_ARGS <"/proc/$1/cmdline" 2>/dev/null || return 1
  [ "${#PROC_ARGS[@]}" -gt 0 ]
}

# Prints the pids of all processes for which the predicate function (given a pid) is true.
find_pids() {
  local predicate=$1 dir pid
  for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    if "$predicate" "$pid"; then echo "$pid"; fi
  done
}

# Serialises concurrent invocations (e.g. two test runs calling `up` at the same time):
# re-runs this script under flock(1). With -o the lock is held by flock itself and not
# inherited by our children, so daemons started here (Kafka, the Erlang VM, epmd) never
# keep it.
run_locked() {
  if [ -n "${CB_SERVICES_LOCKED:-}" ]; then return 0; fi
  mkdir -p "$CACHE_DIR"
  local rc=0
  CB_SERVICES_LOCKED=1 flock -o -E 75 -w 900 "$LOCK_FILE" bash "${BASH_SOURCE[0]}" "$@" || rc=$?
  [ "$rc" -ne 75 ] || die "another scripts/services.sh has held $LOCK_FILE for 15 minutes; giving up"
  exit "$rc"
}

# Starts a command in the background, detached from this script (own session, no
# terminal, output appended to the given file).
spawn_detached() {
  local out=$1
  shift
  if command -v setsid >/dev/null 2>&1; then
    setsid nohup "$@" >>"$out" 2>&1 </dev/null &
  else
    nohup "$@" >>"$out" 2>&1 </dev/null &
  fi
}

# ---------------------------------------------------------------------------------------
# apt
# ---------------------------------------------------------------------------------------
APT_UPDATED=0

apt_update() {
  [ "$APT_UPDATED" -eq 1 ] && return 0
  log "apt-get update"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update >&2
  APT_UPDATED=1
}

apt_has_candidate() {
  local candidate
  candidate=$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2; exit }')
  [ -n "$candidate" ] && [ "$candidate" != "(none)" ]
}

# Installs packages; refreshes the package lists first only when they do not know the
# package, or when the install fails with the lists we have (stale mirror state).
apt_install() {
  local cmd=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300)
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install $* by hand"
  local pkg
  for pkg in "$@"; do
    apt_has_candidate "$pkg" || apt_update
  done
  log "apt-get install $*"
  if ! as_root "${cmd[@]}" "$@" >&2; then
    [ "$APT_UPDATED" -eq 0 ] || die "apt-get install $* failed"
    apt_update
    as_root "${cmd[@]}" "$@" >&2 || die "apt-get install $* failed"
  fi
}

# ---------------------------------------------------------------------------------------
# RabbitMQ
# ---------------------------------------------------------------------------------------
rabbit_installed() {
  command -v rabbitmq-server >/dev/null 2>&1 && command -v rabbitmqctl >/dev/null 2>&1
}

# The package's systemd unit (if systemd is PID 1 here) would otherwise own the node.
rabbit_stop_system_service() {
  [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1 || return 0
  if systemctl is-active --quiet rabbitmq-server 2>/dev/null; then
    log "stopping and disabling the rabbitmq-server systemd service started by the package"
    as_root systemctl stop rabbitmq-server >&2 || true
    as_root systemctl disable rabbitmq-server >&2 || true
  fi
}

rabbit_ensure_installed() {
  rabbit_installed && return 0
  apt_install rabbitmq-server
  rabbit_installed || die "rabbitmq-server is still missing after apt-get install"
  rabbit_stop_system_service
}

# The environment every RabbitMQ command of this script runs with: the node's name, and with a
# base folder its own data, logs, pid file, config (ports) and plugins file.
rabbit_env() {
  RABBIT_ENV=("RABBITMQ_NODENAME=$RABBIT_NODE")
  if [ -n "$RABBIT_BASE" ]; then
    RABBIT_ENV+=("RABBITMQ_NODE_PORT=$RABBIT_AMQP_PORT" "RABBITMQ_DIST_PORT=$RABBIT_DIST_PORT" "RABBITMQ_MNESIA_BASE=$RABBIT_BASE/mnesia" "RABBITMQ_LOG_BASE=$RABBIT_LOG_DIR"
      "RABBITMQ_PID_FILE=$RABBIT_PID_FILE" "RABBITMQ_ENABLED_PLUGINS_FILE=$RABBIT_ENABLED_PLUGINS_FILE"
      "RABBITMQ_CONFIG_FILE=$RABBIT_BASE/rabbitmq.conf" "RABBITMQ_ADVANCED_CONFIG_FILE=$RABBIT_BASE/advanced.config")
  fi
}
rabbit_env

# rabbitmqctl, rabbitmq-diagnostics, rabbitmq-plugins (as root, for this node).
rabbit_cli() {
  local tool=$1
  shift
  as_root timeout 90 env "${RABBIT_ENV[@]}" "$tool" -n "$RABBIT_NODE" "$@"
}

# Prepares a base folder (owned by the broker's user, who runs the node): config with the
# ports, management plugin enabled.
rabbit_prepare_base() {
  [ -n "$RABBIT_BASE" ] || return 0
  local owner=rabbitmq
  id -u "$owner" >/dev/null 2>&1 || owner=$(id -un)
  as_root install -d -o "$owner" -g "$(id -gn "$owner")" -m 0755 "$RABBIT_BASE" "$RABBIT_BASE/mnesia" "$RABBIT_LOG_DIR"
  local conf
  conf="# Generated by scripts/services.sh for node $RABBIT_NODE.
listeners.tcp.default = $RABBIT_HOST:$RABBIT_AMQP_PORT
management.tcp.ip = $RABBIT_HOST
management.tcp.port = $RABBIT_MGMT_PORT
loopback_users = none"
  printf '%s\n' "$conf" | as_root tee "$RABBIT_BASE/rabbitmq.conf" >/dev/null
  printf '[].\n' | as_root tee "$RABBIT_BASE/advanced.config" >/dev/null
  printf '[rabbitmq_management].\n' | as_root tee "$RABBIT_ENABLED_PLUGINS_FILE" >/dev/null
  as_root chown "$owner" "$RABBIT_BASE/rabbitmq.conf" "$RABBIT_BASE/advanced.config" "$RABBIT_ENABLED_PLUGINS_FILE"
}

# The pid in the node's pid file when that process is alive and an Erlang VM; false otherwise.
rabbit_pid() {
  local pid=""
  pid=$(as_root cat "$RABBIT_PID_FILE" 2>/dev/null) || return 1
  pid=${pid//[^0-9]/}
  [ -n "$pid" ] && read_cmdline "$pid" && [[ "${PROC_ARGS[0]}" == *beam* ]] || return 1
  echo "$pid"
}

# True while epmd lists the node's short name (its VM is up, booted or not).
rabbit_registered() {
  command -v epmd >/dev/null 2>&1 || return 1
  epmd -names 2>/dev/null | grep -q "^name ${RABBIT_NODE%%@*} at port "
}

rabbit_ping() {
  rabbit_installed || return 1
  rabbit_cli rabbitmq-diagnostics -q ping --timeout 10 >/dev/null 2>&1
}

rabbit_ensure_management_plugin() {
  [ -z "$RABBIT_BASE" ] || return 0 # the base folder's plugins file enables it
  grep -qs 'rabbitmq_management' "$RABBIT_ENABLED_PLUGINS_FILE" && return 0
  log "enabling rabbitmq_management"
  # Online when the node runs, otherwise an offline change picked up at boot.
  rabbit_cli rabbitmq-plugins enable rabbitmq_management >&2 ||
    rabbit_cli rabbitmq-plugins enable --offline rabbitmq_management >&2 ||
    die "rabbitmq-plugins enable rabbitmq_management failed"
}

rabbit_print_logs() {
  log "RabbitMQ logs of $RABBIT_NODE are in $RABBIT_LOG_DIR; last lines:"
  as_root sh -c "tail -n 30 '$RABBIT_LOG_DIR'/*.log '$RABBIT_LOG_DIR'/startup_* 2>/dev/null" >&2 || true
}

rabbit_fail() {
  rabbit_print_logs
  die "RabbitMQ node $RABBIT_NODE: $*"
}

# Starts the node unless it runs (or is booting) already. Does not wait.
rabbit_start() {
  rabbit_ensure_installed
  if [ -z "$RABBIT_BASE" ] && { [ "$RABBIT_AMQP_PORT" != 5672 ] || [ "$RABBIT_MGMT_PORT" != 15672 ]; }; then
    die "other RabbitMQ ports need a folder of the node's own: set CB_SERVICES_RABBIT_BASE"
  fi
  rabbit_prepare_base
  rabbit_ensure_management_plugin
  if rabbit_ping; then
    log "RabbitMQ node $RABBIT_NODE is already running"
    return 0
  fi
  local pid
  if pid=$(rabbit_pid) || rabbit_registered; then
    log "RabbitMQ node $RABBIT_NODE${pid:+ (pid $pid)} exists but does not answer yet; waiting for it"
    return 0
  fi
  local port
  for port in "$RABBIT_AMQP_PORT" "$RABBIT_MGMT_PORT"; do
    if port_open "$RABBIT_HOST" "$port"; then
      die "port $RABBIT_HOST:$port is taken by another process (another RabbitMQ node?), not by node $RABBIT_NODE; stop it or set CB_SERVICES_RABBIT_AMQP_PORT / CB_SERVICES_RABBIT_MGMT_PORT and CB_SERVICES_RABBIT_BASE"
    fi
  done
  log "starting RabbitMQ node $RABBIT_NODE (rabbitmq-server -detached, Erlang flags: ${RABBIT_ERL_ARGS:-none})"
  as_root rm -f "$RABBIT_STARTED_FILE"
  as_root env "${RABBIT_ENV[@]}" "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=$RABBIT_ERL_ARGS" rabbitmq-server -detached >&2 ||
    rabbit_fail "rabbitmq-server -detached failed"
  RABBIT_STARTED=1
}

# Remembers the VM this script started (once its pid file names it), so `down` may kill it.
rabbit_record_started() {
  [ "${RABBIT_STARTED:-0}" = 1 ] || return 0
  local pid
  pid=$(rabbit_pid) || return 0
  as_root mkdir -p "$RABBIT_STATE_DIR"
  echo "$pid" | as_root tee "$RABBIT_STARTED_FILE" >/dev/null
  RABBIT_STARTED=0
}

rabbit_wait_ready() {
  local deadline=$((SECONDS + RABBIT_START_TIMEOUT)) no_vm=0
  until rabbit_ping; do
    rabbit_record_started
    if [ "$SECONDS" -ge "$deadline" ]; then
      rabbit_fail "node did not answer 'rabbitmq-diagnostics ping' within ${RABBIT_START_TIMEOUT}s"
    fi
    if rabbit_pid >/dev/null || rabbit_registered; then
      no_vm=0
    else
      no_vm=$((no_vm + 1))
      [ "$no_vm" -lt 20 ] || rabbit_fail "the node's Erlang VM is not running (it exited during start-up?)"
    fi
    sleep 1
  done
  rabbit_record_started
  rabbit_cli rabbitmqctl -q await_startup --timeout "$(remaining "$deadline")" >&2 ||
    rabbit_fail "node did not finish booting within ${RABBIT_START_TIMEOUT}s"
  local port
  for port in "$RABBIT_AMQP_PORT" "$RABBIT_MGMT_PORT"; do
    until port_open "$RABBIT_HOST" "$port"; do
      [ "$SECONDS" -lt "$deadline" ] || rabbit_fail "nothing listens on $RABBIT_HOST:$port"
      sleep 1
    done
  done
  log "RabbitMQ node $RABBIT_NODE is ready (amqp $RABBIT_HOST:$RABBIT_AMQP_PORT, management http://$RABBIT_HOST:$RABBIT_MGMT_PORT)"
}

# Stops the node by name (`rabbitmqctl -n NODE stop`) and waits for its VM (known from its pid
# file) to exit. Kills the VM only when this script started it and it outlives the timeout.
rabbit_stop() {
  if ! rabbit_installed; then
    log "RabbitMQ is not installed; nothing to stop"
    return 0
  fi
  local pid="" deadline=$((SECONDS + RABBIT_STOP_TIMEOUT))
  pid=$(rabbit_pid) || pid=""
  if [ -z "$pid" ] && ! rabbit_ping; then
    log "RabbitMQ node $RABBIT_NODE is already stopped"
    return 0
  fi
  log "stopping RabbitMQ node $RABBIT_NODE (rabbitmqctl stop)"
  rabbit_cli rabbitmqctl -q stop >&2 || log "rabbitmqctl stop failed or timed out; waiting for the VM anyway"
  # `rabbitmqctl stop` returns before the Erlang VM has exited; a new node with the same
  # name cannot start until it has.
  if [ -n "$pid" ]; then
    while [ -d "/proc/$pid" ] && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.5; done
    if [ -d "/proc/$pid" ]; then
      if [ "$(as_root cat "$RABBIT_STARTED_FILE" 2>/dev/null)" = "$pid" ]; then
        log "RabbitMQ VM $pid (started by this script) still alive after ${RABBIT_STOP_TIMEOUT}s; killing it"
        as_root kill -KILL "$pid" 2>/dev/null || true
        sleep 1
      else
        die "RabbitMQ node $RABBIT_NODE (pid $pid) did not stop within ${RABBIT_STOP_TIMEOUT}s; this script did not start it, so it is left alone"
      fi
    fi
  fi
  until ! rabbit_registered || [ "$SECONDS" -ge "$deadline" ]; do sleep 0.5; done
  as_root rm -f "$RABBIT_STARTED_FILE"
  log "RabbitMQ node $RABBIT_NODE stopped"
}

rabbit_status() {
  if rabbit_ping; then
    echo "rabbitmq: running (node $RABBIT_NODE, amqp://$RABBIT_HOST:$RABBIT_AMQP_PORT, management http://$RABBIT_HOST:$RABBIT_MGMT_PORT)"
  elif ! rabbit_installed; then
    echo "rabbitmq: stopped (not installed)"
    return 3
  elif rabbit_pid >/dev/null || rabbit_registered; then
    echo "rabbitmq: stopped (node $RABBIT_NODE exists but does not answer)"
    return 3
  else
    echo "rabbitmq: stopped (node $RABBIT_NODE)"
    return 3
  fi
}

# ---------------------------------------------------------------------------------------
# Kafka
# ---------------------------------------------------------------------------------------
java_major_version() {
  java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]); exit }'
}

kafka_ensure_java() {
  if ! command -v java >/dev/null 2>&1; then apt_install openjdk-17-jre-headless; fi
  local major
  major=$(java_major_version)
  [ "${major:-0}" -ge 11 ] 2>/dev/null || die "Kafka 3.9 needs Java 11+, found: $(java -version 2>&1 | head -n1)"
}

pom_hash() { sha256sum "$KAFKA_POM" | cut -d' ' -f1; }

# The marker lists the pom's hash and every jar; the folder is complete when all exist.
kafka_libs_complete() {
  [ -f "$KAFKA_LIB_MARKER" ] || return 1
  local first jar
  { IFS= read -r first && [ "$first" = "pom-sha256 $(pom_hash)" ] || return 1
    while IFS= read -r jar; do [ -s "$KAFKA_LIB/$jar" ] || return 1; done; } <"$KAFKA_LIB_MARKER"
}

kafka_ensure_libs() {
  kafka_libs_complete && return 0
  command -v mvn >/dev/null 2>&1 || apt_install maven
  local tmp="$KAFKA_LIB.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$(dirname "$KAFKA_LIB")"
  log "resolving Kafka jars from Maven Central into $KAFKA_LIB (scripts/kafka/pom.xml)"
  # (Debian's Maven prints stray ESC[0m resets even in batch mode; strip them.)
  if ! mvn -q -B -Dstyle.color=never -f "$KAFKA_POM" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp" 2>&1 | sed -u 's/\x1b\[0m//g' >&2; then
    rm -rf "$tmp"
    die "Maven could not resolve the Kafka jars (see the output above)"
  fi
  compgen -G "$tmp/kafka_2.13-*.jar" >/dev/null || { rm -rf "$tmp"; die "no kafka_2.13 jar was resolved"; }
  { echo "pom-sha256 $(pom_hash)"; (cd "$tmp" && ls -1 -- *.jar); } >"$tmp/.complete"
  rm -rf "$KAFKA_LIB"
  mv "$tmp" "$KAFKA_LIB"
  if kafka_pid >/dev/null; then
    log "WARNING: the running broker still uses the previous jars; run 'bash scripts/services.sh restart kafka'"
  fi
  log "Kafka jars: $(cd "$KAFKA_LIB" && ls -1 kafka_2.13-*.jar) (+ $(($(wc -l <"$KAFKA_LIB_MARKER") - 2)) more)"
}

# Writes $2 into file $1 unless it already has exactly that content; true if it changed.
write_if_changed() {
  if [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; then return 1; fi
  printf '%s\n' "$2" >"$1.tmp.$$"
  mv "$1.tmp.$$" "$1"
}

kafka_server_properties() {
  local scram="org.apache.kafka.common.security.scram.ScramLoginModule required;"
  cat <<EOF
# Generated by scripts/services.sh; edits are overwritten on the next 'up'.
# Kafka KRaft combined mode (broker + controller), single node, loopback only.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$KAFKA_HOST:$KAFKA_CTRL_PORT
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,SASL_PLAINTEXT://$KAFKA_HOST:$KAFKA_SASL_PORT,CONTROLLER://$KAFKA_HOST:$KAFKA_CTRL_PORT
advertised.listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,SASL_PLAINTEXT://$KAFKA_HOST:$KAFKA_SASL_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT

# SASL on 9093. PLAIN users come from the JAAS line; the SCRAM credentials for
# $KAFKA_USER were written into the metadata log when the storage was formatted.
sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512
listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$KAFKA_USER" password="$KAFKA_PASSWORD" user_$KAFKA_USER="$KAFKA_PASSWORD";
listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=$scram
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=$scram

log.dirs=$KAFKA_DATA
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
# A deleted topic's files go at once instead of a minute later, when they would be freed in the
# middle of whatever runs next (tests and benchmarks create and delete topics all the time).
log.segment.delete.delay.ms=1000
# message.max.bytes is deliberately left at its default (1048588).
EOF
}

kafka_log4j_properties() {
  cat <<EOF
# Generated by scripts/services.sh: broker log, WARN and above.
log4j.rootLogger=WARN, file
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=$KAFKA_LOGS/server.log
log4j.appender.file.MaxFileSize=10MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
# Plus the "Kafka Server started" line, so the log shows each start.
log4j.logger.kafka.server.KafkaRaftServer=INFO
EOF
}

kafka_tools_log4j_properties() {
  cat <<'EOF'
# Generated by scripts/services.sh: command-line tools log warnings to stderr.
log4j.rootLogger=WARN, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
EOF
}

# Returns 0 when server.properties changed (so a running broker is out of date).
kafka_write_config() {
  mkdir -p "$KAFKA_CONF" "$KAFKA_DATA" "$KAFKA_LOGS"
  write_if_changed "$KAFKA_CONF/log4j.properties" "$(kafka_log4j_properties)" || true
  write_if_changed "$KAFKA_CONF/tools-log4j.properties" "$(kafka_tools_log4j_properties)" || true
  write_if_changed "$KAFKA_SERVER_PROPS" "$(kafka_server_properties)"
}

kafka_tool() {
  java "${KAFKA_TOOL_OPTS[@]}" -cp "$KAFKA_LIB/*" "$@"
}

# Formats the KRaft storage once, with the SCRAM credentials for the test user.
kafka_format_storage() {
  [ -f "$KAFKA_DATA/meta.properties" ] && return 0
  local cluster_id
  cluster_id=$(kafka_tool kafka.tools.StorageTool random-uuid) || die "kafka StorageTool random-uuid failed"
  log "formatting Kafka storage in $KAFKA_DATA (cluster id $cluster_id)"
  kafka_tool kafka.tools.StorageTool format --ignore-formatted \
    -t "$cluster_id" -c "$KAFKA_SERVER_PROPS" \
    --add-scram "SCRAM-SHA-256=[name=$KAFKA_USER,password=$KAFKA_PASSWORD]" \
    --add-scram "SCRAM-SHA-512=[name=$KAFKA_USER,password=$KAFKA_PASSWORD]" >&2 ||
    die "kafka StorageTool format failed"
}

# Our broker: a JVM whose command line ends with "kafka.Kafka <our server.properties>".
is_our_kafka() {
  [[ "$1" =~ ^[0-9]+$ ]] || return 1
  read_cmdline "$1" || return 1
  local n=${#PROC_ARGS[@]}
  [ "$n" -ge 2 ] && [ "${PROC_ARGS[n - 2]}" = kafka.Kafka ] && [ "${PROC_ARGS[n - 1]}" = "$KAFKA_SERVER_PROPS" ]
}

# Prints the broker's pid (pid file first, process table as fallback); false if none.
kafka_pid() {
  local pid=""
  [ -f "$KAFKA_PID_FILE" ] && pid=$(<"$KAFKA_PID_FILE")
  if ! is_our_kafka "$pid"; then
    pid=$(find_pids is_our_kafka)
    pid=${pid%%$'\n'*}
    [ -n "$pid" ] || return 1
    echo "$pid" >"$KAFKA_PID_FILE"
  fi
  echo "$pid"
}

kafka_print_logs() {
  log "Kafka logs: $KAFKA_LOGS/server.log (broker, WARN+) and $KAFKA_LOGS/kafka.out (JVM stdout/stderr); last lines:"
  tail -n 30 "$KAFKA_LOGS/server.log" "$KAFKA_LOGS/kafka.out" >&2 2>/dev/null || true
}

kafka_fail() {
  kafka_print_logs
  die "Kafka: $*"
}

# Starts the broker unless it runs already. Does not wait; sets KAFKA_STARTED_PID.
kafka_start() {
  KAFKA_STARTED_PID=""
  kafka_ensure_java
  kafka_ensure_libs
  local changed=0 pid
  kafka_write_config && changed=1
  if pid=$(kafka_pid); then
    if [ "$changed" -eq 1 ]; then
      log "WARNING: $KAFKA_SERVER_PROPS changed; run 'bash scripts/services.sh restart kafka' to apply it"
    fi
    log "Kafka is already running (pid $pid)"
    return 0
  fi
  rm -f "$KAFKA_PID_FILE" "$KAFKA_READY_FILE"
  if port_open "$KAFKA_HOST" "$KAFKA_PORT" && port_open "$KAFKA_HOST" "$KAFKA_SASL_PORT" &&
    timeout 60 java "${KAFKA_TOOL_OPTS[@]}" -cp "$KAFKA_LIB/*" org.apache.kafka.tools.TopicCommand \
      --bootstrap-server "$KAFKA_HOST:$KAFKA_PORT" --list >/dev/null 2>&1; then
    # Another checkout's broker (same ports, same configuration script): use it rather than fail.
    log "Kafka already answers on $KAFKA_HOST:$KAFKA_PORT and :$KAFKA_SASL_PORT (started from another checkout); using it"
    KAFKA_EXTERNAL=1
    return 0
  fi
  local port
  for port in "$KAFKA_PORT" "$KAFKA_SASL_PORT" "$KAFKA_CTRL_PORT"; do
    if port_open "$KAFKA_HOST" "$port"; then
      die "port $KAFKA_HOST:$port is taken by another process (not this repository's Kafka); stop it first"
    fi
  done
  kafka_format_storage
  log "starting Kafka (log: $KAFKA_LOGS/server.log)"
  {
    echo "===== $(date -u '+%Y-%m-%dT%H:%M:%SZ') starting kafka.Kafka ====="
  } >>"$KAFKA_LOGS/kafka.out"
  spawn_detached "$KAFKA_LOGS/kafka.out" \
    java "${KAFKA_HEAP_OPTS[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
    -Djava.awt.headless=true "-Dlog4j.configuration=file:$KAFKA_CONF/log4j.properties" \
    "-Dkafka.logs.dir=$KAFKA_LOGS" -cp "$KAFKA_LIB/*" kafka.Kafka "$KAFKA_SERVER_PROPS"
  pid=$!
  local i
  for ((i = 0; i < 50; i++)); do
    is_our_kafka "$pid" && break
    sleep 0.1
  done
  if ! is_our_kafka "$pid"; then
    pid=$(find_pids is_our_kafka)
    pid=${pid%%$'\n'*}
  fi
  [ -n "$pid" ] || kafka_fail "the JVM exited right after start"
  echo "$pid" >"$KAFKA_PID_FILE"
  KAFKA_STARTED_PID=$pid
}

# Waits until the listeners accept connections and the broker serves a metadata request.
kafka_wait_ready() {
  [ "${KAFKA_EXTERNAL:-0}" = 1 ] && return 0
  local pid deadline=$((SECONDS + KAFKA_START_TIMEOUT))
  pid=$(kafka_pid) || kafka_fail "the broker is not running"
  if [ -z "${KAFKA_STARTED_PID:-}" ] && [ "$(cat "$KAFKA_READY_FILE" 2>/dev/null)" = "$pid" ] &&
    port_open "$KAFKA_HOST" "$KAFKA_PORT" && port_open "$KAFKA_HOST" "$KAFKA_SASL_PORT"; then
    return 0 # checked when it was started; still listening
  fi
  rm -f "$KAFKA_READY_FILE"
  local port
  for port in "$KAFKA_PORT" "$KAFKA_SASL_PORT"; do
    until port_open "$KAFKA_HOST" "$port"; do
      is_our_kafka "$pid" || kafka_fail "the broker (pid $pid) exited during start-up"
      [ "$SECONDS" -lt "$deadline" ] || kafka_fail "nothing listens on $KAFKA_HOST:$port after ${KAFKA_START_TIMEOUT}s"
      sleep 0.5
    done
  done
  if ! timeout "$(remaining "$deadline")" java "${KAFKA_TOOL_OPTS[@]}" -cp "$KAFKA_LIB/*" \
    org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_HOST:$KAFKA_PORT" --list >/dev/null; then
    kafka_fail "the broker did not answer a metadata request (TopicCommand --list) within ${KAFKA_START_TIMEOUT}s"
  fi
  echo "$pid" >"$KAFKA_READY_FILE"
  log "Kafka is ready (pid $pid; PLAINTEXT $KAFKA_HOST:$KAFKA_PORT, SASL_PLAINTEXT $KAFKA_HOST:$KAFKA_SASL_PORT)"
}

kafka_stop() {
  local pid
  if ! pid=$(kafka_pid); then
    rm -f "$KAFKA_PID_FILE" "$KAFKA_READY_FILE"
    log "Kafka is already stopped"
    return 0
  fi
  log "stopping Kafka (pid $pid)"
  rm -f "$KAFKA_READY_FILE"
  kill -TERM "$pid" 2>/dev/null || die "cannot signal Kafka pid $pid (started by another user?)"
  local deadline=$((SECONDS + KAFKA_STOP_TIMEOUT))
  while is_our_kafka "$pid" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.5; done
  if is_our_kafka "$pid"; then
    log "Kafka did not stop within ${KAFKA_STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while [ -d "/proc/$pid" ] && is_our_kafka "$pid"; do sleep 0.2; done
  fi
  rm -f "$KAFKA_PID_FILE"
  log "Kafka stopped"
}

kafka_status() {
  local pid
  if pid=$(kafka_pid); then
    if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
      echo "kafka: running (pid $pid; $KAFKA_HOST:$KAFKA_PORT PLAINTEXT, $KAFKA_HOST:$KAFKA_SASL_PORT SASL_PLAINTEXT)"
    else
      echo "kafka: starting (pid $pid; not listening yet)"
      return 3
    fi
  else
    echo "kafka: stopped"
    return 3
  fi
}

# ---------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------
wants() { [ "$TARGET" = all ] || [ "$TARGET" = "$1" ]; }

cmd_up() {
  local t0=$SECONDS
  # Start both first, then wait for both: the two boots overlap.
  if wants rabbitmq; then rabbit_start; fi
  if wants kafka; then kafka_start; fi
  if wants rabbitmq; then rabbit_wait_ready; fi
  if wants kafka; then kafka_wait_ready; fi
  log "up ($TARGET) done in $((SECONDS - t0))s"
  if wants rabbitmq; then echo "AMQP_URL=amqp://guest:guest@$RABBIT_HOST:$RABBIT_AMQP_PORT"; fi
  if wants kafka; then
    echo "KAFKA_BROKERS=$KAFKA_HOST:$KAFKA_PORT"
    echo "KAFKA_SASL_BROKERS=$KAFKA_HOST:$KAFKA_SASL_PORT"
  fi
}

cmd_down() {
  if wants kafka; then kafka_stop; fi
  if wants rabbitmq; then rabbit_stop; fi
}

cmd_status() {
  local rc=0
  if wants rabbitmq; then rabbit_status || rc=3; fi
  if wants kafka; then kafka_status || rc=3; fi
  return "$rc"
}

main() {
  [ $# -ge 1 ] && [ $# -le 2 ] || usage
  ACTION=$1
  TARGET=${2:-all}
  case "$TARGET" in rabbitmq | kafka | all) ;; *) usage ;; esac
  case "$ACTION" in
  up) run_locked "$@" && cmd_up ;;
  down) run_locked "$@" && cmd_down ;;
  restart) run_locked "$@" && cmd_down && cmd_up ;;
  status) cmd_status ;;
  -h | --help | help) usage ;;
  *) usage ;;
  esac
}

main "$@"
