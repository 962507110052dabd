#include "reports/pdfrenderer.h"

#include "reports/chartpainter.h"
#include "reports/reportstyle.h"
#include "timeline/timelinepainter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace reviewdesk::reports {
namespace {

// Page furniture, in points from the page's edges.
constexpr double kSideMargin = 42;
constexpr double kBodyTop = 58;
constexpr double kBodyBottom = 54;
constexpr double kCellPadding = 3;
// The timeline is drawn with a font of this many layout pixels, as on screen.
constexpr int kTimelineFontPixels = 11;

struct Fonts
{
    QFont marking = reportFont(10, true);
    QFont header = reportFont(8);
    QFont headerBold = reportFont(8, true);
    QFont title = reportFont(18, true);
    QFont subtitle = reportFont(9.5);
    QFont heading1 = reportFont(13, true);
    QFont heading2 = reportFont(10.5, true);
    QFont body = reportFont(9);
    QFont cell = reportFont(8);
    QFont cellBold = reportFont(8, true);
};

QFont timelineFont()
{
    QFont font = reportFont(9);
    font.setPixelSize(kTimelineFontPixels);
    return font;
}

// What both passes share: the row heights measured in the first.
struct Measurements
{
    QHash<const Table*, QList<double>> rowHeights;
};

class Progress
{
public:
    Progress(const ProgressFn& function, int total) : m_function(function), m_total(total) {}

    // False when cancelled. Calls the function every few steps only.
    bool step(int count = 1)
    {
        m_done += count;
        if (!m_function || (m_done - m_reported < 64 && m_done < m_total))
            return !m_cancelled;
        m_reported = m_done;
        m_cancelled = !m_function(std::min(m_done, m_total), m_total);
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    const ProgressFn& m_function;
    int m_total;
    int m_done = 0;
    int m_reported = -1000;
    bool m_cancelled = false;
};

// One pass over the document: with a painter it paints, without one it only
// measures and counts pages. Both passes take the same decisions.
class PageFlow
{
public:
    PageFlow(QPdfWriter& writer, QPainter* painter, const ReportDocument& document,
             const PageDecoration& decoration, Measurements& measurements, int totalPages,
             Progress& progress)
        : m_writer(writer), m_painter(painter), m_document(document), m_decoration(decoration),
          m_measurements(measurements), m_totalPages(totalPages), m_progress(progress)
    {
        const QSizeF size = writer.pageLayout().fullRectPoints().size();
        m_page = QSizeF(pt(size.width()), pt(size.height()));
        m_body = QRectF(pt(kSideMargin), pt(kBodyTop), m_page.width() - 2 * pt(kSideMargin),
                        m_page.height() - pt(kBodyTop) - pt(kBodyBottom));
    }

    // False when cancelled.
    bool run()
    {
        startPage();
        titleBlock();
        for (const Block& block : m_document.blocks) {
            std::visit([this](const auto& b) { place(b); }, block);
            if (!m_progress.step())
                return false;
        }
        return !m_progress.cancelled();
    }

    int pages() const { return m_pageNumber; }

private:
    double remaining() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top() + 0.5; }

    void startPage()
    {
        if (m_pageNumber > 0 && m_painter)
            m_writer.newPage();
        ++m_pageNumber;
        m_y = m_body.top();
        if (m_painter)
            decorate();
    }

    void ensure(double height)
    {
        if (height > remaining() && !atTop())
            startPage();
    }

    void decorate()
    {
        QPainter& p = *m_painter;
        const ReportColors& colors = reportColors();
        const QString marking = QString::fromLatin1(kProtectiveMarking);
        const double width = m_page.width();
        p.setPen(colors.marking);
        p.setFont(m_fonts.marking);
        p.drawText(QRectF(0, pt(12), width, pt(14)), Qt::AlignHCenter | Qt::AlignVCenter, marking);
        p.drawText(QRectF(0, m_page.height() - pt(26), width, pt(14)),
                   Qt::AlignHCenter | Qt::AlignVCenter, marking);

        const double left = m_body.left();
        const double right = m_body.right();
        p.setFont(m_fonts.headerBold);
        p.setPen(colors.text);
        const QFontMetricsF bold(m_fonts.headerBold, p.device());
        const QFontMetricsF plain(m_fonts.header, p.device());
        const double noteWidth = plain.horizontalAdvance(m_decoration.headerNote) + pt(2);
        p.drawText(
            QRectF(left, pt(30), right - left - noteWidth - pt(8), pt(12)),
            Qt::AlignLeft | Qt::AlignVCenter,
            bold.elidedText(m_decoration.title, Qt::ElideRight, right - left - noteWidth - pt(8)));
        p.setFont(m_fonts.header);
        p.setPen(colors.muted);
        p.drawText(QRectF(right - noteWidth, pt(30), noteWidth, pt(12)),
                   Qt::AlignRight | Qt::AlignVCenter, m_decoration.headerNote);
        p.setPen(QPen(colors.rule, pt(0.6)));
        p.drawLine(QPointF(left, pt(45)), QPointF(right, pt(45)));

        const double footerRule = m_page.height() - pt(44);
        p.drawLine(QPointF(left, footerRule), QPointF(right, footerRule));
        p.setPen(colors.muted);
        p.drawText(QRectF(left, footerRule + pt(3), (right - left) / 2, pt(12)),
                   Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("ReviewDesk"));
        p.setPen(colors.text);
        p.drawText(
            QRectF(left + (right - left) / 2, footerRule + pt(3), (right - left) / 2, pt(12)),
            Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("Page %1 of %2").arg(m_pageNumber).arg(m_totalPages));
    }

    double textHeight(const QFont& font, const QString& text, double width) const
    {
        const QFontMetricsF metrics(font, &m_writer);
        if (!text.contains(QLatin1Char('\n')) && metrics.horizontalAdvance(text) <= width)
            return metrics.height();
        return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    }

    // The longest head of `text` whose lines, wrapped at `width` as drawText
    // wraps them, fit in `height`, and the rest; at least one line, so that a
    // block taller than a page still moves on.
    std::pair<QString, QString> splitToHeight(const QFont& font, const QString& text, double width,
                                              double height) const
    {
        QString laidOut = text;
        laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QTextLayout layout(laidOut, font, &m_writer);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        double y = 0;
        qsizetype cut = -1;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (y > 0 && y + line.height() > height) {
                cut = line.textStart();
                break;
            }
            y += line.height();
        }
        layout.endLayout();
        if (cut < 0)
            return {text, QString()};
        QString head = text.left(cut);
        while (head.endsWith(QLatin1Char('\n')) || head.endsWith(QLatin1Char(' ')))
            head.chop(1);
        return {head, text.mid(cut)};
    }

    void drawText(const QFont& font, const QColor& color, const QRectF& rect, const QString& text,
                  bool singleLine)
    {
        QPainter& p = *m_painter;
        p.setFont(font);
        p.setPen(color);
        if (singleLine) {
            const QFontMetricsF metrics(font, p.device());
            p.drawText(QPointF(rect.left(), rect.top() + metrics.ascent()), text);
        } else {
            p.drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        }
    }

    void titleBlock()
    {
        const double height = textHeight(m_fonts.title, m_document.title, m_body.width());
        if (m_painter)
            drawText(m_fonts.title, reportColors().text,
                     QRectF(m_body.left(), m_y, m_body.width(), height), m_document.title, false);
        m_y += height + pt(4);
        for (const QString& line : m_document.subtitle) {
            const double lineHeight = textHeight(m_fonts.subtitle, line, m_body.width());
            if (m_painter)
                drawText(m_fonts.subtitle, reportColors().muted,
                         QRectF(m_body.left(), m_y, m_body.width(), lineHeight), line, false);
            m_y += lineHeight + pt(1);
        }
        m_y += pt(10);
    }

    void place(const Heading& heading)
    {
        const QFont& font = heading.level <= 1 ? m_fonts.heading1 : m_fonts.heading2;
        const double before = heading.level <= 1 ? pt(10) : pt(7);
        const double height = textHeight(font, heading.text, m_body.width());
        // Keep a heading with a few lines of what follows it.
        ensure(before + height + pt(4) + 4 * QFontMetricsF(m_fonts.cell, &m_writer).height());
        if (!atTop())
            m_y += before;
        if (m_painter) {
            drawText(font, reportColors().text, QRectF(m_body.left(), m_y, m_body.width(), height),
                     heading.text, false);
            if (heading.level <= 1) {
                m_painter->setPen(QPen(reportColors().grid, pt(0.6)));
                m_painter->drawLine(QPointF(m_body.left(), m_y + height + pt(1.5)),
                                    QPointF(m_body.right(), m_y + height + pt(1.5)));
            }
        }
        m_y += height + pt(4);
    }

    void place(const Paragraph& paragraph)
    {
        const QColor& color = paragraph.muted ? reportColors().muted : reportColors().text;
        QString text = paragraph.text;
        double height = textHeight(m_fonts.body, text, m_body.width());
        // Taller than a page: the page is filled, and the rest goes on over the next.
        while (height > m_body.height()) {
            if (remaining() < 3 * QFontMetricsF(m_fonts.body, &m_writer).height())
                startPage();
            const auto [head, rest] =
                splitToHeight(m_fonts.body, text, m_body.width(), remaining());
            if (m_painter)
                drawText(m_fonts.body, color,
                         QRectF(m_body.left(), m_y, m_body.width(), remaining()), head, false);
            startPage();
            text = rest;
            height = textHeight(m_fonts.body, text, m_body.width());
        }
        ensure(height);
        if (m_painter)
            drawText(m_fonts.body, color, QRectF(m_body.left(), m_y, m_body.width(), height), text,
                     false);
        m_y += height + pt(5);
    }

    QList<double> columnWidths(const Table& table) const
    {
        const int columns = int(
            std::max(table.headers.size(), table.rows.isEmpty() ? 0 : table.rows.first().size()));
        double total = 0;
        for (int c = 0; c < columns; ++c)
            total += table.widths.value(c, 1.0);
        QList<double> widths;
        for (int c = 0; c < columns; ++c)
            widths << m_body.width() * table.widths.value(c, 1.0) / total;
        return widths;
    }

    // Bold for the header, and for the first column of a table without one.
    const QFont& cellFont(const Table& table, int column, bool header) const
    {
        return header || (table.headers.isEmpty() && column == 0) ? m_fonts.cellBold : m_fonts.cell;
    }

    double rowHeight(const Table& table, const QStringList& cells, const QList<double>& widths,
                     bool header) const
    {
        double height = 0;
        for (int c = 0; c < widths.size(); ++c) {
            const QFont& font = cellFont(table, c, header);
            height = std::max(height,
                              textHeight(font, cells.value(c), widths[c] - 2 * pt(kCellPadding)));
        }
        return height + 2 * pt(kCellPadding);
    }

    void paintRow(const Table& table, const QStringList& cells, const QList<double>& widths,
                  double height, bool header, int index)
    {
        QPainter& p = *m_painter;
        const ReportColors& colors = reportColors();
        const QRectF band(m_body.left(), m_y, m_body.width(), height);
        if (header)
            p.fillRect(band, colors.headerFill);
        else if (index % 2 == 1)
            p.fillRect(band, colors.alternateRow);
        const bool boldRow = table.lastRowBold && index == table.rows.size() - 1;
        double x = m_body.left();
        for (int c = 0; c < widths.size(); ++c) {
            const QRectF cell(x, m_y, widths[c], height);
            if (!header && c == table.statusColumn && index < table.rowStatus.size() &&
                table.rowStatus[index]) {
                QColor tint = TimelinePalette::light().forStatus(*table.rowStatus[index]).fill;
                p.fillRect(cell.adjusted(pt(1), pt(1), -pt(1), -pt(1)), tint);
            }
            const QFont& font = boldRow ? m_fonts.cellBold : cellFont(table, c, header);
            const QString text = cells.value(c);
            const QRectF inner = cell.adjusted(pt(kCellPadding), pt(kCellPadding),
                                               -pt(kCellPadding), -pt(kCellPadding));
            const bool single =
                !text.contains(QLatin1Char('\n')) &&
                QFontMetricsF(font, p.device()).horizontalAdvance(text) <= inner.width();
            p.save();
            p.setClipRect(cell);
            drawText(font, colors.text, inner, text, single);
            p.restore();
            x += widths[c];
        }
        p.setPen(QPen(colors.grid, pt(0.5)));
        p.drawLine(QPointF(band.left(), band.bottom()), QPointF(band.right(), band.bottom()));
    }

    void place(const Table& table)
    {
        const QList<double> widths = columnWidths(table);
        if (widths.isEmpty())
            return;
        const bool hasHeader = !table.headers.isEmpty();
        const double headerHeight = hasHeader ? rowHeight(table, table.headers, widths, true) : 0;
        QList<double>& heights = m_measurements.rowHeights[&table];
        const bool measuring = heights.size() != table.rows.size();
        if (measuring) {
            heights.clear();
            heights.reserve(table.rows.size());
        }
        // The tallest row a page holds under the header; a taller one goes on
        // over the next pages, each cell's text where the page cut it.
        const double tallest = m_body.height() - headerHeight - pt(2);
        auto header = [&] {
            if (hasHeader && m_painter)
                paintRow(table, table.headers, widths, headerHeight, true, 0);
            m_y += headerHeight;
        };
        // Start a table where its header and first rows fit (up to three, a
        // row that goes on over pages counting its first lines), so a header
        // never stands alone at the foot of a page.
        const double someLines =
            4 * QFontMetricsF(m_fonts.cell, &m_writer).height() + 2 * pt(kCellPadding);
        double first = 0;
        for (qsizetype r = 0; r < std::min<qsizetype>(3, table.rows.size()); ++r) {
            const double height = rowHeight(table, table.rows[r], widths, false);
            first += height > tallest ? someLines : height;
        }
        ensure(headerHeight + first);
        header();
        for (int r = 0; r < table.rows.size(); ++r) {
            if (measuring)
                heights << rowHeight(table, table.rows[r], widths, false);
            QStringList cells = table.rows[r];
            double height = heights[r];
            while (height > tallest) {
                // The page's room, filled with as much of each cell as fits.
                if (remaining() < someLines) {
                    startPage();
                    header();
                }
                const double room = remaining();
                QStringList part;
                QStringList rest;
                for (int c = 0; c < widths.size(); ++c) {
                    const auto [head, tail] = splitToHeight(
                        cellFont(table, c, false), cells.value(c), widths[c] - 2 * pt(kCellPadding),
                        room - 2 * pt(kCellPadding));
                    part << head;
                    rest << tail;
                }
                if (m_painter)
                    paintRow(table, part, widths, room, false, r);
                m_y += room;
                cells = rest;
                height = rowHeight(table, cells, widths, false);
            }
            if (height > remaining()) {
                startPage();
                header();
            }
            if (m_painter)
                paintRow(table, cells, widths, height, false, r);
            m_y += height;
            if (!m_progress.step())
                return;
        }
        m_y += pt(8);
    }

    void place(const BarChart& chart)
    {
        const double height = std::min(barChartHeight(chart, m_body.width()), m_body.height());
        ensure(height);
        if (m_painter)
            paintBarChart(*m_painter, chart, QRectF(m_body.left(), m_y, m_body.width(), height));
        m_y += height + pt(10);
    }

    // The timeline continues over pages, a band of rows per page, each with
    // the date axis; the canvas is scaled to the width of the page.
    void place(const TimelineFigure& figure)
    {
        const TimelineLayout& layout = figure.layout;
        const QFont font = timelineFont();
        const QFontMetricsF metrics(font, &m_writer);
        TimelinePaintOptions options;
        options.axisHeight = std::ceil(metrics.height() * 2.6);
        options.labelWidth = 200;
        options.cornerText = figure.cornerText;
        const QRectF bounds = layout.bounds;
        const double canvasWidth =
            timelineCanvasSize(QRectF(0, 0, bounds.width(), 1), options).width();
        const double factor = m_body.width() / canvasWidth; // device units per layout pixel
        const double legendHeight = pt(16);
        const TimelinePalette palette = TimelinePalette::light();

        ensure(legendHeight + (options.axisHeight + 3 * layout.rowHeight) * factor);
        if (m_painter) {
            m_painter->save();
            m_painter->translate(m_body.left(), m_y);
            m_painter->scale(kUnitsPerPoint, kUnitsPerPoint);
            QFont legend = font;
            legend.setPixelSize(8);
            m_painter->setFont(legend);
            paintTimelineLegend(*m_painter, palette, QPointF(0, 0));
            m_painter->restore();
        }
        m_y += legendHeight;
        int row = 0;
        const int rows = std::max(1, layout.rowCount());
        while (row < rows) {
            const double available = remaining() / factor - options.axisHeight;
            int fit = int(std::floor(available / layout.rowHeight));
            if (fit < 3 && !atTop()) {
                startPage();
                continue;
            }
            fit = std::max(1, std::min(fit, rows - row));
            const QRectF visible(bounds.left(), row * layout.rowHeight, bounds.width(),
                                 fit * layout.rowHeight);
            const double height = (options.axisHeight + visible.height()) * factor;
            if (m_painter) {
                m_painter->save();
                m_painter->translate(m_body.left(), m_y);
                m_painter->scale(factor, factor);
                m_painter->setFont(font);
                paintTimelineFitted(
                    *m_painter, layout, palette, visible,
                    QRectF(0, 0, canvasWidth, options.axisHeight + visible.height()), options);
                m_painter->restore();
            }
            m_y += height;
            row += fit;
            if (!m_progress.step(fit))
                return;
            if (row < rows)
                startPage();
        }
        m_y += pt(8);
    }

    void place(const PageBreak&)
    {
        if (!atTop())
            startPage();
    }

    QPdfWriter& m_writer;
    QPainter* m_painter;
    const ReportDocument& m_document;
    const PageDecoration& m_decoration;
    Measurements& m_measurements;
    int m_totalPages;
    Progress& m_progress;
    Fonts m_fonts;
    QSizeF m_page;
    QRectF m_body;
    double m_y = 0;
    int m_pageNumber = 0;
};

// Work units for progress: a table row or timeline row each, one per other block.
int workUnits(const ReportDocument& document)
{
    int units = 0;
    for (const Block& block : document.blocks) {
        ++units;
        if (const auto* table = std::get_if<Table>(&block))
            units += int(table->rows.size());
        else if (const auto* figure = std::get_if<TimelineFigure>(&block))
            units += std::max(1, figure->layout.rowCount());
    }
    return units;
}

} // namespace

bool renderDocument(const ReportDocument& document, QPdfWriter& writer,
                    const PageDecoration& decoration, const ProgressFn& progressFn, int* pages,
                    QString* error)
{
    writer.setResolution(kResolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4),
                    document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                    QMarginsF(0, 0, 0, 0)));
    const int units = workUnits(document);
    Progress progress(progressFn, 2 * units);
    Measurements measurements;

    PageFlow measure(writer, nullptr, document, decoration, measurements, 0, progress);
    if (!measure.run())
        return false;
    const int total = measure.pages();

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot start painting the PDF");
        return false;
    }
    PageFlow paint(writer, &painter, document, decoration, measurements, total, progress);
    const bool done = paint.run();
    painter.end();
    if (done && pages)
        *pages = paint.pages();
    return done;
}

} // namespace reviewdesk::reports
