#!/usr/bin/python3
"""End-to-end tests of reviewdesk-cli's spreadsheet and calendar commands:
export csv / actions-csv / ics and import csv.

Runs the real binary (REVIEWDESK_CLI) in a fresh temporary directory per test.
The calendar is read back with a real iCalendar parser (python3-icalendar).
"""

import csv
import io
import json
import os
import subprocess
import tempfile
import unittest

import icalendar

CLI = os.environ.get("REVIEWDESK_CLI", "")
AS_OF = "2026-11-25"
BOM = b"\xef\xbb\xbf"


def child_env():
    env = dict(os.environ)
    env["USER"] = "e2e-tester"
    env["LC_ALL"] = "C.UTF-8"
    return env


class IoTestCase(unittest.TestCase):
    maxDiff = None

    def setUp(self):
        self.assertTrue(CLI and os.path.exists(CLI), "REVIEWDESK_CLI must name the built binary")
        self._dir = tempfile.TemporaryDirectory()
        self.dir = self._dir.name

    def tearDown(self):
        self._dir.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def run_cli(self, database, *args):
        return subprocess.run([CLI, "--database", self.path(database), *args],
                              capture_output=True, text=True, env=child_env(), timeout=120)

    def ok(self, database, *args):
        result = self.run_cli(database, *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def demo(self, database="source.sqlite"):
        self.ok(database, "demo", "--cases", "30", "--seed", "11", "--today", AS_OF)

    def refs(self, database):
        return [c["ref"] for c in json.loads(self.ok(database, "case", "list", "--json",
                                                     "--as-of", AS_OF))]

    def show(self, database, ref):
        return self.ok(database, "case", "show", ref, "--json", "--as-of", AS_OF)

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return self.path(name)


class ExportImportTest(IoTestCase):
    def test_export_then_import_into_a_fresh_file_gives_the_same_cases(self):
        self.demo()
        out = self.ok("source.sqlite", "export", "csv", "--out", self.path("cases.csv"),
                      "--as-of", AS_OF)
        self.assertEqual(out, f"30 cases written to {self.path('cases.csv')}\n")
        out = self.ok("copy.sqlite", "import", "csv", self.path("cases.csv"))
        self.assertEqual(out, f"30 cases imported from {self.path('cases.csv')}\n")
        out = self.ok("source.sqlite", "export", "actions-csv", "--out", self.path("actions.csv"))
        self.assertEqual(out, f"33 actions written to {self.path('actions.csv')}\n")
        out = self.ok("copy.sqlite", "import", "actions-csv", self.path("actions.csv"))
        self.assertEqual(out, f"33 actions imported from {self.path('actions.csv')}\n")
        refs = self.refs("source.sqlite")
        self.assertEqual(len(refs), 30)
        self.assertEqual(self.refs("copy.sqlite"), refs)
        for ref in refs:
            self.assertEqual(self.show("copy.sqlite", ref), self.show("source.sqlite", ref), ref)
        # The copy exports to the same bytes.
        self.ok("copy.sqlite", "export", "csv", "--out", self.path("again.csv"), "--as-of", AS_OF)
        with open(self.path("cases.csv"), "rb") as a, open(self.path("again.csv"), "rb") as b:
            self.assertEqual(a.read(), b.read())

    def test_extension_texts_with_bars_breaks_and_backslashes_come_back_whole(self):
        self.ok("src.sqlite", "case", "add", "X-1", "--aware", "2024-03-01", "--harm", "death")
        self.ok("src.sqlite", "lcspr", "X-1", "--decided", "2024-03-28")
        self.ok("src.sqlite", "extend", "X-1", "--to", "2024-10-31", "--agreed-by",
                "Chair | Deputy", "--agreed-on", "2024-06-01",
                "--reason", "trial moved\nfamily asked \\ twice | again")
        self.ok("src.sqlite", "export", "csv", "--out", self.path("x.csv"))
        self.assertEqual(self.ok("dst.sqlite", "import", "csv", self.path("x.csv")),
                         f"1 case imported from {self.path('x.csv')}\n")
        extensions = [json.loads(self.ok(db, "case", "show", "X-1", "--json"))["extensions"]
                      for db in ("src.sqlite", "dst.sqlite")]
        self.assertEqual(extensions[1], extensions[0])
        self.assertEqual(extensions[0][0]["agreed_by"], "Chair | Deputy")
        self.assertEqual(extensions[0][0]["reason"], "trial moved\nfamily asked \\ twice | again")

    def test_an_owner_agency_name_is_held_to_the_agency_limit_on_every_path(self):
        self.ok("r.sqlite", "case", "add", "L-1", "--aware", "2024-03-01", "--harm", "death")
        long_name = "N" * 121
        result = self.run_cli("r.sqlite", "action", "add", "L-1", "--text", "Train",
                              "--owner", long_name, "--due", "2024-09-01")
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "reviewdesk-cli: the owner agency's name is too long "
                         "(at most 120 characters)\n")
        with open(self.path("a.csv"), "w", encoding="utf-8") as f:
            f.write(f"case,text,owner,due\nL-1,Train,{long_name},2024-09-01\n")
        result = self.run_cli("r.sqlite", "import", "actions-csv", self.path("a.csv"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("too long (at most 120 characters)", result.stderr)
        self.assertEqual(self.ok("r.sqlite", "agency", "list"), "")
        self.ok("r.sqlite", "action", "add", "L-1", "--text", "Train", "--owner", "N" * 120,
                "--due", "2024-09-01")

    def test_a_dry_run_refuses_the_extensions_the_import_would(self):
        with open(self.path("ext.csv"), "w", encoding="utf-8", newline="") as f:
            f.write("ref,harm,aware,review_type,review_decided,review_extensions\r\n"
                    # Six months from 1 Feb 2026: 1 Aug 2026; 1 Jul is earlier.
                    "X-1,death,2025-12-01,lcspr,2026-02-01,2026-07-01 | Chair | 2026-03-01 | trial\r\n"
                    "X-2,death,2025-12-01,lcspr,2026-02-01,2026-09-01 | Chair | 2026-01-15 | trial\r\n")
        expected = (
            f"{self.path('ext.csv')}:2: column review_extensions: an extension must move the "
            "publication due date later than 2026-08-01\n"
            f"{self.path('ext.csv')}:3: column review_extensions: an extension cannot be agreed "
            "before the decision to initiate the LCSPR (2026-02-01)\n"
            "reviewdesk-cli: 2 problems found; nothing was imported\n")
        for dry_run in (("--dry-run",), ()):
            result = self.run_cli("r.sqlite", "import", "csv", self.path("ext.csv"), *dry_run)
            self.assertEqual(result.returncode, 1, dry_run)
            self.assertEqual(result.stderr, expected, dry_run)
        self.assertFalse(os.path.exists(self.path("r.sqlite")))

    def test_the_export_is_rfc4180_with_a_bom_and_a_header(self):
        self.ok("r.sqlite", "case", "add", "Q-1", "--aware", "2024-03-04", "--harm", "death",
                "--child", "A.B.", "--lead", "Zoë, \"Z\" Ní")
        self.ok("r.sqlite", "export", "csv", "--out", self.path("q.csv"), "--as-of", "2024-03-05")
        with open(self.path("q.csv"), "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(BOM))
        self.assertIn(b"\r\n", data)
        rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
        self.assertEqual(rows[0][:3], ["ref", "panel_ref", "child"])
        record = dict(zip(rows[0], rows[1]))
        self.assertEqual(record["lead"], "Zoë, \"Z\" Ní")
        self.assertEqual(record["aware"], "2024-03-04")
        self.assertEqual(record["stage"], "notification")
        # Redacted: the child's column is empty and free text names the child no more.
        self.ok("r.sqlite", "rapid-review", "Q-1", "--completed", "2024-03-08",
                "--decision", "no-lcspr", "--rationale", "A.B.'s school acted; AB about to move")
        self.ok("r.sqlite", "export", "csv", "--out", self.path("red.csv"), "--redact")
        with open(self.path("red.csv"), "rb") as f:
            data = f.read()
        self.assertNotIn(b"A.B.", data)
        red = dict(zip(*list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))))
        self.assertEqual(red["child"], "")
        self.assertEqual(red["rr_rationale"], "[redacted]'s school acted; [redacted] about to move")
        self.assertEqual(red["ref"], "Q-1")
        self.assertEqual(os.stat(self.path("q.csv")).st_mode & 0o777, 0o600)

    def test_actions_export(self):
        self.ok("r.sqlite", "case", "add", "Q-1", "--aware", "2024-03-04", "--harm", "death")
        self.ok("r.sqlite", "action", "add", "Q-1", "--text", "=Brief GPs, then audit",
                "--owner", "ICB", "--due", "2024-09-01")
        out = self.ok("r.sqlite", "export", "actions-csv", "--out", self.path("a.csv"))
        self.assertEqual(out, f"1 action written to {self.path('a.csv')}\n")
        with open(self.path("a.csv"), "rb") as f:
            self.assertEqual(f.read(), BOM + b"case,id,text,owner,officer,due,status,evidence,"
                             b"closed\r\nQ-1,1,\"'=Brief GPs, then audit\",ICB,,2024-09-01,"
                             b"open,,\r\n")

    def test_actions_import_refuses_unknown_cases_and_repeats(self):
        self.ok("r.sqlite", "case", "add", "Q-1", "--aware", "2024-03-04", "--harm", "death")
        self.ok("r.sqlite", "action", "add", "Q-1", "--text", "Brief GPs", "--owner", "ICB",
                "--due", "2024-09-01")
        actions = self.write("a.csv", "case,text,owner,due,status,closed\r\n"
                             "Q-1,Brief GPs,icb,2024-09-01,,\r\n"
                             "Q-2,Audit,Police,2024-09-01,,\r\n"
                             "Q-1,Audit,Police,2024-02-30,,\r\n"
                             "Q-1,Audit,Police,2024-10-01,done,\r\n"
                             "Q-1,Train staff,Police,2024-10-01,complete,\r\n")
        with open(self.path("r.sqlite"), "rb") as f:
            before = f.read()
        result = self.run_cli("r.sqlite", "import", "actions-csv", actions)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.splitlines(), [
            f"{actions}:2: column text: case Q-1 already has this action (same text, owner and "
            "due date)",
            f"{actions}:3: column case: no case with reference Q-2 in the register",
            f"{actions}:4: column due: date 2024-02-30 does not exist in the calendar",
            f"{actions}:5: column status: unknown action status \"done\"; use open, "
            "in-progress, complete, impact-evidenced",
            f"{actions}:6: column closed: a complete action needs its completion date",
            "reviewdesk-cli: 5 problems found; nothing was imported",
        ])
        with open(self.path("r.sqlite"), "rb") as f:
            self.assertEqual(f.read(), before)

    def test_a_tracker_with_other_column_names_imports_through_map(self):
        tracker = self.write("tracker.csv",
                             "\ufeffCase No,Type of harm,LA aware,Initials\r\n"
                             "T-1,Death,2024-01-08,A.B.\r\n"
                             "T-2,Serious harm,2024-02-12,\r\n")
        self.ok("t.sqlite", "import", "csv", tracker, "--map", "Case No=ref",
                "--map=Type of harm=harm", "--map", "LA aware=aware", "--map", "initials=child")
        shown = json.loads(self.ok("t.sqlite", "case", "show", "T-1", "--json"))
        self.assertEqual((shown["harm"], shown["aware"], shown["child"]),
                         ("death", "2024-01-08", "A.B."))
        result = self.run_cli("t2.sqlite", "import", "csv", tracker, "--map", "Case No=reference")
        self.assertEqual(result.returncode, 1)
        self.assertTrue(result.stderr.startswith(
            "reviewdesk-cli: --map: unknown column key \"reference\"; use one of ref, "))


class ImportProblemsTest(IoTestCase):
    def setUp(self):
        super().setUp()
        self.ok("r.sqlite", "case", "add", "OLD-1", "--aware", "2024-01-02", "--harm", "death")

    def snapshot(self):
        with open(self.path("r.sqlite"), "rb") as f:
            return f.read(), os.stat(self.path("r.sqlite")).st_mtime_ns

    def test_every_problem_on_its_own_line_and_nothing_written(self):
        bad = self.write("bad.csv",
                         "ref,harm,aware\r\n"
                         "A-1,serious-harm,2023-02-30\r\n"
                         "A-2,drowning,2024-01-10\r\n"
                         "A-3,death,2024-01-10\r\n"
                         "a-3,death,2024-01-11\r\n"
                         "OLD-1,death,2024-01-10\r\n"
                         ",death,2024-01-10\r\n")
        before = self.snapshot()
        result = self.run_cli("r.sqlite", "import", "csv", bad)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        self.assertEqual(result.stderr.splitlines(), [
            f"{bad}:2: column aware: date 2023-02-30 does not exist in the calendar",
            f"{bad}:3: column harm: unknown harm \"drowning\"; use death, serious-harm",
            f"{bad}:5: column ref: the reference a-3 is also on line 4 of the file",
            f"{bad}:6: column ref: a case with reference OLD-1 is already in the register",
            f"{bad}:7: column ref: the case reference is required",
            "reviewdesk-cli: 5 problems found; nothing was imported",
        ])
        self.assertEqual(self.snapshot(), before)
        self.assertEqual(self.refs("r.sqlite"), ["OLD-1"])

    def test_unterminated_quote_and_field_count_have_line_numbers(self):
        bad = self.write("broken.csv",
                         "ref,harm,aware\r\nB-1,death\r\nB-2,death,\"2024-01-10\r\nB-3,death,x\r\n")
        result = self.run_cli("r.sqlite", "import", "csv", bad)
        self.assertEqual(result.returncode, 1)
        lines = result.stderr.splitlines()
        self.assertEqual(lines[0], f"{bad}:2: 2 fields where the header has 3")
        self.assertTrue(lines[1].startswith(f"{bad}:3: a quoted field is never closed"), lines[1])

    def test_dry_run_reports_and_writes_nothing(self):
        good = self.write("good.csv", "ref,harm,aware\r\nN-1,death,2024-01-10\r\n")
        before = self.snapshot()
        out = self.ok("r.sqlite", "import", "csv", good, "--dry-run")
        self.assertEqual(out, f"1 case would be imported from {good} (dry run: nothing "
                         "written)\n")
        self.assertEqual(self.snapshot(), before)
        self.assertEqual(self.refs("r.sqlite"), ["OLD-1"])
        # Against a register that does not exist yet, a dry run does not create it.
        self.ok("absent.sqlite", "import", "csv", good, "--dry-run")
        self.assertFalse(os.path.exists(self.path("absent.sqlite")))

    def test_unreadable_input_is_one_line(self):
        result = self.run_cli("r.sqlite", "import", "csv", self.path("missing.csv"))
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr,
                         f"reviewdesk-cli: {self.path('missing.csv')} does not exist\n")
        result = self.run_cli("r.sqlite", "import", "csv", self.dir)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, f"reviewdesk-cli: {self.dir} is not a file\n")
        with open(self.path("latin1.csv"), "wb") as f:
            f.write(b"ref,harm,aware,lead\r\nL-1,death,2024-01-10,Zo\xeb\r\n")
        result = self.run_cli("r.sqlite", "import", "csv", self.path("latin1.csv"))
        self.assertEqual(result.returncode, 1)
        self.assertTrue(result.stderr.startswith(
            f"{self.path('latin1.csv')}:2: the file is not valid UTF-8 text"), result.stderr)


class CalendarTest(IoTestCase):
    def events(self, name):
        with open(self.path(name), "rb") as f:
            data = f.read()
        for line in data.split(b"\r\n"):
            self.assertLessEqual(len(line), 75)
        self.assertTrue(data.endswith(b"END:VCALENDAR\r\n"))
        calendar = icalendar.Calendar.from_ical(data)
        return data, [e for e in calendar.walk("VEVENT")]

    def test_open_deadlines_as_all_day_events_with_stable_uids(self):
        # Aware Wed 20 Dec 2023: notification due Fri 29 Dec 2023 (25, 26 Dec are
        # bank holidays); rapid review due Mon 15 Jan 2024 (1 Jan too).
        self.ok("r.sqlite", "case", "add", "SSCP-2023-042", "--aware", "2023-12-20", "--harm",
                "death", "--child", "Q.Z.")
        self.ok("r.sqlite", "case", "add", "SSCP-2023-043", "--aware", "2023-12-21", "--harm",
                "serious-harm")
        self.ok("r.sqlite", "case", "notify", "SSCP-2023-043", "--date", "2023-12-22")
        out = self.ok("r.sqlite", "export", "ics", "--out", self.path("d.ics"), "--as-of",
                      "2024-01-02")
        self.assertEqual(out, f"3 deadlines written to {self.path('d.ics')}\n")
        data, events = self.events("d.ics")
        self.assertNotIn(b"Q.Z.", data)
        found = {str(e["UID"]): (e.decoded("DTSTART"), e.decoded("DTEND"), str(e["SUMMARY"]))
                 for e in events}
        import datetime
        day = datetime.date
        self.assertEqual(found, {
            "sscp-2023-042.notification@deadlines.reviewdesk":
                (day(2023, 12, 29), day(2023, 12, 30), "SSCP-2023-042: Notification (overdue)"),
            "sscp-2023-042.rapid-review@deadlines.reviewdesk":
                (day(2024, 1, 15), day(2024, 1, 16), "SSCP-2023-042: Rapid review"),
            "sscp-2023-043.rapid-review@deadlines.reviewdesk":
                (day(2024, 1, 16), day(2024, 1, 17), "SSCP-2023-043: Rapid review"),
        })
        for event in events:
            self.assertEqual(event["DTSTART"].params.get("VALUE"), "DATE")
            self.assertIn("DTSTAMP", event)
            self.assertIn("DESCRIPTION", event)

        # A second export (later, with one deadline met) keeps the same UIDs.
        self.ok("r.sqlite", "case", "notify", "SSCP-2023-042", "--date", "2023-12-28")
        self.ok("r.sqlite", "export", "ics", "--out", self.path("again.ics"), "--as-of",
                "2024-01-02")
        _, again = self.events("again.ics")
        self.assertEqual(sorted(str(e["UID"]) for e in again),
                         ["sscp-2023-042.rapid-review@deadlines.reviewdesk",
                          "sscp-2023-043.rapid-review@deadlines.reviewdesk"])

        self.ok("r.sqlite", "export", "ics", "--out", self.path("one.ics"), "--case",
                "sscp-2023-043", "--as-of", "2024-01-02")
        _, one = self.events("one.ics")
        self.assertEqual([str(e["UID"]) for e in one],
                         ["sscp-2023-043.rapid-review@deadlines.reviewdesk"])

    def test_unknown_case_writes_nothing(self):
        self.ok("r.sqlite", "case", "add", "C-1", "--aware", "2024-01-02", "--harm", "death")
        result = self.run_cli("r.sqlite", "export", "ics", "--out", self.path("x.ics"), "--case",
                              "NOPE")
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "reviewdesk-cli: no case with reference \"NOPE\"\n")
        self.assertFalse(os.path.exists(self.path("x.ics")))

    def test_demo_calendar_parses(self):
        self.demo()
        self.ok("source.sqlite", "export", "ics", "--out", self.path("demo.ics"), "--as-of",
                AS_OF)
        data, events = self.events("demo.ics")
        self.assertGreater(len(events), 0)
        uids = [str(e["UID"]) for e in events]
        self.assertEqual(len(uids), len(set(uids)))


class UsageTest(IoTestCase):
    def test_missing_out_and_unknown_kind_are_usage_errors(self):
        self.assertEqual(self.run_cli("r.sqlite", "export", "csv").returncode, 2)
        self.assertEqual(self.run_cli("r.sqlite", "export", "pdf", "--out", "x").returncode, 2)
        self.assertEqual(self.run_cli("r.sqlite", "import", "csv").returncode, 2)
        self.assertEqual(self.run_cli("r.sqlite", "import", "csv", "f", "--map").returncode, 2)

    def test_export_never_replaces_the_register(self):
        self.ok("r.sqlite", "case", "add", "C-1", "--aware", "2024-01-02", "--harm", "death")
        with open(self.path("r.sqlite"), "rb") as f:
            before = f.read()
        result = self.run_cli("r.sqlite", "export", "csv", "--out", self.path("r.sqlite"))
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, f"reviewdesk-cli: {self.path('r.sqlite')} is the register "
                         "itself; choose another file for the export\n")
        with open(self.path("r.sqlite"), "rb") as f:
            self.assertEqual(f.read(), before)

    def test_no_export_or_report_replaces_the_register_or_its_wal(self):
        self.ok("r.sqlite", "case", "add", "C-1", "--aware", "2024-01-02", "--harm", "death")
        with open(self.path("r.sqlite"), "rb") as f:
            before = f.read()
        # The same file by another spelling, and SQLite's own file beside it.
        other_spelling = os.path.join(self.dir, "..", os.path.basename(self.dir), "r.sqlite")
        for args, what in ((("report", "executive", "--out", self.path("r.sqlite")), "report"),
                           (("report", "annual", "--out", other_spelling), "report"),
                           (("export", "csv", "--out", self.path("r.sqlite-wal")), "export")):
            result = self.run_cli("r.sqlite", *args)
            self.assertEqual(result.returncode, 1, args)
            self.assertEqual(result.stderr, f"reviewdesk-cli: {args[-1]} is the register itself; "
                             f"choose another file for the {what}\n")
        with open(self.path("r.sqlite"), "rb") as f:
            self.assertEqual(f.read(), before)
        self.assertFalse(os.path.exists(self.path("r.sqlite-wal")))

    def test_reading_a_missing_register_creates_nothing(self):
        missing = self.path("typo.sqlite")
        for args in (("report", "executive", "--out", self.path("x.pdf")),
                     ("case", "list"), ("case", "show", "C-1"), ("deadlines",), ("stats",),
                     ("audit",), ("agency", "list"), ("person", "list"), ("meeting", "list"),
                     ("action", "list")):
            result = self.run_cli("typo.sqlite", *args)
            self.assertEqual(result.returncode, 1, args)
            self.assertEqual(result.stderr, f"reviewdesk-cli: {missing} does not exist\n", args)
            self.assertEqual(sorted(os.listdir(self.dir)), [], args)

    def test_a_failed_import_leaves_no_new_register_behind(self):
        with open(self.path("bad.csv"), "w", encoding="utf-8") as f:
            f.write("ref,harm,aware\nB-1,death,2023-02-30\n")
        result = self.run_cli("new.sqlite", "import", "csv", self.path("bad.csv"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("2023-02-30", result.stderr)
        self.assertEqual(sorted(os.listdir(self.dir)), ["bad.csv"])
        # A good file still makes the register.
        with open(self.path("good.csv"), "w", encoding="utf-8") as f:
            f.write("ref,harm,aware\nG-1,death,2023-02-28\n")
        self.assertEqual(self.ok("new.sqlite", "import", "csv", self.path("good.csv")),
                         f"1 case imported from {self.path('good.csv')}\n")
        self.assertTrue(os.path.exists(self.path("new.sqlite")))

    def test_a_pasted_reference_is_shown_by_its_start(self):
        result = self.run_cli("r.sqlite", "case", "add", "R" * 100000, "--aware", "2024-01-02",
                              "--harm", "death")
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "reviewdesk-cli: the case reference \"" + "R" * 40 +
                         "…\" may use only letters, digits and - _ / . (at most 40 characters)\n")

    def test_export_of_a_missing_register_creates_nothing(self):
        result = self.run_cli("none.sqlite", "export", "csv", "--out", self.path("x.csv"))
        self.assertEqual(result.returncode, 1)
        self.assertFalse(os.path.exists(self.path("none.sqlite")))
        self.assertFalse(os.path.exists(self.path("x.csv")))


if __name__ == "__main__":
    unittest.main()
