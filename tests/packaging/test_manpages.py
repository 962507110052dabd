#!/usr/bin/python3
"""The man pages and the desktop metadata agree with the programs.

- reviewdesk-cli(1) documents exactly the usage forms that `reviewdesk-cli
  help` prints (every command, subcommand and option), and describes every
  option somewhere besides the forms;
- reviewdesk(1) describes every option that `reviewdesk --help` prints;
- the AppStream metainfo's newest release and the Debian changelog's top
  entry are the version set in project(), as both programs report it;
- the desktop entry and the metainfo pass their validators.

Environment: REVIEWDESK_CLI, REVIEWDESK_GUI (built binaries),
REVIEWDESK_VERSION (from project()), REVIEWDESK_PACKAGING (packaging/).
"""

import os
import re
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree

CLI = os.environ.get("REVIEWDESK_CLI", "")
GUI = os.environ.get("REVIEWDESK_GUI", "")
VERSION = os.environ.get("REVIEWDESK_VERSION", "")
PACKAGING = os.environ.get("REVIEWDESK_PACKAGING", "")
APP_ID = "uk.org.reviewdesk.ReviewDesk"


def plain(roff):
    """A line of roff as the reader sees it: fonts, escapes and spacing removed."""
    text = re.sub(r"\\f[BIRP]", "", roff)
    for escape, character in ((r"\-", "-"), (r"\(dq", '"'), (r"\:", ""), (r"\&", ""),
                              (r"\ ", " "), (r"\e", "\\")):
        text = text.replace(escape, character)
    return " ".join(text.split())


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def man_forms(page):
    """The usage forms of a man page: the line after each .TP under COMMANDS."""
    forms = []
    lines = page.splitlines()
    in_commands = False
    for index, line in enumerate(lines):
        if line.startswith(".SH"):
            in_commands = line.strip() == ".SH COMMANDS"
        elif in_commands and line.strip() == ".TP":
            forms.append(plain(lines[index + 1]))
    return forms


def cli_forms():
    """The usage forms `reviewdesk-cli help` prints, one per line."""
    result = subprocess.run([CLI, "help"], capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    start = lines.index("commands:") + 1
    forms = []
    for line in lines[start:]:
        if not line.strip():
            break
        forms.append(" ".join(line.split()))
    return forms


def mentions(text, option):
    """Whether `text` names `option` itself ("--to", not only "--today")."""
    return re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(option), text) is not None


def options_of(text):
    return set(re.findall(r"--[a-z][a-z-]*", text))


def gui_env():
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = tempfile.mkdtemp(prefix="reviewdesk-man-")
    env["XDG_RUNTIME_DIR"] = env["HOME"]
    return env


class CliManPageTest(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.page = read(os.path.join(PACKAGING, "man", "reviewdesk-cli.1.in"))

    def test_the_help_lists_forms_to_compare(self):
        forms = cli_forms()
        self.assertGreaterEqual(len(forms), 30)
        self.assertIn("init", forms)
        self.assertIn("backup DEST", forms)

    def test_man_page_documents_exactly_the_forms_of_the_help(self):
        documented = man_forms(self.page)
        listed = cli_forms()
        self.assertEqual(sorted(set(documented) - set(listed)), [],
                         "forms in reviewdesk-cli.1 that the CLI does not have")
        self.assertEqual(sorted(set(listed) - set(documented)), [],
                         "forms of the CLI missing from reviewdesk-cli.1")
        self.assertEqual(len(documented), len(set(documented)), "a form documented twice")

    def test_every_option_is_described_besides_its_form(self):
        lines = self.page.splitlines()
        form_lines = {index + 1 for index, line in enumerate(lines) if line.strip() == ".TP"}
        prose = " ".join(plain(line) for index, line in enumerate(lines)
                         if index not in form_lines)
        options = set()
        for form in cli_forms():
            options |= options_of(form)
        self.assertEqual(sorted(option for option in options if not mentions(prose, option)), [])

    def test_global_options_are_described(self):
        prose = plain(self.page)
        for option in ("--database", "--version", "--help", "--json", "--as-of"):
            self.assertIn(option, prose)

    def test_version_line_matches_the_program(self):
        result = subprocess.run([CLI, "--version"], capture_output=True, text=True, check=True)
        self.assertEqual(result.stdout, "reviewdesk-cli %s\n" % VERSION)
        self.assertIn('"ReviewDesk @PROJECT_VERSION@"', self.page)

    @unittest.skipUnless(shutil.which("man"), "man is not installed")
    def test_renders_without_warnings(self):
        for name in ("reviewdesk-cli.1.in", "reviewdesk.1.in"):
            with tempfile.TemporaryDirectory() as folder:
                page = os.path.join(folder, name[:-3])
                with open(page, "w", encoding="utf-8") as handle:
                    handle.write(read(os.path.join(PACKAGING, "man", name))
                                 .replace("@PROJECT_VERSION@", VERSION))
                env = dict(os.environ, MANWIDTH="100", LC_ALL="C.UTF-8")
                result = subprocess.run(["man", "--warnings", "-l", page], env=env,
                                        capture_output=True, text=True)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertEqual(result.stderr, "", name)


class GuiManPageTest(unittest.TestCase):
    def test_every_option_of_the_help_is_described(self):
        result = subprocess.run([GUI, "--help"], capture_output=True, text=True,
                                env=gui_env(), check=True)
        options = re.findall(r"^\s+(?:-\w, )?(--[a-z-]+)", result.stdout, re.MULTILINE)
        self.assertEqual(sorted(options), ["--database", "--help", "--help-all", "--version"])
        prose = plain(read(os.path.join(PACKAGING, "man", "reviewdesk.1.in")))
        self.assertEqual([option for option in options if not mentions(prose, option)], [])

    def test_version_line_matches_the_project(self):
        result = subprocess.run([GUI, "--version"], capture_output=True, text=True,
                                env=gui_env(), check=True)
        self.assertEqual(result.stdout, "reviewdesk %s\n" % VERSION)


class DesktopMetadataTest(unittest.TestCase):
    def test_metainfo_newest_release_is_the_project_version(self):
        root = ElementTree.parse(
            os.path.join(PACKAGING, "linux", APP_ID + ".metainfo.xml")).getroot()
        self.assertEqual(root.findtext("id"), APP_ID)
        self.assertEqual(root.find("launchable").text, APP_ID + ".desktop")
        self.assertEqual(root.findtext("project_license"), "GPL-3.0-or-later")
        self.assertEqual(root.find("releases/release").get("version"), VERSION)
        self.assertEqual(root.find("content_rating").get("type"), "oars-1.1")

    def test_debian_changelog_top_entry_is_the_project_version(self):
        first = read(os.path.join(PACKAGING, "debian", "changelog")).splitlines()[0]
        self.assertEqual(first.split()[:2], ["reviewdesk", "(%s)" % VERSION])

    def test_desktop_entry_names_the_programs_and_icon(self):
        entry = read(os.path.join(PACKAGING, "linux", APP_ID + ".desktop"))
        self.assertIn("\nExec=reviewdesk\n", entry)
        self.assertIn("\nIcon=%s\n" % APP_ID, entry)

    @unittest.skipUnless(shutil.which("desktop-file-validate"), "desktop-file-utils missing")
    def test_desktop_entry_validates(self):
        result = subprocess.run(
            ["desktop-file-validate", os.path.join(PACKAGING, "linux", APP_ID + ".desktop")],
            capture_output=True, text=True)
        self.assertEqual((result.returncode, result.stdout + result.stderr), (0, ""))

    @unittest.skipUnless(shutil.which("appstreamcli"), "appstream missing")
    def test_metainfo_validates(self):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net",
             os.path.join(PACKAGING, "linux", APP_ID + ".metainfo.xml")],
            capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
