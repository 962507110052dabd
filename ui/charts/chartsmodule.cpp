#include "charts/chartsmodule.h"

#include "chartsmodulepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace reviewdesk::ui {

ChartsModule loadChartsModule(const QString& path)
{
    const auto failed = [&path](const QString& why) {
        return ChartsModule{nullptr, QCoreApplication::translate(
                                         "ChartsModule",
                                         "The charts cannot be drawn: the part of ReviewDesk that "
                                         "draws them (%1) %2 Reinstalling ReviewDesk mends this.")
                                         .arg(QDir::toNativeSeparators(path), why)};
    };
    QLibrary library(path);
    // Every symbol bound now: a module that cannot work is refused here, with
    // a message, rather than ending the application at its first chart.
    library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    if (!library.load())
        return failed(QCoreApplication::translate("ChartsModule", "could not be loaded (%1).")
                          .arg(library.errorString()));
    const auto version =
        reinterpret_cast<ChartsModuleVersion>(library.resolve(kChartsModuleVersionSymbol));
    const auto makeView = reinterpret_cast<MakeChartView>(library.resolve(kChartViewSymbol));
    if (!version || !makeView) {
        library.unload();
        return failed(
            QCoreApplication::translate("ChartsModule", "is not a ReviewDesk charts module."));
    }
    if (const QLatin1String built(version()); built != QLatin1String(kChartsModuleBuild)) {
        const QString why =
            QCoreApplication::translate("ChartsModule", "is from version %1, not this version %2.")
                .arg(built, QLatin1String(kChartsModuleBuild));
        library.unload();
        return failed(why);
    }
    // Never unloaded: the views it made live as long as the application.
    return {makeView, {}};
}

QString chartsModulePath()
{
    return QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                               .filePath(QLatin1String(kChartsModuleFromExecutables)));
}

const ChartsModule& chartsModule()
{
    static const ChartsModule module = loadChartsModule(chartsModulePath());
    return module;
}

} // namespace reviewdesk::ui
