// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation stays complete: lupdate is run over the current sources into a copy of
// translations/migdesk_de.ts, and every message must have a finished German entry.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everySourceStringHasAFinishedGermanEntry()
    {
        const QString source = QStringLiteral(MIGDESK_SOURCE_DIR);
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("migdesk_de.ts"));
        QVERIFY(QFile::copy(source + QStringLiteral("/translations/migdesk_de.ts"), ts));
        QFile::setPermissions(ts, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral("-extensions"),
                              QStringLiteral("cpp,h")};
        // The include paths the migdesk_lupdate target hands lupdate, so that a file including
        // its header by a project-relative path ("ui/runbook/migrationwatchview.h") still
        // resolves to the namespaced class: without them lupdate files its strings under a
        // bare class name the program never asks for.
        for (const char* include : {"", "/core", "/ui"})
            arguments << QStringLiteral("-I") << source + QLatin1String(include);
        for (const char* layer : {"app", "ui", "models", "core"})
            arguments << source + QLatin1Char('/') + QLatin1String(layer);
        arguments << QStringLiteral("-ts") << ts;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), arguments);
        QVERIFY(lupdate.waitForFinished(120'000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString sourceText;
        QStringList missing;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                sourceText = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty() || text.trimmed().isEmpty())
                    missing << context + QStringLiteral(": ") + sourceText;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 50, "lupdate found suspiciously few strings");
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) without a finished German translation "
                                           "(run: cmake --build build --target migdesk_lupdate, "
                                           "then translate in Qt Linguist):\n  %2")
                                .arg(missing.size())
                                .arg(missing.join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
