#!/usr/bin/python3
"""End-to-end tests of `reviewdesk-cli report`: every kind of PDF report and
every way of asking for one wrongly.

Runs the real binary (REVIEWDESK_CLI) in a fresh temporary directory per test
on a small register built with the CLI itself, reads the PDFs back with
poppler's pdfinfo and pdftotext and checks them with `qpdf --check`.
Contract: exit 0 success; 1 user error with exactly one line on stderr; 2 bad
usage (the problem on the first line, then the usage); on any error no file
is written. Nothing depends on today's date: every report is given --as-of.
"""

import os
import re
import subprocess
import tempfile
import unicodedata
import unittest

CLI = os.environ.get("REVIEWDESK_CLI", "")
AS_OF = "2025-05-15"  # a Thursday
KINDS = ["case-summary", "panel-pack", "executive", "timeline", "annual"]


def child_env():
    env = dict(os.environ)
    env["USER"] = "e2e-tester"
    env["LC_ALL"] = "C.UTF-8"
    # No display: the report command must choose the offscreen platform itself.
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


class ReportTestCase(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        if not CLI or not os.access(CLI, os.X_OK):
            raise unittest.SkipTest("set REVIEWDESK_CLI to the reviewdesk-cli binary")

    def setUp(self):
        self._dir = tempfile.TemporaryDirectory()
        self.dir = self._dir.name
        self.db = os.path.join(self.dir, "register.rdk")
        # Two cases: RP-001 (child "Kestrel") notified and reviewed, an LCSPR
        # under way and an overdue action; RP-002 (child "Osprey") not notified.
        self.ok("case", "add", "RP-001", "--aware", "2025-01-06", "--harm", "death",
                "--child", "Kestrel", "--themes", "neglect")
        self.ok("case", "notify", "RP-001", "--date", "2025-01-08")
        self.ok("rapid-review", "RP-001", "--started", "2025-01-07", "--completed",
                "2025-01-20", "--decision", "lcspr", "--rationale", "criteria met")
        self.ok("lcspr", "RP-001", "--decided", "2025-02-03")
        self.ok("action", "add", "RP-001", "--text", "Brief every school on the learning",
                "--owner", "Police", "--due", "2025-03-31")
        self.ok("case", "add", "RP-002", "--aware", "2025-05-06", "--harm", "serious-harm",
                "--child", "Osprey")

    def tearDown(self):
        self._dir.cleanup()

    def cli(self, *args):
        return subprocess.run([CLI, "--database", self.db, *args], capture_output=True,
                              text=True, env=child_env(), timeout=120)

    def ok(self, *args):
        result = self.cli(*args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result

    def path(self, name):
        return os.path.join(self.dir, name)

    def files(self):
        return sorted(n for n in os.listdir(self.dir) if not n.startswith("register.rdk"))

    def pages(self, pdf):
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))

    def text(self, pdf):
        out = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                             check=True).stdout
        # Ligatures ("ﬁ") read as their letters, as a viewer's search matches them.
        return unicodedata.normalize("NFKC", out)

    def report(self, kind, *extra):
        out = self.path(kind + ".pdf")
        args = ["report", kind, "--out", out, "--as-of", AS_OF, *extra]
        if kind == "case-summary" and "--case" not in extra:
            args += ["--case", "RP-001"]
        result = self.ok(*args)
        self.assertEqual(result.stdout, "")
        self.assertEqual(result.stderr, "")
        check = subprocess.run(["qpdf", "--check", out], capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
        return out

    def fails(self, code, args, message=None):
        before = self.files()
        result = self.cli(*args)
        self.assertEqual(result.returncode, code, result.stderr)
        lines = result.stderr.splitlines()
        if code == 1:
            self.assertEqual(len(lines), 1, result.stderr)
        self.assertTrue(lines, "no message on stderr")
        if message:
            self.assertEqual(lines[0], message)
        self.assertEqual(self.files(), before, "a file was left behind")
        return lines[0]


class EveryKind(ReportTestCase):
    def test_every_kind_has_marking_title_dates_and_page_numbers_on_every_page(self):
        titles = {
            "case-summary": "Case summary: RP-001",
            "panel-pack": "Panel meeting pack",
            "executive": "Executive Group status report",
            "timeline": "Timeline of open reviews",
            "annual": "Annual report statistics",
        }
        for kind in KINDS:
            with self.subTest(kind=kind):
                pdf = self.report(kind)
                pages = self.pages(pdf)
                texts = self.text(pdf).split("\f")[:pages]
                self.assertEqual(len(texts), pages)
                for number, page in enumerate(texts, start=1):
                    self.assertEqual(page.count("OFFICIAL-SENSITIVE"), 2, (kind, number))
                    self.assertIn(titles[kind], page)
                    self.assertIn("As of Thu 15 May 2025", page)
                    self.assertIn("generated ", page)
                    self.assertIn("Page %d of %d" % (number, pages), page)

    def test_small_register_page_counts(self):
        expected = {"case-summary": 2, "panel-pack": 1, "executive": 1, "timeline": 1,
                    "annual": 2}
        self.assertEqual({kind: self.pages(self.report(kind)) for kind in KINDS}, expected)

    def test_contents_name_the_cases(self):
        pack = self.text(self.report("panel-pack"))
        self.assertIn("RP-001", pack)
        self.assertIn("RP-002", pack)
        self.assertIn("Notify the national Panel", pack)  # RP-002's decision needed
        summary = self.text(self.report("case-summary"))
        self.assertIn("Brief every school on the learning", summary)
        self.assertIn("Rapid review decision: An LCSPR", summary)
        timeline = self.text(self.report("timeline"))
        self.assertIn("RP-001", timeline)
        self.assertIn("RP-002", timeline)

    def test_case_reference_is_matched_ignoring_case(self):
        pdf = self.report("case-summary", "--case", "rp-001")
        self.assertIn("Case summary: RP-001", self.text(pdf))

    def test_period_chooses_the_cohort(self):
        pdf = self.report("annual", "--from", "2025-04-01", "--to", "2026-03-31")
        text = self.text(pdf)
        self.assertIn("from Tue 1 Apr 2025 to Tue 31 Mar 2026", text)
        self.assertRegex(text, r"Serious incidents \(cases\) in the period\s+1\b")

    def test_redact_leaves_the_child_identifier_out_everywhere(self):
        plain = self.text(self.report("case-summary"))
        self.assertIn("Kestrel", plain)
        self.assertIn("Osprey", self.text(self.report("panel-pack")))
        for kind in KINDS:
            with self.subTest(kind=kind):
                text = self.text(self.report(kind, "--redact"))
                self.assertNotIn("Kestrel", text)
                self.assertNotIn("Osprey", text)
                self.assertIn("Redacted: the child identifier is left out.", text)

    def test_report_replaces_an_existing_file(self):
        out = self.path("panel-pack.pdf")
        with open(out, "w") as f:
            f.write("old")
        self.report("panel-pack")
        with open(out, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")


class Errors(ReportTestCase):
    def test_unknown_kind(self):
        self.fails(1, ["report", "weekly", "--out", self.path("x.pdf")],
                   'reviewdesk-cli: unknown report "weekly"; use case-summary, panel-pack, '
                   "executive, timeline, annual")

    def test_missing_kind_or_out_is_bad_usage(self):
        line = self.fails(2, ["report", "--out", self.path("x.pdf")])
        self.assertTrue(line.startswith("reviewdesk-cli report: "), line)
        self.assertEqual(self.fails(2, ["report", "annual"]),
                         "reviewdesk-cli report: missing --out FILE.pdf")
        self.fails(2, ["report", "annual", "--out", self.path("x.pdf"), "--colour"])

    def test_case_summary_needs_a_known_case(self):
        self.fails(1, ["report", "case-summary", "--out", self.path("x.pdf")],
                   "reviewdesk-cli: the case-summary report needs --case REF")
        self.fails(1, ["report", "case-summary", "--case", "NOPE-9", "--out",
                       self.path("x.pdf"), "--as-of", AS_OF],
                   'reviewdesk-cli: no case with reference "NOPE-9"')

    def test_case_only_for_case_summary_and_period_only_for_period_reports(self):
        self.fails(1, ["report", "panel-pack", "--case", "RP-001", "--out", self.path("x.pdf")],
                   "reviewdesk-cli: --case is for the case-summary report only")
        self.fails(1, ["report", "timeline", "--from", "2025-01-01", "--out", self.path("x.pdf")],
                   "reviewdesk-cli: --from and --to are for the executive and annual reports only")

    def test_bad_dates(self):
        self.fails(1, ["report", "annual", "--from", "2025-02-30", "--out", self.path("x.pdf")],
                   "reviewdesk-cli: from date 2025-02-30 does not exist in the calendar")
        self.fails(1, ["report", "executive", "--as-of", "15/05/2025", "--out",
                       self.path("x.pdf")])
        self.fails(1, ["report", "annual", "--from", "2025-04-01", "--to", "2025-03-31",
                       "--out", self.path("x.pdf")],
                   "reviewdesk-cli: the period ends (2025-03-31) before it starts (2025-04-01)")

    def test_unwritable_out(self):
        nowhere = os.path.join(self.dir, "missing-folder", "x.pdf")
        line = self.fails(1, ["report", "panel-pack", "--out", nowhere, "--as-of", AS_OF])
        self.assertTrue(line.startswith("reviewdesk-cli: cannot write " + nowhere), line)
        self.assertFalse(os.path.exists(nowhere))
        line = self.fails(1, ["report", "panel-pack", "--out", self.dir, "--as-of", AS_OF])
        self.assertTrue(line.startswith("reviewdesk-cli: cannot write "), line)

    def test_unreadable_register(self):
        self.db = os.path.join(self.dir, "not-a-register.rdk")
        with open(self.db, "w") as f:
            f.write("this is not a database")
        with open(self.db, "rb") as f:
            before = f.read()
        self.fails(1, ["report", "panel-pack", "--out", self.path("x.pdf")])
        with open(self.db, "rb") as f:
            self.assertEqual(f.read(), before)


class ExecutiveTargets(ReportTestCase):
    def test_an_extended_review_is_judged_against_its_extended_target(self):
        # Decided Mon 3 Feb 2025: six months, Sun 3 Aug 2025 (181 days); extended to
        # Fri 31 Oct 2025 (270 days). On Mon 1 Sep 2025, 210 days in: on track.
        self.ok("extend", "RP-001", "--to", "2025-10-31", "--reason", "trial",
                "--agreed-on", "2025-07-01")
        out = self.path("exec.pdf")
        self.ok("report", "executive", "--out", out, "--as-of", "2025-09-01")
        flat = " ".join(self.text(out).split())
        self.assertIn("RP-001 Mon 3 Feb 2025 Fri 31 Oct 2025 (extended) 210 270 On track", flat)


class LongText(ReportTestCase):
    """A rationale or an action's wording taller than a page goes on over the
    next pages whole: nothing is cut, nothing runs into the footer."""

    @staticmethod
    def points(name, count):
        filler = "the agencies' records were read again and the learning set out in full " * 3
        return " ".join(f"{name} {i:02d} says {filler}and ends." for i in range(1, count + 1))

    def check_whole(self, pdf, name, count):
        pages = self.pages(pdf)
        texts = self.text(pdf).split("\f")[:pages]
        for number, page in enumerate(texts, start=1):
            self.assertIn(f"Page {number} of {pages}", page)
        # Below the footer's rule (44 pt above the foot of the A4 page) there is
        # the footer and nothing else.
        bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout
        word = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">'
                          r'([^<]*)</word>')
        for number, page in enumerate(bbox.split("<page ")[1:], start=1):
            low = [text for y_min, y_max, text in word.findall(page) if float(y_max) > 842 - 44]
            self.assertEqual(sorted(low), sorted(["ReviewDesk", "Page", str(number), "of",
                                                  str(pages), "OFFICIAL-SENSITIVE"]), number)
        flat = " ".join(" ".join(texts).split())
        found = [int(m) for m in re.findall(name + r" (\d\d) says", flat)]
        self.assertEqual(found, list(range(1, count + 1)))
        return pages

    def test_a_rationale_taller_than_a_page_is_printed_whole(self):
        self.ok("rapid-review", "RP-001", "--rationale", self.points("Point", 45))
        pages = self.check_whole(self.report("case-summary"), "Point", 45)
        self.assertGreaterEqual(pages, 3)

    def test_notes_taller_than_a_page_go_on_over_the_next_pages(self):
        csv_path = self.path("notes.csv")
        with open(csv_path, "w", encoding="utf-8") as f:
            f.write(f'ref,harm,aware,notes\nNOTE-1,death,2025-02-03,"{self.points("Note", 80)}"\n')
        self.ok("import", "csv", csv_path)
        pages = self.check_whole(self.report("case-summary", "--case", "NOTE-1"), "Note", 80)
        self.assertGreaterEqual(pages, 3)

    def test_an_action_taller_than_a_page_is_printed_whole_in_the_panel_pack(self):
        self.ok("action", "add", "RP-001", "--text", self.points("Step", 60), "--owner", "Police",
                "--due", "2025-03-31")
        self.check_whole(self.report("panel-pack"), "Step", 60)


if __name__ == "__main__":
    unittest.main(verbosity=2)
