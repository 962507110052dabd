#include "models/statusdelegate.h"

#include "models/deadlinetext.h"
#include "models/modelroles.h"
#include "models/statuscolors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace reviewdesk::ui {
namespace {

constexpr int kHorizontalPadding = 8; // inside the pill, either side of the text
constexpr int kMargin = 3;            // between the pill and the cell's edge

std::optional<DeadlineStatus> statusOf(const QModelIndex& index)
{
    const QVariant value = index.data(StatusRole);
    if (!value.isValid())
        return std::nullopt;
    const int status = value.toInt();
    if (status < int(DeadlineStatus::Met) || status > int(DeadlineStatus::Overdue))
        return std::nullopt;
    return DeadlineStatus(status);
}

} // namespace

StatusDelegate::StatusDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const
{
    const auto status = statusOf(index);
    if (!status) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The cell's own background and selection, without its text: the pill carries that.
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const StatusColors colors = StatusColors::forStatus(*status, opt.palette);
    const QFontMetrics metrics(opt.font);
    const QRect cell = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    // A few pixels of slack: rounding the pill to whole pixels must never elide the text.
    const int width =
        std::min(cell.width(), metrics.horizontalAdvance(text) + 2 * kHorizontalPadding + 4);
    const QRectF pill(cell.left(), cell.top(), width, cell.height());
    const qreal radius = pill.height() / 2.0;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, colors.background);
    painter->setPen(QPen(colors.border, 1));
    painter->drawPath(path);
    painter->setPen(colors.foreground);
    painter->setFont(opt.font);
    const QRect textRect = pill.toRect().adjusted(kHorizontalPadding, 0, -kHorizontalPadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (statusOf(index))
        size += QSize(2 * (kHorizontalPadding + kMargin), 2 * kMargin);
    return size;
}

QString StatusDelegate::accessibleText(const QModelIndex& index)
{
    QString text = index.data(Qt::AccessibleTextRole).toString();
    if (text.isEmpty())
        text = index.data(Qt::DisplayRole).toString();
    const auto status = statusOf(index);
    if (status && !text.startsWith(statusText(*status), Qt::CaseInsensitive) &&
        !text.contains(statusText(*status), Qt::CaseInsensitive))
        text = QStringLiteral("%1: %2").arg(statusText(*status), text);
    return text;
}

} // namespace reviewdesk::ui
