#include "window/aboutdialog.h"

#include "applicationresources.h"
#include "storage/sqliteversion.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QVBoxLayout>

namespace reviewdesk::ui {
namespace {

QLabel* makeText(const QString& html, QWidget* parent)
{
    auto* label = new QLabel(html, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QString qtVersionText()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? running : AboutDialog::tr("%1 (built with %2)").arg(running, built);
}

QString sqliteVersionText()
{
    const auto version = sqliteVersion();
    return version ? *version : AboutDialog::tr("not available: %1").arg(version.error().message);
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ReviewDesk"));

    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("ReviewDesk icon"));
    auto* title = new QLabel(
        tr("<h2 style=\"margin:0\">ReviewDesk %1</h2>").arg(QStringLiteral(REVIEWDESK_VERSION)),
        this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* tagline = new QLabel(tr("The case register and statutory deadline tracker for the Case "
                                  "Review Panels of Safeguarding Children Partnerships."),
                               this);
    tagline->setWordWrap(true);
    auto* heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(tagline);
    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addSpacing(12);
    header->addLayout(heading, 1);

    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    // Asked once: it opens a connection through Qt's SQLite driver.
    const QString sqlite = sqliteVersionText();
    m_tabs->addTab(makeAboutTab(sqlite), tr("&About"));
    m_tabs->addTab(makeLicenceTab(), tr("&Licence"));
    m_tabs->addTab(makeNoticesTab(sqlite), tr("&Third-party notices"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy Version Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionButton"));
    copy->setToolTip(tr("Copy the versions of ReviewDesk, Qt and SQLite, for a support request."));
    connect(copy, &QPushButton::clicked, this,
            [] { QApplication::clipboard()->setText(versionDetails()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString AboutDialog::versionDetails()
{
    return QStringLiteral("ReviewDesk %1\nQt %2\nSQLite %3\n%4 (%5)\n")
        .arg(QStringLiteral(REVIEWDESK_VERSION), qtVersionText(), sqliteVersionText(),
             QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
}

QWidget* AboutDialog::makeAboutTab(const QString& sqlite)
{
    auto* page = new QWidget(m_tabs);
    auto* text = makeText(
        tr("<p>Keeps the register of serious child safeguarding cases, their Rapid Reviews and "
           "Local Child Safeguarding Practice Reviews, and computes every statutory deadline on "
           "them to the day.</p>"
           "<table cellspacing=\"4\">"
           "<tr><td>Version</td><td><b>%1</b></td></tr>"
           "<tr><td>Qt</td><td>%2</td></tr>"
           "<tr><td>SQLite</td><td>%3</td></tr>"
           "<tr><td>System</td><td>%4</td></tr>"
           "</table>"
           "<p>ReviewDesk is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License as published by the Free Software "
           "Foundation, either version 3 of the License, or (at your option) any later version "
           "(GPL-3.0-or-later). It is distributed in the hope that it will be useful, but "
           "<b>without any warranty</b>; see the Licence tab for details.</p>")
            .arg(QStringLiteral(REVIEWDESK_VERSION).toHtmlEscaped(),
                 qtVersionText().toHtmlEscaped(), sqlite.toHtmlEscaped(),
                 QSysInfo::prettyProductName().toHtmlEscaped()),
        page);
    text->setObjectName(QStringLiteral("aboutText"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addStretch();
    return page;
}

QWidget* AboutDialog::makeLicenceTab()
{
    auto* page = new QWidget(m_tabs);
    auto* intro = makeText(tr("ReviewDesk is licensed under the GNU General Public License, "
                              "version 3 or (at your option) any later version:"),
                           page);
    m_licence = new QPlainTextEdit(page);
    m_licence->setObjectName(QStringLiteral("licenceText"));
    m_licence->setAccessibleName(tr("Licence text"));
    m_licence->setReadOnly(true);
    m_licence->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_licence->setPlainText(licenceText());
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_licence, 1);
    return page;
}

QWidget* AboutDialog::makeNoticesTab(const QString& sqlite)
{
    auto* page = new QWidget(m_tabs);
    auto* text = makeText(
        tr("<p><b>Qt %1</b> — Copyright © The Qt Company Ltd. and other contributors. Used under "
           "the GNU Lesser General Public License, version 3 (Qt Core, Gui, Widgets, Sql) and "
           "the GNU General Public License, version 3 (Qt Charts). "
           "<a href=\"https://www.qt.io/\">qt.io</a></p>"
           "<p><b>SQLite %2</b> — the database engine, through Qt's SQLite driver. SQLite is in "
           "the public domain. <a href=\"https://www.sqlite.org/copyright.html\">"
           "sqlite.org/copyright.html</a></p>"
           "<p><b>Catch2</b> — Copyright © Two Blue Cubes Ltd. and contributors, under the Boost "
           "Software License 1.0. Used by the test suite only; it is not part of the installed "
           "application.</p>"
           "<p>On Linux these libraries come from the system's own packages; their licences "
           "are installed with them under <tt>/usr/share/doc</tt>.</p>")
            .arg(QString::fromLatin1(qVersion()).toHtmlEscaped(), sqlite.toHtmlEscaped()),
        page);
    text->setObjectName(QStringLiteral("noticesText"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addStretch();
    return page;
}

} // namespace reviewdesk::ui
