// The compiled translations load and say what they should.
#include "format.h"

#include "engine/bits/hresult.h"
#include "job_commands.h"
#include "job_table_model.h"
#include "main_window.h"
#include "new_download_dialog.h"
#include "settings_dialog.h"

#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void frenchAndTraditionalChinese_data();
    void frenchAndTraditionalChinese();
    void everyMnemonicHasAWidgetToGoTo_data();
    void everyMnemonicHasAWidgetToGoTo();
    void timesReadInEveryLanguage();
    void firstWindowShowsEveryColumnInEveryLanguage_data();
    void firstWindowShowsEveryColumnInEveryLanguage();
};

void TestTranslations::frenchAndTraditionalChinese_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("queued");
    QTest::addColumn<QString>("unknown");
    QTest::addColumn<QString>("ignoresRanges");
    QTest::addColumn<QString>("http404");
    QTest::newRow("fr") << "fr" << QString("En attente") << QString("inconnu")
                        << QString("Le serveur ignore les plages") << QString("HTTP 404 : Introuvable");
    QTest::newRow("zh_TW") << "zh_TW" << QString::fromUtf8("排隊中") << QString::fromUtf8("未知")
                           << QString::fromUtf8("伺服器忽略範圍要求") << QString::fromUtf8("HTTP 404：找不到");
}

void TestTranslations::frenchAndTraditionalChinese()
{
    QFETCH(QString, locale);
    QFETCH(QString, queued);
    QFETCH(QString, unknown);
    QFETCH(QString, ignoresRanges);
    QFETCH(QString, http404);
    QTranslator translator;
    QVERIFY2(translator.load(QLocale(locale), "bitsmon", "_", BITSMON_QM_DIR), BITSMON_QM_DIR);
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(bitsmon::Format::state(bits::JobState::Queued), queued);
    QCOMPARE(bitsmon::Format::unknown(), unknown);
    QCOMPARE(bitsmon::Format::errorReason(bits::hr::BG_E_InsufficientRangeSupport), ignoresRanges);
    QCOMPARE(bitsmon::Format::errorReason(bits::fromHttpStatus(404)), http404);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(bitsmon::Format::state(bits::JobState::Queued), QString("Queued"));
}

void TestTranslations::everyMnemonicHasAWidgetToGoTo_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en") << "";
    QTest::newRow("fr") << "fr";
    QTest::newRow("zh_TW") << "zh_TW";
}

// A label's "&x" underlines x and moves the focus to its buddy; a label
// without one shows a literal "&" ("Save &in:").
void TestTranslations::everyMnemonicHasAWidgetToGoTo()
{
    QFETCH(QString, locale);
    QTranslator translator;
    if (!locale.isEmpty()) {
        QVERIFY(translator.load(QLocale(locale), "bitsmon", "_", BITSMON_QM_DIR));
        QCoreApplication::installTranslator(&translator);
    }
    const QRegularExpression mnemonic(QStringLiteral("&[^&]"));
    bitsmon::NewDownloadDialog download(QDir::tempPath());
    bitsmon::SettingsDialog settings(bitsmon::Settings{});
    int labels = 0;
    for (const QWidget *dialog : {static_cast<QWidget *>(&download), static_cast<QWidget *>(&settings)}) {
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (!label->text().contains(mnemonic))
                continue;
            ++labels;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
    }
    QVERIFY(labels >= 5);  // the new-download dialog's five fields
    QCoreApplication::removeTranslator(&translator);
}

// zh_TW's pattern from CLDR has a day period Qt 6.4 cannot write ("B3:07").
void TestTranslations::timesReadInEveryLanguage()
{
    for (const char *name : {"zh_TW", "fr", "en_US", "zh_CN", "ja_JP", "ko_KR", "C"}) {
        const QLocale locale{QString::fromLatin1(name)};
        const QString pattern = bitsmon::Format::shortDateTimePattern(locale);
        const QString written = locale.toString(QDateTime(QDate(2026, 12, 2), QTime(15, 7, 42)), pattern);
        QVERIFY2(!written.contains('B') && written.contains(":07") && !written.contains("42"),  // to the minute
                 qPrintable(QString(name) + ": " + written));
    }
    const QLocale taiwan(QStringLiteral("zh_TW"));
    QCOMPARE(
        taiwan.toString(QDateTime(QDate(2026, 12, 2), QTime(15, 7)), bitsmon::Format::shortDateTimePattern(taiwan)),
        QString::fromUtf8("2026/12/2 下午3:07"));
}

namespace {
struct NoCommands : bitsmon::JobCommands {
    void resume(const bits::JobId &) override { }
    void suspend(const bits::JobId &) override { }
    void cancel(const bits::JobId &) override { }
    void complete(const bits::JobId &) override { }
    void setPriority(const bits::JobId &, bits::Priority) override { }
    void rereadAll() override { }
};
}  // namespace

void TestTranslations::firstWindowShowsEveryColumnInEveryLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en") << "en";
    QTest::newRow("fr") << "fr";
    QTest::newRow("zh_TW") << "zh_TW";
}

// Longer titles (French) must not push the Error column out of a 1280-pixel
// window: the columns are narrowed to fit, titles elided where they must.
void TestTranslations::firstWindowShowsEveryColumnInEveryLanguage()
{
    QFETCH(QString, locale);
    QTranslator translator;
    if (locale != "en") {
        QVERIFY(translator.load(QLocale(locale), "bitsmon", "_", BITSMON_QM_DIR));
        QCoreApplication::installTranslator(&translator);
    }
    {
        bitsmon::JobTableModel model;
        NoCommands commands;
        bitsmon::MainWindow window(&model, commands);
        window.resize(bitsmon::MainWindow::firstSize(QSize(1280, 770)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bits::JobSnapshot job;
        job.id = bits::JobId::generate();
        job.displayName = "ubuntu-24.04-desktop-amd64.iso";
        job.state = bits::JobState::Error;
        job.created = job.modified = std::chrono::system_clock::now();
        job.error = bits::JobError{bits::ErrorContext::RemoteFile, bits::hr::BG_E_InsufficientRangeSupport, "", ""};
        bits::feed::JobBatch batch;
        batch.takenAt = std::chrono::steady_clock::now();
        batch.added.push_back(job);
        model.applyBatch(batch);
        QTableView *view = window.view();
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
        const QModelIndex error = view->model()->index(0, bitsmon::JobTableModel::ErrorColumn);
        const QRect cell = view->visualRect(error);
        QVERIFY(view->viewport()->rect().contains(cell));
        QVERIFY2(cell.width() >= view->fontMetrics().horizontalAdvance(error.data().toString()),
                 qPrintable(error.data().toString() + ": " + QString::number(cell.width())));
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
