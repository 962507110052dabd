#!/usr/bin/python3
"""Two people at once: real reviewdesk-cli processes writing one file together.

Complements ConcurrencyTests in test_cli.py (parallel adds, a new agency named
by two writers): here two edits of the same case based on the same version race
each other, and a crowd of mixed writers runs at once. Exactly one of two
racing edits is saved and the other is refused with a clear message; nothing is
silently overwritten and "database is locked" never reaches the user.

The CLI's path is in the environment variable REVIEWDESK_CLI.
"""

import json
import os
import subprocess
import sys
import tempfile
import threading
import unittest

CLI = os.environ.get("REVIEWDESK_CLI", "")
AS_OF = "2024-11-15"
STALE = "changed by someone else since you opened it"


class TwoWriterTests(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        if not CLI:
            self.fail("set REVIEWDESK_CLI to the path of reviewdesk-cli")
        temp = tempfile.TemporaryDirectory(prefix="reviewdesk-two-")
        self.addCleanup(temp.cleanup)
        self.dir = temp.name
        self.db = os.path.join(self.dir, "register.sqlite")
        self.env = dict(os.environ, USER="e2e-tester", LC_ALL="C.UTF-8", HOME=self.dir)

    def command(self, *args):
        return [CLI, "--database", self.db] + [str(a) for a in args]

    def ok(self, *args):
        proc = subprocess.run(self.command(*args), cwd=self.dir, env=self.env,
                              capture_output=True, timeout=60)
        self.assertEqual((proc.returncode, proc.stderr), (0, b""), args)
        return proc.stdout.decode("utf-8")

    def show(self, ref):
        return json.loads(self.ok("case", "show", ref, "--json", "--as-of", AS_OF))

    def updates(self, ref):
        return [e for e in json.loads(self.ok("audit", "--case", ref, "--json"))
                if e["operation"] == "update"]

    def together(self, commands):
        """Starts every command before waiting on any; returns (exit, stdout, stderr) each."""
        procs = [subprocess.Popen(self.command(*c), cwd=self.dir, env=self.env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for c in commands]
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            results.append((proc.returncode, out.decode("utf-8"), err.decode("utf-8")))
        return results

    def test_two_edits_from_the_same_version_one_saved_one_refused(self):
        self.ok("init")
        self.ok("case", "add", "TW-1", "--aware", "2024-03-01", "--harm", "death")
        for round_ in range(12):
            before = self.show("TW-1")
            version = before["version"]
            self.assertEqual(version, round_ + 1)
            leads = ["Lead A%d" % round_, "Lead B%d" % round_]
            results = self.together([("case", "edit", "TW-1", "--lead", lead,
                                      "--if-version", version) for lead in leads])
            codes = sorted(r[0] for r in results)
            self.assertEqual(codes, [0, 1], results)
            winner = [i for i, r in enumerate(results) if r[0] == 0][0]
            saved, refused = results[winner], results[1 - winner]
            self.assertEqual(saved[1:], ("TW-1 saved (version %d)\n" % (version + 1), ""))
            self.assertEqual(refused[1], "")
            self.assertEqual(refused[2].count("\n"), 1, refused)
            self.assertTrue(refused[2].startswith("reviewdesk-cli: case TW-1 was " + STALE),
                            refused)
            # Refused either before writing (the version read was already stale)
            # or by the write itself (both read it, the other committed first).
            self.assertTrue(refused[2].endswith("; nothing was saved\n") or
                            refused[2].endswith("; reload it and make your change again\n"),
                            refused)
            for result in results:
                self.assertNotIn("locked", result[2].lower())
            after = self.show("TW-1")
            # The winner's edit is the one stored; the loser's never overwrote it.
            self.assertEqual((after["version"], after["lead"]), (version + 1, leads[winner]))
            self.assertEqual(len(self.updates("TW-1")), round_ + 1)
        self.assertIn("integrity ok", self.ok("check"))

    def test_edit_refused_after_the_other_saved_first(self):
        # The second writer opened version 1 and saves after the first has saved
        # version 2: refused, and the first writer's lead stays.
        self.ok("init")
        self.ok("case", "add", "TW-2", "--aware", "2024-03-01", "--harm", "serious-harm")
        self.assertEqual(self.ok("case", "edit", "TW-2", "--lead", "First", "--if-version", 1),
                         "TW-2 saved (version 2)\n")
        proc = subprocess.run(self.command("case", "edit", "TW-2", "--themes", "neglect",
                                           "--if-version", 1),
                              cwd=self.dir, env=self.env, capture_output=True, timeout=60)
        self.assertEqual((proc.returncode, proc.stdout), (1, b""))
        self.assertEqual(proc.stderr.decode("utf-8"),
                         "reviewdesk-cli: case TW-2 was %s (version 1, now 2); nothing was "
                         "saved\n" % STALE)
        after = self.show("TW-2")
        self.assertEqual((after["version"], after["lead"], after["themes"]), (2, "First", []))
        self.assertEqual(len(self.updates("TW-2")), 1)

    def test_a_crowd_of_mixed_writers_all_succeed(self):
        # Four processes at a time, each a different kind of write, eight rounds:
        # every one succeeds after queueing on the busy timeout.
        self.ok("init")
        self.ok("case", "add", "CR-0", "--aware", "2024-03-01", "--harm", "death")
        failures = []

        def worker(kind):
            for i in range(8):
                if kind == "add":
                    args = ("case", "add", "CR-%d" % (i + 1), "--aware", "2024-03-01",
                            "--harm", "death")
                elif kind == "edit":
                    args = ("case", "edit", "CR-0", "--child", "E%d" % i)
                elif kind == "action":
                    args = ("action", "add", "CR-0", "--text", "Learn %d" % i, "--owner",
                            "Police", "--due", "2024-06-01")
                else:
                    weekdays = (2, 3, 4, 5, 6, 9, 10, 11)  # December 2024, Monday on
                    args = ("calendar", "closure", "add", "2024-12-%02d" % weekdays[i],
                            "Closed %d" % i)
                proc = subprocess.run(self.command(*args), cwd=self.dir, env=self.env,
                                      capture_output=True, timeout=120)
                if proc.returncode != 0 or proc.stderr:
                    failures.append((args, proc.returncode, proc.stderr))

        threads = [threading.Thread(target=worker, args=(k,))
                   for k in ("add", "edit", "action", "closure")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(failures, [])
        cases = json.loads(self.ok("case", "list", "--json", "--as-of", AS_OF))
        self.assertEqual(sorted(c["ref"] for c in cases), sorted("CR-%d" % i for i in range(9)))
        shown = self.show("CR-0")
        self.assertEqual((shown["version"], shown["child"]), (9, "E7"))
        self.assertEqual(len(json.loads(self.ok("action", "list", "--json"))), 8)
        self.assertEqual(len(self.updates("CR-0")), 8)
        self.assertIn("integrity ok", self.ok("check"))


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"] + sys.argv[1:])
