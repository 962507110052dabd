#!/usr/bin/python3
"""End-to-end tests of reviewdesk-cli.

Runs the real binary (path in the environment variable REVIEWDESK_CLI) in a
fresh temporary directory per test, always with --database, and checks exit
codes, exact output where it is deterministic, and that files it must not
touch stay byte-for-byte (and mtime) unchanged.

Contract: exit 0 success; 1 user error with exactly one line on stderr; 2 bad
usage. Nothing here depends on today's date: every date-dependent command is
given --as-of (or --today for demo).

Expected dates are worked out by hand in the comments, from the statutory
rules the program implements, not taken from the program.
"""

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unittest

CLI = os.environ.get("REVIEWDESK_CLI", "")
SETPRIV = shutil.which("setpriv")
SQLITE3 = shutil.which("sqlite3")

# A fixed, non-current "today" for everything that asks for one.
AS_OF = "2024-11-15"  # a Friday
# A file was once replaced by a copy when two processes created it in the
# same instant (QFile::rename copies over a name taken after its own check).
# It showed about once in 100 rounds, so a run tries a few.
ROUNDS_OF_FIRST_USE = 10

HOLIDAYS_2023 = (
    "2023-01-02\tNew Year\u2019s Day (substitute day)\n"
    "2023-04-07\tGood Friday\n"
    "2023-04-10\tEaster Monday\n"
    "2023-05-01\tEarly May bank holiday\n"
    "2023-05-08\tBank holiday for the coronation of King Charles III\n"
    "2023-05-29\tSpring bank holiday\n"
    "2023-08-28\tSummer bank holiday\n"
    "2023-12-25\tChristmas Day\n"
    "2023-12-26\tBoxing Day\n"
)


def child_env():
    env = dict(os.environ)
    env["USER"] = "e2e-tester"
    env["LC_ALL"] = "C.UTF-8"
    env.pop("LANGUAGE", None)
    return env


class CliTestCase(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        if not CLI:
            self.fail("set REVIEWDESK_CLI to the path of reviewdesk-cli")
        temp = tempfile.TemporaryDirectory(prefix="reviewdesk-e2e-")
        self.addCleanup(temp.cleanup)
        self.dir = temp.name
        self.db = os.path.join(self.dir, "register.sqlite")
        # The CLI's default path (never used: --database is always given) and
        # any Qt state stay inside the test's folder.
        self.env = child_env()
        self.env["HOME"] = self.dir
        self.env["XDG_DATA_HOME"] = os.path.join(self.dir, "xdg-data")

    # ---- running the CLI -------------------------------------------------

    def cli(self, *args, db=None, timeout=30, prefix=()):
        command = list(prefix) + [CLI, "--database", db or self.db] + [str(a) for a in args]
        started = time.monotonic()
        proc = subprocess.run(command, cwd=self.dir, env=self.env, capture_output=True,
                              timeout=timeout)
        proc.elapsed = time.monotonic() - started
        proc.out = proc.stdout.decode("utf-8")
        proc.err = proc.stderr.decode("utf-8")
        # Whatever the outcome, the CLI must never crash (signal = negative code).
        self.assertGreaterEqual(proc.returncode, 0,
                                "crashed: %r\nstderr: %s" % (command, proc.err))
        return proc

    def ok(self, *args, **kwargs):
        proc = self.cli(*args, **kwargs)
        self.assertEqual(proc.returncode, 0,
                         "expected success for %r\nstdout: %s\nstderr: %s"
                         % (args, proc.out, proc.err))
        self.assertEqual(proc.err, "", "unexpected stderr for %r" % (args,))
        return proc.out

    def ok_json(self, *args, **kwargs):
        return json.loads(self.ok(*args, **kwargs))

    def assertOneLine(self, text, context=""):
        self.assertTrue(text.endswith("\n"), "stderr not ended by a newline %s: %r" % (context, text))
        self.assertEqual(text.count("\n"), 1, "stderr is not exactly one line %s: %r" % (context, text))
        self.assertTrue(text.startswith("reviewdesk-cli"), "stderr %s: %r" % (context, text))
        self.assertGreater(len(text.strip()), len("reviewdesk-cli: ") + 5, "stderr %s: %r"
                           % (context, text))

    def user_error(self, *args, **kwargs):
        """Exit 1, nothing on stdout, exactly one line on stderr; returns that line."""
        proc = self.cli(*args, **kwargs)
        self.assertEqual(proc.returncode, 1,
                         "expected exit 1 for %r\nstdout: %s\nstderr: %s"
                         % (args, proc.out, proc.err))
        self.assertEqual(proc.out, "", "stdout for %r" % (args,))
        self.assertOneLine(proc.err, "for %r" % (args,))
        return proc.err

    def usage_error(self, *args, **kwargs):
        proc = self.cli(*args, **kwargs)
        self.assertEqual(proc.returncode, 2,
                         "expected exit 2 for %r\nstdout: %s\nstderr: %s"
                         % (args, proc.out, proc.err))
        self.assertEqual(proc.out, "", "stdout for %r" % (args,))
        self.assertNotEqual(proc.err.strip(), "")
        return proc.err

    # ---- helpers -----------------------------------------------------------

    def add_case(self, ref, aware, harm="death", *extra, db=None):
        self.assertEqual(self.ok("case", "add", ref, "--aware", aware, "--harm", harm, *extra,
                                 db=db), ref + "\n")

    def audit_count(self, *extra, db=None):
        return len(self.ok_json("audit", "--json", *extra, db=db))

    def snapshot(self, db=None):
        """What a failed command must leave as it was."""
        return (self.ok_json("case", "list", "--json", "--as-of", AS_OF, db=db),
                self.ok_json("action", "list", "--json", db=db),
                self.ok_json("audit", "--json", db=db))

    def file_state(self, path):
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            return (st.st_mtime_ns, sorted(os.listdir(path)))
        with open(path, "rb") as handle:
            return (st.st_mtime_ns, handle.read())

    def real_database(self, path, cases=2):
        """A small genuine ReviewDesk file at `path`."""
        self.ok("init", db=path)
        for i in range(cases):
            self.add_case("REAL-%d" % i, "2024-03-0%d" % (i + 1), db=path)
        # Everything is in the main file once the last connection closes.
        self.assertFalse(os.path.exists(path + "-wal"), "WAL left behind after the CLI exited")
        return path


# ---------------------------------------------------------------------------


class CalendarTests(CliTestCase):
    def test_holidays_2023_exact(self):
        self.assertEqual(self.ok("calendar", "holidays", "2023"), HOLIDAYS_2023)
        self.assertFalse(os.path.exists(self.db), "a pure calculation created the database")

    def test_add_working_days_over_christmas(self):
        # Wed 20 Dec 2023 + 15: Dec 21,22,27,28,29 (25/26 Dec holidays), Jan 2,3,4,5
        # (1 Jan holiday), 8..12, 15 -> Mon 15 Jan 2024.
        self.assertEqual(self.ok("calendar", "add", "2023-12-20", "15"), "2024-01-15\n")

    def test_add_negative_and_zero(self):
        # Back from Mon 15 Jan 2024, P excluded: 12,11,10,9,8,5,4,3,2, Dec 29,28,27,22,21,20.
        self.assertEqual(self.ok("calendar", "add", "2024-01-15", "-15"), "2023-12-20\n")
        self.assertEqual(self.ok("calendar", "add", "2023-12-20", "0"), "2023-12-20\n")
        # Day 0 is the date itself even when it is not a working day (Sat 23 Dec).
        self.assertEqual(self.ok("calendar", "add", "2023-12-23", "0"), "2023-12-23\n")
        # From a non-working day, day 1 is the first working day after it.
        self.assertEqual(self.ok("calendar", "add", "2023-12-23", "1"), "2023-12-27\n")
        self.assertEqual(self.ok("calendar", "add", "2023-12-25", "-1"), "2023-12-22\n")
        # Coronation Mon 8 May 2023: Fri 5 May + 1 -> Tue 9 May.
        self.assertEqual(self.ok("calendar", "add", "2023-05-05", "1"), "2023-05-09\n")

    def test_months_clamped(self):
        self.assertEqual(self.ok("calendar", "months", "2024-08-31", "6"), "2025-02-28\n")
        self.assertEqual(self.ok("calendar", "months", "2024-01-31", "1"), "2024-02-29\n")
        self.assertEqual(self.ok("calendar", "months", "2024-03-31", "-1"), "2024-02-29\n")
        self.assertEqual(self.ok("calendar", "months", "2024-05-15", "0"), "2024-05-15\n")

    def test_closure_moves_result_by_one_working_day(self):
        self.assertEqual(self.ok("calendar", "closure", "add", "2024-01-02", "Council closure"),
                         "2024-01-02\tCouncil closure\n")
        self.assertEqual(self.ok("calendar", "add", "2023-12-20", "15"), "2024-01-16\n")
        self.assertEqual(self.ok("calendar", "add", "2024-01-16", "-15"), "2023-12-20\n")
        # A deadline is moved too: aware 20 Dec 2023, rapid review 15 working days.
        self.add_case("CL-1", "2023-12-20")
        rows = self.ok_json("deadlines", "--as-of", "2023-12-21", "--json")
        due = {row["kind"]: row["due"] for row in rows}
        # Notification: Dec 21,22,27,28,29 -> 29 Dec (closure is later, no change).
        self.assertEqual(due, {"notification": "2023-12-29", "rapid-review": "2024-01-16"})
        # The same day twice, a bank holiday, or no name: refused, nothing changed.
        self.assertIn("already", self.user_error("calendar", "closure", "add", "2024-01-02", "Again"))
        self.assertIn("already", self.user_error("calendar", "closure", "add", "2023-12-25", "X"))
        self.user_error("calendar", "closure", "add", "2024-01-03", "  ")
        self.assertEqual(self.ok("calendar", "add", "2023-12-20", "15"), "2024-01-16\n")
        # Another database is not affected.
        other = os.path.join(self.dir, "other.sqlite")
        self.ok("init", db=other)
        self.assertEqual(self.ok("calendar", "add", "2023-12-20", "15", db=other), "2024-01-15\n")

    def test_calendar_user_errors(self):
        self.user_error("calendar", "add", "2023-02-30", "1")
        self.user_error("calendar", "add", "2023-2-3", "1")
        self.user_error("calendar", "add", "2023-12-20", "x")
        self.user_error("calendar", "months", "2023-13-01", "1")
        self.user_error("calendar", "holidays", "nineteen")
        self.assertFalse(os.path.exists(self.db))


class LifecycleTests(CliTestCase):
    """One case from awareness to actions, with every deadline computed by hand."""

    def build(self):
        self.ok("init")
        self.add_case("LC-1", "2024-03-01", "death", "--incident", "2024-02-20",
                      "--child", "AB", "--themes", "Neglect,online harm")
        # Notification due: 5 working days after Fri 1 Mar 2024 -> Fri 8 Mar. Done 6 Mar: met.
        self.assertEqual(self.ok("case", "notify", "LC-1", "--date", "2024-03-06",
                                 "--panel-ref", "NP-123"),
                         "LC-1 notified 2024-03-06\n")
        # Rapid review due: 15 working days -> Fri 22 Mar. Completed Tue 26 Mar and sent
        # Wed 27 Mar: late by 3 (a rapid review is done when complete and sent).
        self.assertEqual(self.ok("rapid-review", "LC-1", "--started", "2024-03-04",
                                 "--completed", "2024-03-26", "--sent", "2024-03-27",
                                 "--decision", "lcspr", "--rationale", "learning for agencies"),
                         "LC-1 rapid review saved (completed 2024-03-26)\n")
        # LCSPR decided Thu 28 Mar 2024: six months -> Sat 28 Sep 2024.
        self.assertEqual(self.ok("lcspr", "LC-1", "--decided", "2024-03-28",
                                 "--reviewer", "J Reviewer"),
                         "LC-1 lcspr saved (decided 2024-03-28)\n")
        # Extended to Fri 29 Nov 2024.
        self.assertEqual(self.ok("extend", "LC-1", "--to", "2024-11-29",
                                 "--reason", "family engagement delayed"),
                         "LC-1 LCSPR publication due 2024-11-29\n")
        first = self.ok("action", "add", "LC-1", "--text", "Train staff on escalation",
                        "--owner", "Police", "--due", "2024-06-28")
        second = self.ok("action", "add", "LC-1", "--text", "Audit referrals",
                         "--owner", "police", "--due", "2024-12-31")
        self.first = int(first.splitlines()[-1])
        self.second = int(second.splitlines()[-1])
        self.assertNotEqual(self.first, self.second)
        # Completed Fri 5 Jul, due Fri 28 Jun: late.
        self.assertEqual(self.ok("action", "complete", str(self.first), "--date", "2024-07-05"),
                         "action %d complete on 2024-07-05\n" % self.first)

    def test_deadlines_exact(self):
        self.build()
        # A second case, never notified: everything overdue by 15 Nov 2024.
        # Aware Tue 1 Oct 2024: notification Oct 2,3,4,7,8 -> Tue 8 Oct;
        # rapid review Oct 2..4 (3), 7..11 (8), 14..18 (13), 21, 22 -> Tue 22 Oct.
        self.add_case("LC-2", "2024-10-01", "serious-harm")
        rows = self.ok_json("deadlines", "--as-of", AS_OF, "--json")
        got = [{key: row.get(key) for key in ("case", "kind", "due", "done", "status", "action")}
               for row in rows]
        a1, a2 = self.first, self.second
        expected = [
            # Due 8 Mar, done 6 Mar.
            {"case": "LC-1", "kind": "notification", "due": "2024-03-08", "done": "2024-03-06",
             "status": "met", "action": None},
            # Due 22 Mar, sent 27 Mar.
            {"case": "LC-1", "kind": "rapid-review", "due": "2024-03-22", "done": "2024-03-27",
             "status": "late", "action": None},
            {"case": "LC-1", "kind": "action", "due": "2024-06-28", "done": "2024-07-05",
             "status": "late", "action": a1},
            {"case": "LC-2", "kind": "notification", "due": "2024-10-08", "done": None,
             "status": "overdue", "action": None},
            {"case": "LC-2", "kind": "rapid-review", "due": "2024-10-22", "done": None,
             "status": "overdue", "action": None},
            # 7 working days before the (extended) publication date Fri 29 Nov:
            # 28, 27, 26, 25, 22, 21, 20 -> Wed 20 Nov; 3 working days after 15 Nov
            # (18, 19, 20) is within the default 3-day warning window.
            {"case": "LC-1", "kind": "national-panel-submission", "due": "2024-11-20",
             "done": None, "status": "due-soon", "action": None},
            # Extended from 28 Sep to 29 Nov; 10 working days away.
            {"case": "LC-1", "kind": "lcspr-publication", "due": "2024-11-29", "done": None,
             "status": "due", "action": None},
            {"case": "LC-1", "kind": "action", "due": "2024-12-31", "done": None,
             "status": "due", "action": a2},
        ]
        self.assertEqual(got, expected)
        publication = [r for r in rows if r["kind"] == "lcspr-publication"][0]
        self.assertTrue(publication["extended"])
        self.assertEqual(publication["working_days"], 10)
        rapid = [r for r in rows if r["kind"] == "rapid-review" and r["case"] == "LC-1"][0]
        self.assertEqual(rapid["working_days"], 3)  # 25, 26 and 27 Mar
        self.assertNotIn("action", [k for r in rows if r["kind"] != "action" for k in r])

    def test_deadlines_as_of_earlier_date_ignores_later_events(self):
        self.build()
        # On 7 Mar the notification (6 Mar) is done, the rapid review is not:
        # 22 Mar is 11 working days away (8, 11..15, 18..22).
        rows = self.ok_json("deadlines", "--as-of", "2024-03-07", "--json")
        got = [(r["kind"], r["due"], r["done"], r["status"], r["working_days"]) for r in rows
               if r["kind"] != "action"]
        self.assertEqual(got, [("notification", "2024-03-08", "2024-03-06", "met", 0),
                               ("rapid-review", "2024-03-22", None, "due", 11)])
        # Actions carry no creation date, so they are listed; the completion on
        # 5 Jul has not happened yet on 7 Mar.
        self.assertEqual([(r["action"], r["done"], r["status"]) for r in rows
                          if r["kind"] == "action"],
                         [(self.first, None, "due"), (self.second, None, "due")])
        # On 20 Mar: 2 working days left (21, 22) -> due-soon.
        rows = self.ok_json("deadlines", "--as-of", "2024-03-20", "--json")
        self.assertEqual([(r["kind"], r["status"]) for r in rows if r["kind"] != "action"],
                         [("notification", "met"), ("rapid-review", "due-soon")])
        # On 5 Jul the first action is late, on 28 Jun it was not yet done.
        rows = self.ok_json("deadlines", "--as-of", "2024-07-05", "--json")
        self.assertEqual([(r["done"], r["status"]) for r in rows if r.get("action") == self.first],
                         [("2024-07-05", "late")])
        rows = self.ok_json("deadlines", "--as-of", "2024-06-28", "--json")
        self.assertEqual([(r["done"], r["status"]) for r in rows if r.get("action") == self.first],
                         [(None, "due-soon")])

    def test_extension_counts_from_the_day_it_was_agreed(self):
        self.ok("init")
        self.add_case("EX-1", "2024-03-01")
        self.ok("rapid-review", "EX-1", "--completed", "2024-03-15", "--decision", "lcspr")
        self.ok("lcspr", "EX-1", "--decided", "2024-03-28")
        self.ok("extend", "EX-1", "--to", "2024-10-31", "--reason", "delay",
                "--agreed-by", "Chair", "--agreed-on", "2024-09-20")

        def publication(as_of):
            rows = self.ok_json("deadlines", "--as-of", as_of, "--json")
            row = [r for r in rows if r["kind"] == "lcspr-publication"][0]
            return row["due"], row["extended"], row["status"]

        # 28 Mar + 6 months = Sat 28 Sep; before the extension was agreed it still counts.
        self.assertEqual(publication("2024-09-10"), ("2024-09-28", False, "due"))
        self.assertEqual(publication("2024-09-20"), ("2024-10-31", True, "due"))
        self.assertEqual(publication("2024-11-01"), ("2024-10-31", True, "overdue"))

    def test_one_agency_for_police_and_police(self):
        self.build()
        actions = self.ok_json("action", "list", "--json")
        self.assertEqual([(a["id"], a["owner"], a["case"], a["status"]) for a in actions],
                         [(self.first, "Police", "LC-1", "complete"),
                          (self.second, "Police", "LC-1", "open")])
        audit = self.ok_json("audit", "--json")
        agencies = [e for e in audit if e["entity"] == "agency"]
        self.assertEqual(len(agencies), 1)

    def test_case_list_and_show_json(self):
        self.build()
        rows = self.ok_json("case", "list", "--json", "--as-of", AS_OF)
        self.assertEqual(len(rows), 1)
        row = rows[0]
        self.assertEqual(row["ref"], "LC-1")
        self.assertEqual(row["aware"], "2024-03-01")
        self.assertEqual(row["notified"], "2024-03-06")
        self.assertEqual(row["harm"], "death")
        self.assertEqual(row["child"], "AB")
        self.assertEqual(row["themes"], ["neglect", "online-harm"])  # typed "online harm"
        # add=1, notify=2.
        self.assertEqual(row["version"], 2)
        self.assertEqual(row["next_deadline"]["kind"], "national-panel-submission")
        self.assertEqual(row["next_deadline"]["due"], "2024-11-20")

        shown = self.ok_json("case", "show", "LC-1", "--json", "--as-of", AS_OF)
        self.assertEqual(shown["ref"], "LC-1")
        self.assertEqual(shown["version"], 2)
        self.assertEqual(shown["incident"], "2024-02-20")
        self.assertEqual(shown["notified"], "2024-03-06")
        self.assertEqual(shown["panel_ref"], "NP-123")
        self.assertEqual(shown["rules"], "england-wt2023")
        self.assertEqual(shown["rapid_review"]["decision"], "lcspr")
        self.assertEqual(shown["rapid_review"]["completed"], "2024-03-26")
        self.assertEqual(shown["practice_review"]["decided"], "2024-03-28")
        self.assertEqual(shown["practice_review"]["reviewer"], "J Reviewer")
        self.assertEqual([(e["to"], e["reason"]) for e in shown["extensions"]],
                         [("2024-11-29", "family engagement delayed")])
        self.assertEqual([a["id"] for a in shown["actions"]], [self.first, self.second])
        self.assertEqual(len(shown["deadlines"]), 6)

    def test_audit_one_entry_per_change(self):
        self.build()
        audit = self.ok_json("audit", "--json")
        # case add, notify, rapid review, LCSPR, extension, agency "Police",
        # action 1, action 2, completion of action 1.
        self.assertEqual([(e["entity"], e["operation"]) for e in audit],
                         [("case", "create"), ("case", "update"), ("rapid-review", "create"),
                          ("practice-review", "create"), ("extension", "create"),
                          ("agency", "create"), ("action", "create"), ("action", "create"),
                          ("action", "update")])
        self.assertTrue(all(e["actor"] == "e2e-tester" for e in audit))
        for_case = self.ok_json("audit", "--case", "LC-1", "--json")
        self.assertEqual(len(for_case), 8)  # all but the agency
        self.assertTrue(all(e["case"] == "LC-1" for e in for_case))
        # The reference matches ignoring letter case, as everywhere else.
        self.assertEqual(len(self.ok_json("audit", "--case", "lc-1", "--json")), 8)
        # Plain text: one line per event.
        self.assertEqual(len(self.ok("audit", "--case", "LC-1").splitlines()), 8)
        self.user_error("audit", "--case", "NOPE-1")

    def test_edit_if_version(self):
        self.build()
        count = self.audit_count()
        self.assertEqual(self.ok("case", "edit", "LC-1", "--lead", "A Lead", "--if-version", "2"),
                         "LC-1 saved (version 3)\n")
        self.assertEqual(self.audit_count(), count + 1)
        before = self.snapshot()
        self.assertIn("changed by someone else",
                      self.user_error("case", "edit", "LC-1", "--lead", "Someone Else",
                                      "--if-version", "2"))
        self.assertEqual(self.snapshot(), before)
        shown = self.ok_json("case", "show", "LC-1", "--json", "--as-of", AS_OF)
        self.assertEqual((shown["version"], shown["lead"]), (3, "A Lead"))
        self.assertEqual(self.audit_count(), count + 1)


class StatsTests(CliTestCase):
    """stats: the cohort is the cases aware in the period, counted as of --as-of."""

    def build(self):
        self.ok("init")
        # One day before --from (Sun 31 Mar 2024): outside, though notified on time.
        self.add_case("ST-0", "2024-03-31", "death", "--themes", "neglect")
        self.ok("case", "notify", "ST-0", "--date", "2024-04-02")
        # On --from: Easter Monday 1 Apr 2024. Notification due +5 WD: Apr 2,3,4,5,8 ->
        # Mon 8 Apr, done that day: met. Rapid review due +15 WD -> Mon 22 Apr; done
        # Fri 19 Apr: met, 14 working days.
        self.add_case("ST-1", "2024-04-01", "death", "--themes", "Neglect")
        self.ok("case", "notify", "ST-1", "--date", "2024-04-08")
        self.ok("rapid-review", "ST-1", "--completed", "2024-04-19", "--sent", "2024-04-19",
                "--decision", "lcspr")
        # LCSPR decided Fri 31 May 2024: six months -> 30 Nov 2024 (clamped); extended
        # to 31 Jan 2025 on 1 Nov 2024; published 10 Jan 2025: on time after extension.
        self.ok("lcspr", "ST-1", "--decided", "2024-05-31", "--published", "2025-01-10")
        self.ok("extend", "ST-1", "--to", "2025-01-31", "--reason", "trial",
                "--agreed-on", "2024-11-01")
        done = int(self.ok("action", "add", "ST-1", "--text", "Train", "--owner", "Police",
                           "--due", "2024-09-30").splitlines()[-1])
        self.ok("action", "complete", str(done), "--date", "2024-09-20")
        self.ok("action", "add", "ST-1", "--text", "Audit", "--owner", "Health",
                "--due", "2024-10-31")
        # Mon 20 May 2024: notification due 21,22,23,24, (27 May holiday) 28 -> Tue 28 May;
        # done 29 May: late. Rapid review due Tue 11 Jun; done Fri 14 Jun: late, 18 WD
        # (May 21-24, 28-31, Jun 3-7, 10-14).
        self.add_case("ST-2", "2024-05-20", "serious-harm", "--themes", "neglect,online harm")
        self.ok("case", "notify", "ST-2", "--date", "2024-05-29")
        self.ok("rapid-review", "ST-2", "--completed", "2024-06-14", "--sent", "2024-06-14",
                "--decision", "lcspr")
        # LCSPR decided Thu 20 Jun 2024 -> due 20 Dec 2024; open on 3 Mar 2025: overdue.
        self.ok("lcspr", "ST-2", "--decided", "2024-06-20")
        self.ok("action", "add", "ST-2", "--text", "Review", "--owner", "police",
                "--due", "2025-06-30")
        # On --to (Sun 30 Jun 2024): notified 10 Mar 2025, after the as-of date.
        self.add_case("ST-3", "2024-06-30", "death")
        self.ok("case", "notify", "ST-3", "--date", "2025-03-10")
        # One day after --to: outside.
        self.add_case("ST-4", "2024-07-01", "death", "--themes", "neglect")
        self.ok("case", "notify", "ST-4", "--date", "2024-07-02")

    def test_stats_json_exact(self):
        self.build()
        got = self.ok_json("stats", "--from", "2024-04-01", "--to", "2024-06-30",
                           "--as-of", "2025-03-03", "--json")
        expected = {
            # ST-1, ST-2, ST-3.
            "cases": 3,
            # ST-3's notification (10 Mar 2025) has not happened on 3 Mar 2025.
            "notifications": {"total": 2, "on_time": 1},
            # 14 and 18 working days: median 16.
            "rapid_reviews": {"completed": 2, "on_time": 1, "median_working_days": 16},
            "lcsprs": {"decided": 2, "published": 1, "published_on_time": 1, "open": 1},
            # Health (due 31 Oct 2024) is overdue; ST-2's action is due 30 Jun 2025.
            "actions": {"total": 3, "complete": 1, "overdue": 1},
            "by_quarter": [{"quarter": "2024-Q2",
                            "notifications": {"total": 2, "on_time": 1},
                            "rapid_reviews": {"completed": 2, "on_time": 1}}],
            "by_stage": {"published": 1, "lcspr": 1, "notification": 1},
            "by_theme": {"neglect": 2, "online-harm": 1},
            "actions_by_status": {"complete": 1, "open": 2},
            "overdue_actions_by_agency": {"Health": 1},
            "lcspr_durations": [
                # 31 May 2024 -> 10 Jan 2025 = 224 days; -> 30 Nov 2024 = 183.
                {"case": "ST-1", "decided": "2024-05-31", "end": "2025-01-10",
                 "due": "2025-01-31", "published": True, "on_time": True, "days": 224,
                 "target_days": 183},
                # 20 Jun 2024 -> 3 Mar 2025 = 256 days; -> 20 Dec 2024 = 183.
                {"case": "ST-2", "decided": "2024-06-20", "end": "2025-03-03",
                 "due": "2024-12-20", "published": False, "on_time": False, "days": 256,
                 "target_days": 183},
            ],
        }
        self.assertEqual(got, expected)
        # A read: nothing audited by it.
        count = self.audit_count()
        self.ok("stats", "--from", "2024-04-01", "--to", "2024-06-30", "--as-of", "2025-03-03")
        self.assertEqual(self.audit_count(), count)

    def test_stats_as_of_moves_events(self):
        self.build()
        # On 31 Oct 2024 the LCSPR of ST-1 is not published, and its extension (agreed
        # 1 Nov) does not count yet: due 30 Nov. ST-3 is still not notified.
        got = self.ok_json("stats", "--from", "2024-04-01", "--to", "2024-06-30",
                           "--as-of", "2024-10-31", "--json")
        self.assertEqual(got["lcsprs"], {"decided": 2, "published": 0, "published_on_time": 0,
                                         "open": 2})
        self.assertEqual([(r["case"], r["due"], r["end"], r["days"])
                          for r in got["lcspr_durations"]],
                         [("ST-1", "2024-11-30", "2024-10-31", 153),
                          ("ST-2", "2024-12-20", "2024-10-31", 133)])
        # Due 31 Oct itself is not overdue on 31 Oct.
        self.assertEqual(got["actions"], {"total": 3, "complete": 1, "overdue": 0})
        self.assertEqual(got["by_stage"], {"lcspr": 2, "notification": 1})
        # By 31 Mar 2025 ST-3's notification (late: due Fri 5 Jul 2024) counts.
        got = self.ok_json("stats", "--from", "2024-04-01", "--to", "2024-06-30",
                           "--as-of", "2025-03-31", "--json")
        self.assertEqual(got["notifications"], {"total": 3, "on_time": 1})
        self.assertEqual(got["by_stage"], {"published": 1, "lcspr": 1, "rapid-review": 1})
        # With no period, ST-0 and ST-4 (both notified on time) join the cohort.
        got = self.ok_json("stats", "--as-of", "2025-03-31", "--json")
        self.assertEqual(got["cases"], 5)
        self.assertEqual(got["notifications"], {"total": 5, "on_time": 3})
        self.assertEqual([q["quarter"] for q in got["by_quarter"]],
                         ["2024-Q1", "2024-Q2", "2024-Q3"])

    def test_stats_period_ends_before_it_starts(self):
        self.build()
        line = self.user_error("stats", "--from", "2024-05-01", "--to", "2024-04-01", "--json")
        self.assertIn("2024-04-01", line)
        self.assertIn("2024-05-01", line)

    def test_stats_bad_dates(self):
        self.build()
        for option in ("--from", "--to", "--as-of"):
            for bad in ("2024-5-01", "2024-02-30", "01/05/2024", "yesterday"):
                line = self.user_error("stats", option, bad, "--json")
                self.assertIn(bad, line)


class UserErrorTests(CliTestCase):
    """Exit 1, one line on stderr, and the database exactly as it was."""

    # The register every test starts from, made once through the CLI and
    # copied for each test: making it is six CLI runs, slow under ASan.
    fixture = None

    def setUp(self):
        super().setUp()
        cls = type(self)
        if cls.fixture is None:
            self.ok("init")
            self.add_case("UE-1", "2024-03-01", "death", "--incident", "2024-02-20")
            self.ok("rapid-review", "UE-1", "--started", "2024-03-04", "--completed",
                    "2024-03-20", "--decision", "lcspr")
            self.ok("lcspr", "UE-1", "--decided", "2024-03-28")
            action = int(self.ok("action", "add", "UE-1", "--text", "t", "--owner", "Health",
                                 "--due", "2024-06-28").splitlines()[-1])
            self.ok("action", "complete", str(action), "--date", "2024-06-20")
            self.assertFalse(os.path.exists(self.db + "-wal"), "the CLI left a WAL behind")
            with open(self.db, "rb") as handle:
                cls.fixture = (handle.read(), action)
        content, self.action = cls.fixture
        if not os.path.exists(self.db):
            with open(self.db, "wb") as handle:
                handle.write(content)

    def rejected(self, *args, contains=None):
        # Byte for byte and to the nanosecond: stricter than comparing what
        # the CLI reads back, and one CLI run per rejection instead of seven.
        # The WAL check: a closed file's changes are all in the file itself.
        before = self.file_state(self.db)
        line = self.user_error(*args)
        if contains:
            self.assertIn(contains, line)
        self.assertEqual(self.file_state(self.db), before, "database changed by %r" % (args,))
        self.assertFalse(os.path.exists(self.db + "-wal"), "WAL left by %r" % (args,))
        return line

    def test_impossible_date(self):
        self.rejected("case", "add", "UE-2", "--aware", "2023-02-30", "--harm", "death",
                      contains="2023-02-30")
        self.rejected("case", "notify", "UE-1", "--date", "2024-02-30")
        self.rejected("deadlines", "--as-of", "2024-02-30", "--json")

    def test_malformed_date(self):
        self.rejected("case", "add", "UE-2", "--aware", "2023-2-3", "--harm", "death",
                      contains="2023-2-3")
        # (Surrounding blanks are trimmed on purpose, so " 2023-02-03" is accepted.)
        for bad in ("2023-02-03x", "03/02/2023", "20230203", "2023-02-3", "２０２３-02-03", ""):
            self.rejected("case", "add", "UE-2", "--aware", bad, "--harm", "death")

    def test_duplicate_reference(self):
        self.rejected("case", "add", "UE-1", "--aware", "2024-03-01", "--harm", "death",
                      contains="already exists")
        self.rejected("case", "add", "ue-1", "--aware", "2024-03-01", "--harm", "death",
                      contains="already exists")
        self.rejected("case", "add", " UE-1 ", "--aware", "2024-03-01", "--harm", "death")

    def test_unknown_case(self):
        for args in (("case", "show", "NOPE"), ("case", "notify", "NOPE", "--date", "2024-03-02"),
                     ("case", "edit", "NOPE", "--lead", "x"), ("rapid-review", "NOPE"),
                     ("lcspr", "NOPE", "--decided", "2024-03-02"),
                     ("extend", "NOPE", "--to", "2025-01-01", "--reason", "r"),
                     ("action", "add", "NOPE", "--text", "t", "--owner", "o", "--due", "2024-05-01"),
                     ("audit", "--case", "NOPE")):
            self.rejected(*args, contains="NOPE")

    def test_unknown_harm(self):
        self.rejected("case", "add", "UE-2", "--aware", "2024-03-01", "--harm", "injury",
                      contains="injury")
        self.rejected("case", "edit", "UE-1", "--harm", "Death")

    def test_events_before_incident_or_aware(self):
        # Aware before the incident.
        self.rejected("case", "add", "UE-2", "--aware", "2024-02-01", "--harm", "death",
                      "--incident", "2024-02-02")
        self.rejected("case", "edit", "UE-1", "--incident", "2024-03-02")
        # Notified before aware.
        self.rejected("case", "notify", "UE-1", "--date", "2024-02-29")
        # Rapid review before aware.
        self.rejected("rapid-review", "UE-1", "--started", "2024-02-29")
        # LCSPR decided before aware.
        self.rejected("lcspr", "UE-1", "--decided", "2024-02-29")
        # LCSPR published before it was decided.
        self.rejected("lcspr", "UE-1", "--published", "2024-03-27")
        # Action due before aware.
        self.rejected("action", "add", "UE-1", "--text", "t", "--owner", "o", "--due", "2024-02-29")
        # Aware moved after recorded reviews.
        self.rejected("case", "edit", "UE-1", "--aware", "2024-03-29")

    def test_rapid_review_completed_before_started(self):
        self.rejected("rapid-review", "UE-1", "--completed", "2024-03-03")
        self.rejected("rapid-review", "UE-1", "--started", "2024-03-21")

    def test_extension_not_later_than_due(self):
        # Decided 28 Mar 2024 -> due 28 Sep 2024.
        self.rejected("extend", "UE-1", "--to", "2024-09-28", "--reason", "r", contains="2024-09-28")
        self.rejected("extend", "UE-1", "--to", "2024-09-01", "--reason", "r")
        self.rejected("extend", "UE-1", "--to", "2024-10-31", "--reason", "  ")
        self.ok("extend", "UE-1", "--to", "2024-10-31", "--reason", "r")
        self.rejected("extend", "UE-1", "--to", "2024-10-31", "--reason", "again",
                      contains="2024-10-31")

    def test_complete_action_twice(self):
        self.rejected("action", "complete", str(self.action), "--date", "2024-06-21",
                      contains="already complete")

    def test_unknown_action(self):
        self.rejected("action", "complete", "9999", "--date", "2024-06-21", contains="9999")
        self.rejected("action", "complete", "abc", "--date", "2024-06-21")
        self.rejected("action", "complete", "0", "--date", "2024-06-21")

    def test_bad_number_and_rule_set(self):
        self.rejected("case", "edit", "UE-1", "--lead", "x", "--if-version", "two")
        self.rejected("case", "add", "UE-2", "--aware", "2024-03-01", "--harm", "death",
                      "--rules", "england-wt1999")
        self.rejected("case", "add", "bad ref!", "--aware", "2024-03-01", "--harm", "death")
        self.rejected("demo", "--cases", "many", "--today", "2024-06-01")


class UsageTests(CliTestCase):
    def test_version(self):
        proc = self.cli("--version")
        self.assertEqual((proc.returncode, proc.out, proc.err), (0, "reviewdesk-cli 0.1.0\n", ""))

    def test_usage_errors_exit_2_and_create_nothing(self):
        self.usage_error()
        self.usage_error("frobnicate")
        self.usage_error("case", "list", "--bogus")
        self.usage_error("case", "add", "X-1", "--harm", "death")
        self.usage_error("case", "add", "X-1", "--aware", "2024-01-01")
        self.usage_error("case", "add", "--aware", "2024-01-01", "--harm", "death")
        self.usage_error("case")
        self.usage_error("case", "frobnicate")
        self.usage_error("deadlines", "--as-of")
        self.usage_error("action", "complete", "1")
        self.usage_error("calendar", "add", "2024-01-01")
        self.usage_error("--database", os.path.join(self.dir, "second.sqlite"), "case", "list")
        self.assertEqual(os.listdir(self.dir), [], "a usage error created files")

    def test_usage_error_is_not_user_error_on_existing_database(self):
        self.ok("init")
        self.usage_error("extend", "X", "--to", "2024-01-01")
        self.usage_error("case", "show")


class DemoBackupTests(CliTestCase):
    def test_demo_and_check(self):
        out = self.ok("demo", "--cases", "25", "--seed", "3", "--today", "2024-06-01")
        self.assertTrue(out.startswith("25 demonstration cases added"), out)
        rows = self.ok_json("case", "list", "--json", "--as-of", "2024-06-01")
        self.assertEqual(len(rows), 25)
        self.assertEqual(len({r["ref"] for r in rows}), 25)
        self.assertIn("integrity ok", self.ok("check"))
        self.assertEqual(self.ok("check"), "schema 1 (current 1), integrity ok\n")

    def test_demo_is_reproducible(self):
        other = os.path.join(self.dir, "other.sqlite")
        self.ok("demo", "--cases", "5", "--seed", "3", "--today", "2024-06-01")
        self.ok("demo", "--cases", "5", "--seed", "3", "--today", "2024-06-01", db=other)
        self.assertEqual(self.ok_json("case", "list", "--json", "--as-of", "2024-06-01"),
                         self.ok_json("case", "list", "--json", "--as-of", "2024-06-01", db=other))

    def test_backup(self):
        self.ok("demo", "--cases", "8", "--seed", "5", "--today", "2024-06-01")
        dest = os.path.join(self.dir, "copy.sqlite")
        self.assertEqual(self.ok("backup", dest), "backup written to %s\n" % dest)
        self.assertTrue(os.path.isfile(dest))
        self.assertIn("integrity ok", self.ok("check", db=dest))
        self.assertEqual(self.ok_json("case", "list", "--json", "--as-of", AS_OF, db=dest),
                         self.ok_json("case", "list", "--json", "--as-of", AS_OF))
        self.assertEqual(self.ok_json("deadlines", "--json", "--as-of", AS_OF, db=dest),
                         self.ok_json("deadlines", "--json", "--as-of", AS_OF))
        # Backup to an existing file: refused, the file untouched.
        state = self.file_state(dest)
        self.assertIn("already exists", self.user_error("backup", dest))
        self.assertEqual(self.file_state(dest), state)
        # Into a missing folder: refused, nothing created.
        missing = os.path.join(self.dir, "missing", "copy.sqlite")
        self.user_error("backup", missing)
        self.assertFalse(os.path.exists(os.path.dirname(missing)))

    def test_backup_and_check_need_an_existing_database(self):
        self.user_error("backup", os.path.join(self.dir, "copy.sqlite"))
        self.user_error("check")
        self.assertEqual(os.listdir(self.dir), [])


class BadFileTests(CliTestCase):
    """Files that are not sound ReviewDesk databases are refused and never written."""

    def assertNoNewFiles(self, before, command):
        """Nothing new beside the file, except what SQLite itself makes when it
        reads a WAL-mode file: an empty "-wal" and its "-shm" index."""
        for name in sorted(set(os.listdir(self.dir)) - set(before)):
            if name.endswith("-wal"):
                self.assertEqual(os.path.getsize(os.path.join(self.dir, name)), 0,
                                 "%r wrote to %s" % (command, name))
            else:
                self.assertTrue(name.endswith("-shm"), "%r created %s" % (command, name))

    def assertRefused(self, path, commands=(("case", "list"), ("check",),
                                           ("case", "add", "BF-1", "--aware", "2024-01-02",
                                            "--harm", "death"),
                                           ("init",)),
                      contains=None):
        state = self.file_state(path)
        folder = sorted(os.listdir(self.dir))
        for command in commands:
            line = self.user_error(*command, db=path)
            self.assertIn(path, line, "the message names the file")
            if contains:
                self.assertIn(contains, line)
            self.assertEqual(self.file_state(path), state, "%r changed %s" % (command, path))
            self.assertNoNewFiles(folder, command)

    def test_empty_file(self):
        path = os.path.join(self.dir, "empty.sqlite")
        open(path, "wb").close()
        self.assertRefused(path, contains="empty")

    def test_plain_text_file(self):
        path = os.path.join(self.dir, "notes.txt")
        with open(path, "w") as handle:
            handle.write("These are my notes, not a database.\n" * 20)
        self.assertRefused(path, contains="not a ReviewDesk database")

    def test_other_programs_sqlite_file(self):
        path = os.path.join(self.dir, "other.sqlite")
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
        connection.close()
        self.assertRefused(path, contains="another program")

    def test_truncated_database(self):
        real = self.real_database(os.path.join(self.dir, "real.sqlite"), cases=5)
        path = os.path.join(self.dir, "truncated.sqlite")
        with open(real, "rb") as handle:
            data = handle.read(4096)
        self.assertGreater(os.path.getsize(real), 4096)
        with open(path, "wb") as handle:
            handle.write(data)
        self.assertRefused(path)

    def test_page_zeroed(self):
        # A real multi-page file with one interior page (the root of the cases
        # table) overwritten with zeros, as a failing disk might leave it. The
        # header, application id and schema version still read fine: only the
        # check on open (quick_check reads every page) can catch it.
        path = self.real_database(os.path.join(self.dir, "zeroed.sqlite"), cases=5)
        connection = sqlite3.connect(path)
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'cases'").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.close()
        self.assertGreater(root, 1)
        self.assertLess(root, pages)
        with open(path, "r+b") as handle:
            handle.seek((root - 1) * page_size)
            handle.write(b"\0" * page_size)
        backup = os.path.join(self.dir, "b.sqlite")
        for command in (("case", "list"), ("check",), ("backup", backup),
                        ("case", "add", "BF-1", "--aware", "2024-01-02", "--harm", "death")):
            line = self.user_error(*command, db=path)
            self.assertIn(path + " is damaged", line)
            self.assertIn("restore it from a backup", line)
        self.assertRefused(path, contains="is damaged")
        self.assertFalse(os.path.exists(backup))

    @unittest.skipIf(SQLITE3 is None, "the sqlite3 command-line tool is not installed")
    def test_newer_schema(self):
        path = self.real_database(os.path.join(self.dir, "newer.sqlite"))
        subprocess.run([SQLITE3, path, "PRAGMA user_version=99;"], check=True)
        for suffix in ("-wal", "-shm"):
            self.assertFalse(os.path.exists(path + suffix))
        self.assertRefused(path, contains="newer version")

    def test_directory(self):
        path = os.path.join(self.dir, "folder.sqlite")
        os.mkdir(path)
        self.assertRefused(path, contains="folder")

    def test_missing_folder(self):
        path = os.path.join(self.dir, "missing", "register.sqlite")
        for command in (("case", "list"), ("init",), ("check",),
                        ("calendar", "closure", "add", "2024-01-02", "Closed")):
            self.user_error(*command, db=path)
            self.assertFalse(os.path.exists(os.path.dirname(path)))
        self.assertEqual(os.listdir(self.dir), [])

    def test_locked_by_another_process(self):
        path = self.real_database(self.db)
        locker = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            locker.execute("BEGIN EXCLUSIVE")
            state = self.file_state(path)
            proc = self.cli("case", "add", "LK-1", "--aware", "2024-01-02", "--harm", "death",
                            timeout=30)
            self.assertEqual(proc.returncode, 1, proc.err)
            self.assertEqual(proc.out, "")
            self.assertOneLine(proc.err)
            self.assertIn("locked", proc.err)
            # Waits for the busy timeout (~5 s), then gives up.
            self.assertLess(proc.elapsed, 15)
            self.assertEqual(self.file_state(path), state)
            # The file is in WAL mode: readers are not blocked by a writer.
            self.assertEqual(len(self.ok_json("case", "list", "--json", "--as-of", AS_OF)), 2)
            self.assertIn("integrity ok", self.ok("check"))
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        # Once the other program lets go, the same command works.
        self.add_case("LK-1", "2024-01-02")
        self.assertEqual(len(self.ok_json("case", "list", "--json", "--as-of", AS_OF)), 3)

    @unittest.skipIf(SETPRIV is None, "setpriv is not installed: cannot run as a non-root user")
    def test_read_only_file(self):
        if os.geteuid() != 0:
            self.skipTest("needs root to switch to an unprivileged user with setpriv")
        os.chmod(self.dir, 0o755)
        path = self.real_database(self.db)
        os.chmod(path, 0o644)
        state = self.file_state(path)
        folder = sorted(os.listdir(self.dir))
        as_nobody = (SETPRIV, "--reuid=65534", "--regid=65534", "--clear-groups")
        proc = self.cli("case", "add", "RO-1", "--aware", "2024-01-02", "--harm", "death",
                        prefix=as_nobody)
        self.assertEqual(proc.returncode, 1, proc.out + proc.err)
        self.assertEqual(proc.out, "")
        self.assertOneLine(proc.err)
        self.assertIn(path, proc.err)
        self.assertIn("read-only", proc.err)
        self.assertNotIn("Unable to fetch row", proc.err)  # no raw driver text
        self.assertEqual(self.file_state(path), state)
        self.assertNoNewFiles(folder, "case add as nobody")


class ConcurrencyTests(CliTestCase):
    def test_parallel_case_adds(self):
        self.ok("init")
        failures = []

        def worker(prefix):
            for i in range(20):
                proc = subprocess.run(
                    [CLI, "--database", self.db, "case", "add", "%s-%02d" % (prefix, i),
                     "--aware", "2024-03-01", "--harm", "serious-harm"],
                    cwd=self.dir, env=self.env, capture_output=True, timeout=60)
                if proc.returncode != 0:
                    failures.append((prefix, i, proc.returncode, proc.stderr))

        threads = [threading.Thread(target=worker, args=(p,)) for p in ("PA", "PB")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(failures, [])
        refs = sorted(r["ref"] for r in self.ok_json("case", "list", "--json", "--as-of", AS_OF))
        self.assertEqual(refs, sorted(["PA-%02d" % i for i in range(20)] +
                                      ["PB-%02d" % i for i in range(20)]))
        self.assertEqual(self.audit_count(), 40)
        self.assertIn("integrity ok", self.ok("check"))

    def test_parallel_processes_started_together(self):
        # Two processes launched at the same instant, many times over.
        self.ok("init")
        for i in range(10):
            procs = [subprocess.Popen([CLI, "--database", self.db, "case", "add",
                                       "%s-%02d" % (p, i), "--aware", "2024-03-01",
                                       "--harm", "death"],
                                      cwd=self.dir, env=self.env, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE)
                     for p in ("QA", "QB")]
            results = [(p.wait(timeout=60), p.stdout.read(), p.stderr.read()) for p in procs]
            for proc in procs:
                proc.stdout.close()
                proc.stderr.close()
            self.assertEqual([r[0] for r in results], [0, 0], results)
        self.assertEqual(len(self.ok_json("case", "list", "--json", "--as-of", AS_OF)), 20)

    def test_parallel_first_use_of_a_new_file(self):
        # Four processes whose first command creates the same, not yet existing file:
        # none may see another's half-made file ("empty file", "another program"),
        # and none may replace the file another has begun writing to (each
        # process's case must be there afterwards).
        for round_ in range(ROUNDS_OF_FIRST_USE):
            path = os.path.join(self.dir, "new-%d.sqlite" % round_)
            procs = [subprocess.Popen([CLI, "--database", path, "case", "add", "%s-1" % p,
                                       "--aware", "2024-03-01", "--harm", "death"],
                                      cwd=self.dir, env=self.env, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE)
                     for p in ("NA", "NB", "NC", "ND")]
            results = [(p.wait(timeout=60), p.stdout.read(), p.stderr.read()) for p in procs]
            for proc in procs:
                proc.stdout.close()
                proc.stderr.close()
            self.assertEqual([r[0] for r in results], [0, 0, 0, 0], results)
            rows = self.ok_json("case", "list", "--json", "--as-of", AS_OF, db=path)
            self.assertEqual(sorted(r["ref"] for r in rows), ["NA-1", "NB-1", "NC-1", "ND-1"])
            self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), 0o600)
        # No temporary files left behind.
        self.assertEqual(sorted(os.listdir(self.dir)),
                         sorted("new-%d.sqlite" % i for i in range(ROUNDS_OF_FIRST_USE)))

    def test_parallel_new_agency(self):
        self.ok("init")
        self.add_case("AG-1", "2024-03-01")
        for round_ in range(3):
            procs = [subprocess.Popen([CLI, "--database", self.db, "action", "add", "AG-1",
                                       "--text", "act %d-%d" % (round_, i), "--owner",
                                       "NewAgency%d" % round_ if i % 2 else "newagency%d" % round_,
                                       "--due", "2024-06-01"],
                                      cwd=self.dir, env=self.env, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE)
                     for i in range(2)]
            results = [(p.wait(timeout=60), p.stdout.read(), p.stderr.read()) for p in procs]
            for proc in procs:
                proc.stdout.close()
                proc.stderr.close()
            self.assertEqual([r[0] for r in results], [0, 0], results)
        actions = self.ok_json("action", "list", "--json")
        self.assertEqual(len(actions), 6)
        owners = {}
        for action in actions:
            owners.setdefault(action["owner"].lower(), set()).add(action["owner"])
        self.assertEqual(sorted(owners), ["newagency0", "newagency1", "newagency2"])
        for names in owners.values():
            self.assertEqual(len(names), 1, "one agency, one spelling: %r" % names)
        agency_events = [e for e in self.ok_json("audit", "--json") if e["entity"] == "agency"]
        self.assertEqual(len(agency_events), 3)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"] + sys.argv[1:])
