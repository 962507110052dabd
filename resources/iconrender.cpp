// reviewdesk-iconrender: a build-time tool that renders the application icon's
// SVG to the PNG sizes of the hicolor icon theme, so the SVG stays the one
// source of every size. Usage: reviewdesk-iconrender SVG OUTDIR NAME SIZE...
// writes OUTDIR/SIZExSIZE/NAME.png for each size.
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: reviewdesk-iconrender SVG OUTDIR NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "reviewdesk-iconrender: cannot read the SVG %s\n", argv[1]);
        return 1;
    }
    const QDir outDir(QString::fromLocal8Bit(argv[2]));
    const QString name = QString::fromLocal8Bit(argv[3]);
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            std::fprintf(stderr, "reviewdesk-iconrender: bad size %s\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString folder = QStringLiteral("%1x%1").arg(size);
        const QString path =
            outDir.filePath(folder + QLatin1Char('/') + name + QLatin1String(".png"));
        if (!outDir.mkpath(folder) || !image.save(path, "PNG")) {
            std::fprintf(stderr, "reviewdesk-iconrender: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
