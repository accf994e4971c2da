#!/usr/bin/env bash
# Two nodes of the packaged portal (target/renkei-*.jar) against one MariaDB, behind HAProxy with sticky
# sessions by cookie, all on 127.0.0.1. Needs Debian's mariadb-server and haproxy, and curl.
#
#   config/two-nodes/two-nodes.sh start [WORK_DIR]     database, node 1, node 2 (one after the other), HAProxy
#   config/two-nodes/two-nodes.sh stop [WORK_DIR]      everything it started (the data stays in WORK_DIR)
#   config/two-nodes/two-nodes.sh start-node N [WORK_DIR]   (re)start node N
#   config/two-nodes/two-nodes.sh kill-node N [WORK_DIR]    kill -9 node N, as a crash would
#   config/two-nodes/two-nodes.sh start-database [WORK_DIR] the database alone (fault tests start their own portal)
#   config/two-nodes/two-nodes.sh kill-database [WORK_DIR]  kill -9 the database server, as a crash would
#
# Open http://127.0.0.1:8080 (RENKEI_LB_PORT). Nodes listen on 8081 and 8082 (RENKEI_NODE_PORTS), the database
# on 3407 (RENKEI_LOCAL_DB_PORT); WORK_DIR defaults to target/two-nodes. The demo profile (RENKEI_PROFILE)
# gives the demo network and logins; node logs are WORK_DIR/node1.log and node2.log.
set -euo pipefail
cd "$(dirname "$0")/../.."

command=${1:?usage: two-nodes.sh start|stop|start-node N|kill-node N [WORK_DIR]}
shift
if [[ "$command" == *-node ]]; then
    node=${1:?which node: 1 or 2}
    shift
fi
work=$(realpath -m "${1:-target/two-nodes}")
lb_port=${RENKEI_LB_PORT:-8080}
read -r -a node_ports <<<"${RENKEI_NODE_PORTS:-8081 8082}"
db_port=${RENKEI_LOCAL_DB_PORT:-3407}
profile=${RENKEI_PROFILE:-demo}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
owner_password=${RENKEI_DB_OWNER_PASSWORD:-two-nodes-owner}
app_password=${RENKEI_DB_PASSWORD:-two-nodes-app}

exec 3>&2 # the script's own stderr, for messages from checks whose output wait_for silences
fail() {
    echo "two-nodes.sh: $*" >&3
    exit 1
}

# wait_for SECONDS DESCRIPTION COMMAND...: polls COMMAND every half second
wait_for() {
    local seconds=$1 what=$2
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        [ $SECONDS -lt $deadline ] || fail "$what not ready within $seconds s (logs in $work)"
        sleep 0.5
    done
}

root_sql() {
    mariadb --no-defaults --socket="$work/db.sock" -uroot "$@"
}

start_database() {
    mkdir -p "$work"
    if [ ! -d "$work/db/mysql" ]; then
        mariadb-install-db --no-defaults --datadir="$work/db" --user="$(id -un)" --skip-test-db \
            >"$work/db-install.log" 2>&1 || fail "mariadb-install-db failed, see $work/db-install.log"
    fi
    if [ -f "$work/db.pid" ] && kill -0 "$(cat "$work/db.pid")" 2>/dev/null; then
        return
    fi
    mariadbd --no-defaults --datadir="$work/db" --port="$db_port" --bind-address=127.0.0.1 \
        --socket="$work/db.sock" --pid-file="$work/db.pid" --log-error="$work/db.log" --user="$(id -un)" \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00 \
        >/dev/null 2>&1 3>&- &
    wait_for 60 "MariaDB" mariadb-admin --no-defaults --socket="$work/db.sock" -uroot ping
    # The two accounts of config/README.md: the owner migrates, the portal's account is granted table by table
    root_sql -e "CREATE DATABASE IF NOT EXISTS renkei CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'renkei_owner'@'%' IDENTIFIED BY '$owner_password';
        GRANT ALL PRIVILEGES ON renkei.* TO 'renkei_owner'@'%' WITH GRANT OPTION;
        CREATE USER IF NOT EXISTS 'renkei'@'%' IDENTIFIED BY '$app_password';"
}

# node_ready N PORT: its readiness probe answers UP; a node that died on the way fails at once
node_ready() {
    kill -0 "$(cat "$work/node$1.pid")" 2>/dev/null || fail "node $1 exited during start-up, see $work/node$1.log"
    curl -sf "http://127.0.0.1:$2/actuator/health/readiness"
}

start_node() {
    local n=$1 jar port
    jar=${RENKEI_JAR:-$(ls target/renkei-*.jar 2>/dev/null | head -1)}
    [ -f "$jar" ] || fail "no packaged jar: run ./mvnw -DskipTests package first"
    port=${node_ports[$((n - 1))]}
    if [ -f "$work/node$n.pid" ] && kill -0 "$(cat "$work/node$n.pid")" 2>/dev/null; then
        fail "node $n is already running"
    fi
    RENKEI_DB_URL="jdbc:mysql://127.0.0.1:$db_port/renkei?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useSSL=false&allowPublicKeyRetrieval=true" \
    RENKEI_DB_USER=renkei RENKEI_DB_PASSWORD="$app_password" \
        "$java" -Xmx640m -jar "$jar" --spring.profiles.active="$profile" --server.port="$port" \
        --spring.flyway.user=renkei_owner --spring.flyway.password="$owner_password" \
        --logging.level.net.javacrumbs.shedlock=DEBUG >>"$work/node$n.log" 2>&1 3>&- &
    echo $! >"$work/node$n.pid"
    wait_for 300 "node $n" node_ready "$n" "$port"
    echo "node $n: http://127.0.0.1:$port (pid $(cat "$work/node$n.pid"))"
}

start_haproxy() {
    cat >"$work/haproxy.cfg" <<CFG
global
    maxconn 2000

defaults
    mode http
    timeout connect 2s
    # Vaadin's push stays open as a WebSocket
    timeout client 1h
    timeout server 1h
    timeout tunnel 1h
    # A request whose sticky node is down goes to the other one (its user signs in again there)
    option redispatch
    retries 2

frontend portal
    bind 127.0.0.1:$lb_port
    default_backend nodes

backend nodes
    balance roundrobin
    cookie RENKEI_NODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:${node_ports[0]} check cookie node1
    server node2 127.0.0.1:${node_ports[1]} check cookie node2
CFG
    haproxy -c -q -f "$work/haproxy.cfg" || fail "HAProxy rejects $work/haproxy.cfg"
    haproxy -D -f "$work/haproxy.cfg" -p "$work/haproxy.pid" 3>&-
    wait_for 30 "HAProxy" curl -sf "http://127.0.0.1:$lb_port/actuator/health/readiness"
    echo "portal: http://127.0.0.1:$lb_port"
}

stop_pid_file() {
    local file=$1 pid
    [ -f "$file" ] || return 0
    pid=$(cat "$file")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$file"
}

case "$command" in
start)
    start_database
    start_node 1
    start_node 2
    start_haproxy
    ;;
stop)
    stop_pid_file "$work/haproxy.pid"
    stop_pid_file "$work/node1.pid"
    stop_pid_file "$work/node2.pid"
    stop_pid_file "$work/db.pid"
    ;;
start-node)
    start_node "$node"
    ;;
kill-node)
    kill -9 "$(cat "$work/node$node.pid")"
    rm -f "$work/node$node.pid"
    echo "node $node killed"
    ;;
start-database)
    start_database
    echo "database: 127.0.0.1:$db_port (pid $(cat "$work/db.pid"))"
    ;;
kill-database)
    kill -9 "$(cat "$work/db.pid")"
    rm -f "$work/db.pid"
    echo "database killed"
    ;;
*)
    fail "unknown command $command"
    ;;
esac
