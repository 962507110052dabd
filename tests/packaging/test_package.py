#!/usr/bin/python3
"""The Debian package, built with CPack from this build folder.

Builds reviewdesk_<version>_<arch>.deb into a temporary folder (the build
folder must be built: cpack installs what is there), then checks its control
fields and its exact file list (everything under /usr), runs lintian (no
errors or warnings), extracts it with `dpkg-deb -x` into a temporary root,
validates the extracted desktop entry and metainfo, and runs the extracted
programs: `--version` and a demo/deadlines round whose output must be exactly
that of the programs in the build folder.

Environment: REVIEWDESK_BUILD_DIR, REVIEWDESK_CLI, REVIEWDESK_VERSION and
REVIEWDESK_MODULE_DIR (where the charts module is installed, under the prefix).
"""

import json
import os
import select
import shutil
import subprocess
import tempfile
import unittest

BUILD_DIR = os.environ.get("REVIEWDESK_BUILD_DIR", "")
BUILT_CLI = os.environ.get("REVIEWDESK_CLI", "")
VERSION = os.environ.get("REVIEWDESK_VERSION", "")
CHARTS_MODULE = "usr/%s/reviewdesk-charts.so" % os.environ.get("REVIEWDESK_MODULE_DIR", "")
APP_ID = "uk.org.reviewdesk.ReviewDesk"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)

EXPECTED_FILES = sorted(
    ["usr/bin/reviewdesk", "usr/bin/reviewdesk-cli",
     CHARTS_MODULE,
     "usr/share/applications/%s.desktop" % APP_ID,
     "usr/share/metainfo/%s.metainfo.xml" % APP_ID,
     "usr/share/icons/hicolor/scalable/apps/%s.svg" % APP_ID,
     "usr/share/man/man1/reviewdesk.1.gz", "usr/share/man/man1/reviewdesk-cli.1.gz",
     "usr/share/doc/reviewdesk/copyright", "usr/share/doc/reviewdesk/changelog.gz"]
    + ["usr/share/icons/hicolor/%dx%d/apps/%s.png" % (size, size, APP_ID)
       for size in ICON_SIZES])

AS_OF = "2024-11-15"


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


class PackageTest(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.mkdtemp(prefix="reviewdesk-package-")
        built = run(["cpack", "-G", "DEB", "-B", os.path.join(cls.work, "out"),
                     "--config", os.path.join(BUILD_DIR, "CPackConfig.cmake")], cwd=BUILD_DIR)
        if built.returncode != 0:
            raise RuntimeError("cpack failed:\n" + built.stdout + built.stderr)
        arch = run(["dpkg", "--print-architecture"], check=True).stdout.strip()
        cls.deb = os.path.join(cls.work, "out", "reviewdesk_%s_%s.deb" % (VERSION, arch))
        cls.root = os.path.join(cls.work, "root")
        subprocess.run(["dpkg-deb", "-x", cls.deb, cls.root], check=True)
        cls.home = os.path.join(cls.work, "home")
        os.mkdir(cls.home)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    def field(self, name):
        return run(["dpkg-deb", "-f", self.deb, name], check=True).stdout.strip()

    def env(self):
        env = dict(os.environ)
        # Only the extracted programs, and a home folder of their own.
        env["PATH"] = os.path.join(self.root, "usr", "bin") + ":/usr/bin:/bin"
        env["HOME"] = self.home
        env["XDG_RUNTIME_DIR"] = self.home
        env["XDG_DATA_HOME"] = os.path.join(self.home, "data")
        env["XDG_CONFIG_HOME"] = os.path.join(self.home, "config")
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["LC_ALL"] = "C.UTF-8"
        env["USER"] = "package-tester"
        return env

    def test_control_fields(self):
        self.assertEqual(self.field("Package"), "reviewdesk")
        self.assertEqual(self.field("Version"), VERSION)
        self.assertEqual(self.field("Section"), "misc")
        self.assertEqual(self.field("Priority"), "optional")
        self.assertRegex(self.field("Maintainer"), r"^[^<>]+ <[^@<>\s]+@[^@<>\s]+>$")
        self.assertTrue(self.field("Homepage").startswith("https://"))
        self.assertTrue(self.field("Description").startswith(
            "case register and deadline tracker for Safeguarding Children Partnerships\n"))
        depends = [item.split()[0] for item in self.field("Depends").split(", ")]
        # Computed from the binaries by dpkg-shlibdeps, plus the SQL driver plugin.
        for package in ("libqt6sql6-sqlite", "libqt6core6", "libqt6widgets6", "libqt6charts6",
                        "libqt6sql6", "libfontconfig1", "libc6", "libstdc++6"):
            self.assertIn(package, depends)

    def test_file_list_is_exactly_the_expected_files_under_usr(self):
        listing = run(["dpkg-deb", "-c", self.deb], check=True).stdout.splitlines()
        files, directories = [], []
        for line in listing:
            mode, owner, _size, _date, _time, path = line.split(None, 5)
            self.assertEqual(owner, "root/root", path)
            self.assertTrue(path.startswith("./usr/"), path)
            if mode.startswith("d"):
                directories.append(path)
                self.assertEqual(mode, "drwxr-xr-x", path)
            else:
                files.append(path[2:])
                executable = path.startswith("./usr/bin/")
                self.assertEqual(mode, "-rwxr-xr-x" if executable else "-rw-r--r--", path)
        self.assertEqual(sorted(files), EXPECTED_FILES)

    def test_binaries_are_stripped(self):
        for binary in ("usr/bin/reviewdesk", "usr/bin/reviewdesk-cli", CHARTS_MODULE):
            sections = run(["readelf", "-S", os.path.join(self.root, binary)],
                           check=True).stdout
            self.assertNotIn(".symtab", sections, binary)

    @unittest.skipUnless(shutil.which("lintian"), "lintian is not installed")
    def test_lintian_reports_no_errors_or_warnings(self):
        result = run(["lintian", "--fail-on", "error,warning", self.deb])
        tags = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
        self.assertEqual(tags, [])
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    @unittest.skipUnless(shutil.which("desktop-file-validate"), "desktop-file-utils missing")
    def test_extracted_desktop_entry_validates(self):
        entry = os.path.join(self.root, "usr/share/applications/%s.desktop" % APP_ID)
        result = run(["desktop-file-validate", entry])
        self.assertEqual((result.returncode, result.stdout + result.stderr), (0, ""))

    @unittest.skipUnless(shutil.which("appstreamcli"), "appstream missing")
    def test_extracted_metainfo_validates(self):
        metainfo = os.path.join(self.root, "usr/share/metainfo/%s.metainfo.xml" % APP_ID)
        result = run(["appstreamcli", "validate", "--no-net", metainfo])
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_extracted_programs_report_the_project_version(self):
        cli = run(["reviewdesk-cli", "--version"], env=self.env())
        self.assertEqual((cli.returncode, cli.stdout), (0, "reviewdesk-cli %s\n" % VERSION))
        gui = run(["reviewdesk", "--version"], env=self.env())
        self.assertEqual((gui.returncode, gui.stdout), (0, "reviewdesk %s\n" % VERSION))

    def test_extracted_cli_runs_a_demo_and_deadlines_round(self):
        database = os.path.join(self.home, "demo.sqlite")
        demo = run(["reviewdesk-cli", "--database", database, "demo", "--cases", "12",
                    "--seed", "7", "--today", AS_OF], env=self.env())
        self.assertEqual((demo.returncode, demo.stderr), (0, ""))
        self.assertEqual(demo.stdout,
                         "12 demonstration cases added to %s\n" % database)
        self.assertEqual(os.stat(database).st_mode & 0o777, 0o600)
        check = run(["reviewdesk-cli", "--database", database, "check"], env=self.env())
        self.assertEqual((check.returncode, check.stderr), (0, ""))

        deadlines = run(["reviewdesk-cli", "--database", database, "deadlines", "--as-of",
                         AS_OF, "--json"], env=self.env())
        self.assertEqual((deadlines.returncode, deadlines.stderr), (0, ""))
        rows = json.loads(deadlines.stdout)
        self.assertEqual(len({row["case"] for row in rows}), 12)

        # The same round with the program of the build folder gives the same answer.
        reference = os.path.join(self.home, "reference.sqlite")
        subprocess.run([BUILT_CLI, "--database", reference, "demo", "--cases", "12", "--seed",
                        "7", "--today", AS_OF], env=self.env(), check=True,
                       capture_output=True)
        expected = run([BUILT_CLI, "--database", reference, "deadlines", "--as-of", AS_OF,
                        "--json"], env=self.env(), check=True)
        self.assertEqual(deadlines.stdout, expected.stdout)

    def test_extracted_application_draws_charts_with_its_installed_module(self):
        database = os.path.join(self.home, "charts.sqlite")
        subprocess.run(["reviewdesk-cli", "--database", database, "demo", "--cases", "12",
                        "--seed", "7", "--today", AS_OF], env=self.env(), check=True,
                       capture_output=True)
        env = dict(self.env(), REVIEWDESK_FIRST_PAINT_PROBE="charts")
        app = subprocess.Popen(["reviewdesk", "--database", database], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            # A minute at most: a window stuck on a dialog never reports.
            ready, _, _ = select.select([app.stdout], [], [], 60)
            line = app.stdout.readline() if ready else "no report within 60 s\n"
        finally:
            app.kill()
            app.wait()
        self.assertEqual(line, "charts drawn\n")

    def test_man_pages_are_installed_compressed_and_render(self):
        for page in ("reviewdesk.1.gz", "reviewdesk-cli.1.gz"):
            path = os.path.join(self.root, "usr/share/man/man1", page)
            with open(path, "rb") as handle:
                self.assertEqual(handle.read(2), b"\x1f\x8b", page)
            if shutil.which("man"):
                result = run(["man", "-l", path], env=dict(self.env(), MANWIDTH="100"))
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertIn("ReviewDesk %s" % VERSION, result.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
