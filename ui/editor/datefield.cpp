#include "editor/datefield.h"

#include "util/isodate.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace reviewdesk::ui {

DateField::DateField(const QString& objectName, const QString& what, QWidget* parent)
    : QWidget(parent), m_what(what), m_edit(new QLineEdit(this)), m_message(new QLabel(this))
{
    m_edit->setObjectName(objectName);
    m_edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_edit->setAccessibleName(what);
    m_edit->setMaxLength(10);
    // Wide enough for a date, so the deadline beside it stays readable.
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) *
                            2);
    m_message->setObjectName(objectName + QStringLiteral("Error"));
    m_message->setAccessibleName(what + QStringLiteral(" problem"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_row = new QHBoxLayout;
    m_row->addWidget(m_edit);
    m_row->addStretch(1);
    layout->addLayout(m_row);
    layout->addWidget(m_message);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        refreshMessage();
        emit edited();
    });
}

QString DateField::text() const
{
    return m_edit->text();
}

void DateField::setDate(const std::optional<QDate>& date)
{
    m_edit->setText(toIso(date));
    m_problem.clear();
    refreshMessage();
}

Result<std::optional<QDate>> DateField::date() const
{
    return parseOptionalIsoDate(m_edit->text(), m_what);
}

void DateField::setProblem(const QString& message)
{
    m_problem = message;
    refreshMessage();
}

QString DateField::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QLabel* DateField::addNote(const QString& objectName, const QString& accessibleName)
{
    auto* note = new QLabel(this);
    note->setObjectName(objectName);
    note->setAccessibleName(accessibleName);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_row->insertWidget(m_row->count() - 1, note); // before the stretch
    return note;
}

void DateField::refreshMessage()
{
    const auto parsed = date();
    const QString text = parsed ? m_problem : parsed.error().message;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

std::optional<QDate> DateField::enteredDate() const
{
    const auto parsed = date();
    return parsed ? *parsed : std::nullopt;
}

} // namespace reviewdesk::ui
