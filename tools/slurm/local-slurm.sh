#!/usr/bin/env bash
# A real single-node Slurm cluster on 127.0.0.1 for tests (Debian 12's Slurm 22.05 + MUNGE), started and stopped by PID.
#
#   tools/slurm/local-slurm.sh start STATE_DIR   # prints "SLURM_CONF=STATE_DIR/slurm.conf" when the node is idle
#   tools/slurm/local-slurm.sh stop  STATE_DIR   # stops only the daemons this script started (PIDs in STATE_DIR/pids)
#
# Needs root and the packages slurmctld slurmd slurm-client munge (.ci/install-deps installs them). Everything lives in
# STATE_DIR: munge key and socket, slurm.conf, spool and state folders, logs. Facts that matter (issue 19): the daemons
# listen on 127.0.0.1 only (CommunicationParameters=NoCtldInAddrAny,NoInAddrAny), no cgroups (proctrack/linuxproc,
# task/none), batch_sched_delay=0 (else ≈ 3 s per job), stdin from /dev/null (else the first job is requeued forever
# when there is no terminal), no slurmdbd (so no sacct: read task state from squeue or the task's own result file).
set -euo pipefail

cmd=${1:-}
state=${2:-}
if [ -z "$cmd" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi
state=$(mkdir -p "$state" && cd "$state" && pwd)
pids="$state/pids"

stop() {
    if [ -f "$pids" ]; then
        # reverse order: slurmd, slurmctld, munged
        tac "$pids" | while read -r pid name; do
            if kill -0 "$pid" 2>/dev/null; then
                kill "$pid" 2>/dev/null || true
                for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
                kill -9 "$pid" 2>/dev/null || true
            fi
            echo "stopped $name ($pid)"
        done
        rm -f "$pids"
    fi
}

if [ "$cmd" = stop ]; then
    stop
    exit 0
fi

if [ "$cmd" != start ]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "local-slurm: needs root (slurmd runs jobs as their user and must be able to switch to it)" >&2
    exit 3
fi

for tool in munged slurmctld slurmd sbatch squeue sinfo; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "local-slurm: $tool is missing; install: apt-get install slurmctld slurmd slurm-client munge" >&2
        exit 3
    fi
done

stop # a previous run's daemons, if any
mkdir -p "$state/munge" "$state/spool" "$state/ctld" "$state/log"
chmod 0755 "$state/munge"
if [ ! -f "$state/munge/munge.key" ]; then
    dd if=/dev/urandom of="$state/munge/munge.key" bs=1024 count=1 status=none
fi
chmod 0400 "$state/munge/munge.key"
socket="$state/munge/munge.socket"

ctld_port=${MEDNET_SLURMCTLD_PORT:-6817}
slurmd_port=${MEDNET_SLURMD_PORT:-6818}
cpus=$(nproc)
cat > "$state/slurm.conf" <<CONF
ClusterName=mednet-local
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
CommunicationParameters=NoCtldInAddrAny,NoInAddrAny
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/spool
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/log/slurmctld.log
SlurmdLogFile=$state/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
MpiDefault=none
ReturnToService=2
SlurmdTimeout=30
InactiveLimit=0
KillWait=5
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$state/slurm.conf"

setsid munged --foreground --force --key-file="$state/munge/munge.key" --socket="$socket" \
    --pid-file="$state/munge/munged.pid" --log-file="$state/log/munged.log" --seed-file="$state/munge/munged.seed" \
    </dev/null >"$state/log/munged.out" 2>&1 &
echo "$! munged" >> "$pids"
for _ in $(seq 1 50); do [ -S "$socket" ] && break; sleep 0.1; done
if [ ! -S "$socket" ]; then
    echo "local-slurm: munged did not create $socket; see $state/log/munged.log" >&2
    stop
    exit 4
fi

setsid slurmctld -D -i -f "$SLURM_CONF" </dev/null >"$state/log/slurmctld.out" 2>&1 &
echo "$! slurmctld" >> "$pids"
setsid slurmd -D -f "$SLURM_CONF" -N localhost </dev/null >"$state/log/slurmd.out" 2>&1 &
echo "$! slurmd" >> "$pids"

for _ in $(seq 1 300); do
    node=$(sinfo -h -N -o %T 2>/dev/null | head -n 1 || true)
    if [ "$node" = idle ]; then
        echo "SLURM_CONF=$SLURM_CONF"
        exit 0
    fi
    sleep 0.2
done

echo "local-slurm: the node did not become idle within 60 s (last state: '${node:-none}'); logs in $state/log" >&2
stop
exit 4
