#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on 127.0.0.1 from Debian's packages (mariadb-server, galera-4, rsync), the
# stand-in here for MySQL InnoDB Cluster: every node takes writes, each commit is certified on all nodes.
#
#   config/galera/galera.sh start [WORK_DIR]        node 1 bootstraps the cluster, nodes 2 and 3 join (SST by rsync)
#   config/galera/galera.sh stop [WORK_DIR]         all nodes (the data stays in WORK_DIR)
#   config/galera/galera.sh kill-node N [WORK_DIR]  kill -9 node N, as a crash would
#   config/galera/galera.sh start-node N [WORK_DIR] (re)start node N: it rejoins and catches up (IST or SST)
#   config/galera/galera.sh size [WORK_DIR]         the cluster size node 1 sees (or the first node that answers)
#
# SQL ports 3511-3513 (RENKEI_GALERA_PORTS), group communication on 4511/4521/4531 with IST on +1 and SST on +2
# (RENKEI_GALERA_GCOMM_PORTS); WORK_DIR defaults to target/galera. The database renkei and the accounts of
# config/README.md are created once the cluster is up (as two-nodes.sh does for one server).
set -euo pipefail
cd "$(dirname "$0")/../.."

command=${1:?usage: galera.sh start|stop|kill-node N|start-node N|size [WORK_DIR]}
shift
if [[ "$command" == *-node ]]; then
    node=${1:?which node: 1, 2 or 3}
    shift
fi
work=$(realpath -m "${1:-target/galera}")
read -r -a sql_ports <<<"${RENKEI_GALERA_PORTS:-3511 3512 3513}"
read -r -a gcomm_ports <<<"${RENKEI_GALERA_GCOMM_PORTS:-4511 4521 4531}"
owner_password=${RENKEI_DB_OWNER_PASSWORD:-galera-owner}
app_password=${RENKEI_DB_PASSWORD:-galera-app}
provider=${RENKEI_GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
# Not as root: the rsync daemon of a state transfer started by root drops to 'nobody' and cannot write the
# joiner's files. Debian's package creates the mysql account.
db_user=$(id -un)
[ "$db_user" = root ] && db_user=mysql

fail() {
    echo "galera.sh: $*" >&2
    exit 1
}

members() {
    local list="" port
    for port in "${gcomm_ports[@]}"; do
        list+="${list:+,}127.0.0.1:$port"
    done
    echo "$list"
}

sql() {
    local n=$1
    shift
    mariadb --no-defaults --socket="$work/node$n.sock" -uroot "$@"
}

# start_node N [--wsrep-new-cluster]: waits until the node has joined and is synced with the cluster
start_node() {
    local n=$1 port=${sql_ports[$(($1 - 1))]} gcomm=${gcomm_ports[$(($1 - 1))]}
    shift
    local data="$work/node$n"
    if [ -f "$data.pid" ] && kill -0 "$(cat "$data.pid")" 2>/dev/null; then
        fail "node $n is already running"
    fi
    if [ ! -d "$data/mysql" ]; then
        mkdir -p "$data"
        chown "$db_user" "$work" "$data"
        mariadb-install-db --no-defaults --datadir="$data" --user="$db_user" --skip-test-db \
            >"$work/node$n-install.log" 2>&1 || fail "mariadb-install-db failed, see $work/node$n-install.log"
    fi
    mariadbd --no-defaults --datadir="$data" --port="$port" --bind-address=127.0.0.1 \
        --socket="$data.sock" --pid-file="$data.pid" --log-error="$work/node$n.log" --user="$db_user" \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00 \
        --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
        --wsrep-on=ON --wsrep-provider="$provider" --wsrep-cluster-name=renkei \
        --wsrep-cluster-address="gcomm://$(members)" --wsrep-node-name="node$n" --wsrep-node-address=127.0.0.1 \
        --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$gcomm;ist.recv_addr=127.0.0.1:$((gcomm + 1))" \
        --wsrep-sst-receive-address="127.0.0.1:$((gcomm + 2))" --wsrep-sst-method=rsync \
        "$@" >/dev/null 2>&1 &
    local deadline=$((SECONDS + 180))
    until [ "$(sql "$n" -N -B -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = Synced ]; do
        [ $SECONDS -lt $deadline ] || fail "node $n not synced within 180 s, see $work/node$n.log"
        sleep 0.5
    done
    echo "node $n: 127.0.0.1:$port synced"
}

kill_node() {
    local pid_file="$work/node$1.pid"
    [ -f "$pid_file" ] || fail "node $1 is not running"
    kill -9 "$(cat "$pid_file")"
    rm -f "$pid_file"
    echo "node $1 killed"
}

stop_node() {
    local pid_file="$work/node$1.pid" pid
    [ -f "$pid_file" ] || return 0
    pid=$(cat "$pid_file")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$pid_file"
}

case "$command" in
start)
    mkdir -p "$work"
    # A cluster whose nodes all stopped restarts from the node that committed last; here always node 1,
    # marked safe to bootstrap (the others stop after it, see stop)
    [ -f "$work/node1/grastate.dat" ] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$work/node1/grastate.dat"
    start_node 1 --wsrep-new-cluster
    start_node 2
    start_node 3
    sql 1 -e "CREATE DATABASE IF NOT EXISTS renkei CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'renkei_owner'@'%' IDENTIFIED BY '$owner_password';
        GRANT ALL PRIVILEGES ON renkei.* TO 'renkei_owner'@'%' WITH GRANT OPTION;
        CREATE USER IF NOT EXISTS 'renkei'@'%' IDENTIFIED BY '$app_password';"
    echo "cluster of $(sql 1 -N -B -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2) nodes"
    ;;
stop)
    stop_node 3
    stop_node 2
    stop_node 1
    ;;
kill-node)
    kill_node "$node"
    ;;
start-node)
    start_node "$node"
    ;;
size)
    for n in 1 2 3; do
        if size=$(sql "$n" -N -B -e "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | cut -f2); then
            echo "$size"
            exit 0
        fi
    done
    fail "no node answers"
    ;;
*)
    fail "unknown command $command"
    ;;
esac
