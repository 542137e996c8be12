"""Where the processor time of a bench goes: CPU seconds used by each kind of process over the
measured window, read from /proc (Linux). The site's own processes are the bench's
descendants (gunicorn, its task worker, nginx); the database's are the PostgreSQL backends
serving the bench's database (found by their process title). The shared Redis server is
another engineer's too, so it is not counted."""

import collections
import os
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def _processes():
    """{pid: (parent pid, name, command line, CPU seconds)} of every readable process."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
        except OSError:
            continue  # gone meanwhile
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        seconds = (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime
        found[int(entry.name)] = (int(fields[1]), name, command, seconds)
    return found


def _kind(command, name):
    for word in ("gunicorn", "nginx", "db_worker"):
        if word in command:
            return word
    return name


def snapshot(database):
    """CPU seconds so far by kind: this process ("bench client"), its descendants, and the
    PostgreSQL backends connected to `database`."""
    processes = _processes()
    me = os.getpid()
    children = collections.defaultdict(list)
    for pid, (parent, *_rest) in processes.items():
        children[parent].append(pid)
    totals = collections.Counter({"bench client": processes[me][3]})
    stack = list(children[me])
    while stack:
        pid = stack.pop()
        _parent, name, command, seconds = processes[pid]
        totals[_kind(command, name)] += seconds
        stack.extend(children[pid])
    for _parent, _name, command, seconds in processes.values():
        if command.startswith("postgres:") and f" {database} " in command:
            totals["postgresql (this database)"] += seconds
    return totals


def report(before, after, seconds, accepted):
    """Lines: each kind's share of the cores and its milliseconds per accepted signature."""
    lines = []
    used = {kind: after[kind] - before.get(kind, 0) for kind in after}
    for kind, cpu in sorted(used.items(), key=lambda item: -item[1]):
        if cpu < 0.05:
            continue
        per = f", {cpu * 1000 / accepted:.1f} ms per accepted signature" if accepted else ""
        lines.append(f"  {kind}: {cpu:.1f} CPU s ({cpu / seconds:.2f} cores){per}")
    return lines
