"""Runs reviewdesk-bench --quick --out FILE and checks the JSON it writes:
every metric of issue 8 present, each with value, unit, target and met of the
right types, and met consistent with the value and the target."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

BENCH = sys.argv.pop(1) if len(sys.argv) > 1 else os.environ.get("REVIEWDESK_BENCH", "")

# name: (unit, target, higher is better)
EXPECTED = {
    "calendar_add_per_s": ("per s", 20_000_000, True),
    "calendar_between_per_s": ("per s", 20_000_000, True),
    "demo_50k_s": ("s", 10, False),
    "open_50k_ms": ("ms", 300, False),
    "deadlines_cli_50k_ms": ("ms", 1000, False),
    "filter_50k_ms": ("ms", 16, False),
    "sort_50k_ms": ("ms", 100, False),
    "save_ms": ("ms", 5, False),
    "annual_pdf_ms": ("ms", 1000, False),
    "gui_start_ratio": ("ratio", 1.5, False),
    "gui_rss_50k_mib": ("MiB", 150, False),
}


class QuickBenchmark(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        out = os.path.join(cls.folder.name, "bench.json")
        env = dict(os.environ)
        # No display and no platform named: the benchmark chooses where the
        # desktop processes draw (its own virtual X display, when it can).
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        env.pop("QT_QPA_PLATFORM", None)
        cls.completed = subprocess.run([BENCH, "--quick", "--out", out], env=env,
                                 capture_output=True, text=True, timeout=280)
        cls.figures = None
        if os.path.exists(out):
            with open(out, encoding="utf-8") as handle:
                cls.figures = json.load(handle)

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def test_run_succeeds_and_prints_the_table(self):
        self.assertEqual(self.completed.returncode, 0, self.completed.stderr)
        self.assertTrue(self.completed.stdout.startswith("metric"), self.completed.stdout)
        for name in EXPECTED:
            self.assertIn(name, self.completed.stdout)
        # The second yardstick of the start: a bare window that draws text.
        self.assertRegex(self.completed.stdout,
                         r"bare window with one label: first paint \d+ ms; "
                         r"the app's first paint is \d+\.\d\d times that")
        # The register's search texts, built after its first paint, timed apart.
        self.assertRegex(self.completed.stdout,
                         r"search texts built after the page is painted: \d+\.\d ms")

    def test_desktop_starts_are_drawn_on_a_virtual_display_or_say_why_not(self):
        self.assertIsNotNone(self.figures, self.completed.stderr)
        note = self.figures["gui_start_ratio"]["note"]
        if "(xcb on Xvfb)" in note:
            # The same starts offscreen, where no window system takes part.
            self.assertRegex(self.completed.stdout,
                             r"desktop: offscreen: first paint \d+ ms vs bare \d+ ms "
                             r"\(ratio \d+\.\d\d\), with one label \d+ ms")
        else:
            self.assertIn("(offscreen)", note)
            why = ("Xvfb is not installed" if shutil.which("Xvfb") is None
                   else r"Xvfb did not start: .*|Xvfb reported no display number")
            self.assertRegex(self.completed.stdout,
                             r"desktop: no virtual display \((%s)\): drawn offscreen" % why)

    def test_no_virtual_display_is_left_running(self):
        self.assertIsNotNone(self.figures, self.completed.stderr)
        # The benchmark's own server, as it starts it (virtualdisplay.cpp).
        own = b"-displayfd\x001\x00-noreset\x00"
        left = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/cmdline", "rb") as handle:
                        if own in handle.read():
                            left.append(entry)
                except OSError:
                    pass  # ended meanwhile
        self.assertEqual(left, [])

    def test_json_has_exactly_the_metrics(self):
        self.assertIsNotNone(self.figures, self.completed.stderr)
        self.assertEqual(sorted(self.figures), sorted(EXPECTED))

    def test_each_metric_has_its_unit_target_and_verdict(self):
        self.assertIsNotNone(self.figures, self.completed.stderr)
        for name, (unit, target, higher) in EXPECTED.items():
            with self.subTest(metric=name):
                figure = self.figures[name]
                self.assertLessEqual({"value", "unit", "target", "met"}, set(figure))
                self.assertEqual(figure["unit"], unit)
                self.assertEqual(figure["target"], target)
                self.assertIsInstance(figure["met"], bool)
                value = figure["value"]
                self.assertIsInstance(value, (int, float))
                self.assertGreater(value, 0)
                self.assertEqual(figure["met"], value >= target if higher else value <= target)


if __name__ == "__main__":
    unittest.main()
