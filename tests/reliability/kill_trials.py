#!/usr/bin/python3
"""Kill -9 trials: nothing acknowledged is lost when the process dies.

Each trial makes a fresh ReviewDesk file, starts reviewdesk-trial-writer on it
(it writes through the real services and prints one line per write after its
commit has returned), kills it with SIGKILL at a random moment, and then checks
the file with the real CLI:

* `reviewdesk-cli check` passes (schema version, integrity, foreign keys);
* every acknowledged write is there whole, with its audit row;
* nothing half-written is: every record has its audit row and every audit row
  its record, and at most one write (the one in flight at the kill) is present
  without having been acknowledged.

    kill_trials.py [--trials N] [--seed S]

Environment: REVIEWDESK_CLI and REVIEWDESK_TRIAL_WRITER name the binaries.
Prints one line per trial and a summary; exit 0 only if every trial passed.
"""

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

CLI = os.environ.get("REVIEWDESK_CLI", "")
WRITER = os.environ.get("REVIEWDESK_TRIAL_WRITER", "")
AS_OF = "2024-11-15"


class TrialFailure(Exception):
    pass


def run_cli(env, db, *args):
    proc = subprocess.run([CLI, "--database", db] + list(args), env=env, capture_output=True,
                          timeout=120)
    if proc.returncode != 0:
        raise TrialFailure("reviewdesk-cli %s failed (exit %d): %s"
                           % (" ".join(args), proc.returncode,
                              proc.stderr.decode("utf-8", "replace").strip()))
    return proc.stdout.decode("utf-8")


def acknowledged(stdout):
    """The writes the writer reported; a last line cut short by the kill is not one."""
    text = stdout.decode("utf-8", "replace")
    lines = text.split("\n")
    return [line.split(" ") for line in lines[:-1]]


def check_trial(env, db, acks):
    if "integrity ok" not in run_cli(env, db, "check"):
        raise TrialFailure("check did not report integrity ok")
    cases = {c["ref"]: c for c in json.loads(run_cli(env, db, "case", "list", "--json",
                                                     "--as-of", AS_OF))}
    actions = {a["id"]: a for a in json.loads(run_cli(env, db, "action", "list", "--json"))}
    agencies = {a["id"]: a for a in json.loads(run_cli(env, db, "agency", "list", "--json"))}
    audit = json.loads(run_cli(env, db, "audit", "--json"))
    events = {}
    for event in audit:
        key = (event["entity"], event["entity_id"], event["operation"])
        if key in events:
            raise TrialFailure("two audit rows for %r" % (key,))
        events[key] = event

    # The case list does not show ids: a case's id is the one its "create" row names.
    case_ids = {e["case"]: e["entity_id"] for e in audit
                if (e["entity"], e["operation"]) == ("case", "create")}
    for ref, stored in cases.items():
        if ref not in case_ids:
            raise TrialFailure("case %s has no audit row for its creation" % ref)
        stored["id"] = case_ids[ref]
    if len(case_ids) != len(cases):
        raise TrialFailure("audit records %d cases created, the register holds %d"
                           % (len(case_ids), len(cases)))

    def need_event(entity, entity_id, operation):
        if (entity, entity_id, operation) not in events:
            raise TrialFailure("no audit row for %s %s %s" % (operation, entity, entity_id))

    acked_cases, acked_edits, acked_actions = set(), set(), set()
    for ack in acks:
        kind = ack[0]
        if kind == "case":
            ref, case_id = ack[1], int(ack[2])
            stored = cases.get(ref)
            if stored is None or stored["id"] != case_id:
                raise TrialFailure("acknowledged case %s (id %d) is missing" % (ref, case_id))
            need_event("case", case_id, "create")
            acked_cases.add(ref)
        elif kind == "edit":
            ref, version, lead = ack[1], int(ack[2]), ack[3]
            stored = cases.get(ref)
            if stored is None or (stored["version"], stored["lead"]) != (version, lead):
                raise TrialFailure("acknowledged edit of %s (version %d, lead %s) is missing: %r"
                                   % (ref, version, lead, stored))
            need_event("case", stored["id"], "update")
            acked_edits.add(ref)
        elif kind == "action":
            action_id, ref, text = int(ack[1]), ack[2], ack[3]
            stored = actions.get(action_id)
            if stored is None or (stored["case"], stored["text"]) != (ref, text):
                raise TrialFailure("acknowledged action %d is missing: %r" % (action_id, stored))
            need_event("action", action_id, "create")
            acked_actions.add(action_id)
        else:
            raise TrialFailure("unexpected line from the writer: %r" % (ack,))

    # Nothing half-written: each record whole with its audit row, and the other way round.
    unacknowledged = 0
    for ref, stored in cases.items():
        need_event("case", stored["id"], "create")
        if ref not in acked_cases:
            unacknowledged += 1
        if stored["lead"]:
            need_event("case", stored["id"], "update")
            if ref not in acked_edits:
                unacknowledged += 1
        elif ("case", stored["id"], "update") in events:
            raise TrialFailure("audit records an edit of %s that is not in the case" % ref)
    for action_id, stored in actions.items():
        need_event("action", action_id, "create")
        if stored["owner"] not in {a["name"] for a in agencies.values()}:
            raise TrialFailure("action %d's owner %s is missing" % (action_id, stored["owner"]))
        if action_id not in acked_actions:
            unacknowledged += 1
    for agency_id in agencies:
        need_event("agency", agency_id, "create")
    records = {("case", c["id"]) for c in cases.values()} | \
              {("action", a) for a in actions} | {("agency", a) for a in agencies}
    for entity, entity_id, _ in events:
        if (entity, entity_id) not in records:
            raise TrialFailure("audit row for %s %d whose record is missing" % (entity, entity_id))
    if unacknowledged > 1:
        raise TrialFailure("%d writes present that were never acknowledged (at most the one in "
                           "flight may be)" % unacknowledged)
    return len(acks), unacknowledged


def trial(number, rng, env, folder):
    db = os.path.join(folder, "trial-%03d.sqlite" % number)
    run_cli(env, db, "init")
    delay = rng.uniform(0.0, 1.5)
    writer = subprocess.Popen([WRITER, db, "T%d" % number], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    time.sleep(delay)
    writer.send_signal(signal.SIGKILL)
    stdout, stderr = writer.communicate(timeout=60)
    if writer.returncode != -signal.SIGKILL:
        raise TrialFailure("the writer ended on its own (exit %d) before the kill: %s"
                           % (writer.returncode, stderr.decode("utf-8", "replace").strip()))
    wal = os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0
    acks, in_flight = check_trial(env, db, acknowledged(stdout))
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    return delay, acks, in_flight, wal


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=None)
    options = parser.parse_args()
    if not CLI or not WRITER:
        print("set REVIEWDESK_CLI and REVIEWDESK_TRIAL_WRITER", file=sys.stderr)
        return 2
    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(1 << 31)
    rng = random.Random(seed)
    print("seed %d (rerun with --seed %d)" % (seed, seed), flush=True)
    env = dict(os.environ)
    env["LC_ALL"] = "C.UTF-8"
    failures = 0
    total_acks = 0
    with tempfile.TemporaryDirectory(prefix="reviewdesk-kill-") as folder:
        env["HOME"] = folder
        for number in range(options.trials):
            try:
                delay, acks, in_flight, wal = trial(number, rng, env, folder)
                total_acks += acks
                print("trial %3d: killed after %.3f s, %d acknowledged writes all present, "
                      "%d in flight, WAL %d bytes" % (number, delay, acks, in_flight, wal),
                      flush=True)
            except (TrialFailure, subprocess.TimeoutExpired) as failure:
                failures += 1
                print("trial %3d: LOST OR DAMAGED: %s" % (number, failure), flush=True)
    print("%d trials, %d failed, %d acknowledged writes checked"
          % (options.trials, failures, total_acks))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
