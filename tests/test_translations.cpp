// The compiled translations load and say what they should.
#include "format.h"
#include "details_pane.h"

#include "engine/bits/hresult.h"
#include "engine/bits/validation.h"
#include "engine/embedded/embedded_service.h"
#include "job_commands.h"
#include "job_table_model.h"
#include "main_window.h"
#include "new_download_dialog.h"
#include "settings_dialog.h"
#include "window_helpers.h"

#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QToolButton>
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
    void engineSentencesInEveryLanguage_data();
    void engineSentencesInEveryLanguage();
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

// The engine's sentences (engine/bits/sentence.h) reach the user translated:
// catalogue meanings, HTTP statuses, validation errors with their values and
// plural forms, a failure wrapping a code, and a real service's refusal.
void TestTranslations::engineSentencesInEveryLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("fr")
        << "fr"
        << QStringList{
               "BG_E_INSUFFICIENT_RANGE_SUPPORT (0x80200013): Le serveur ignore les requêtes de plage "
               "HTTP qu'utilisent les téléchargements en arrière-plan ; relancez en priorité premier "
               "plan.",
               "Le serveur a répondu HTTP 404 (Not Found) : le fichier n'est pas sur le serveur ; "
               "vérifiez l'URL.",
               "0x8123ABCD : une erreur que cette version de bitsmon ne sait pas décrire.",
               "L'URL utilise ftp:, que les transferts en arrière-plan ne prennent pas en charge. "
               "Utilisez une URL http:// ou https://.",
               "L'URL contient une espace ou un caractère de contrôle. Encodez les espaces en %20 et "
               "réessayez.",
               "La tâche a 1 fichier ; la limite est de 0. Répartissez-la en plusieurs tâches.",
               "La tâche a 3 fichiers ; la limite est de 2. Répartissez-la en plusieurs tâches.",
               "La tâche n'a pas pu être créée\u00a0: E_ACCESSDENIED (0x80070005): Accès refusé ; choisissez "
               "un emplacement où vous pouvez écrire, ou lancez le programme avec les droits "
               "nécessaires à la tâche.",
               "La tâche {00000000-0000-0000-0000-000000000001} n'existe pas.",
           };
    QTest::newRow("zh_TW")
        << "zh_TW"
        << QStringList{
               QString::fromUtf8("BG_E_INSUFFICIENT_RANGE_SUPPORT (0x80200013): "
                                 "伺服器忽略背景下載使用的 HTTP 範圍要求；請以前景優先順序重試。"),
               QString::fromUtf8("伺服器回應 HTTP 404 (Not Found)：伺服器上沒有此檔案；請檢查網址。"),
               QString::fromUtf8("0x8123ABCD：此版本的 bitsmon 沒有此錯誤的說明。"),
               QString::fromUtf8("網址使用 ftp:，背景傳輸不支援此通訊協定。請使用 http:// 或 https:// 網址。"),
               QString::fromUtf8("網址含有空格或控制字元。請將空格編碼為 %20 後再試一次。"),
               QString::fromUtf8("工作有 1 個檔案；上限為 0。請將它拆成多個工作。"),
               QString::fromUtf8("工作有 3 個檔案；上限為 2。請將它拆成多個工作。"),
               QString::fromUtf8("無法建立工作：E_ACCESSDENIED (0x80070005): "
                                 "存取遭拒；請選擇您可寫入的位置，或以工作所需的權限執行。"),
               QString::fromUtf8("工作 {00000000-0000-0000-0000-000000000001} 不存在。"),
           };
}

void TestTranslations::engineSentencesInEveryLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, expected);
    using bitsmon::Format;
    bits::NewJob one;
    one.files.resize(1);
    bits::NewJob three;
    three.files.resize(3);
    const bits::JobId absent = *bits::JobId::parse("{00000000-0000-0000-0000-000000000001}");
    bits::embedded::EmbeddedService service;
    const std::vector<bits::Sentence> said{
        bits::lookup(bits::fromHttpStatus(404))->meaning,
        bits::unknownCode(bits::HResult(0x8123ABCD)),
        bits::checkRemoteUrl("ftp://127.0.0.1/f")->message,
        bits::checkRemoteUrl("http://127.0.0.1/a b")->message,
        bits::checkNewJob(one, 0)->message,
        bits::checkNewJob(three, 2)->message,
        bits::Sentence(BITS_TR_NOOP("bits", "%1: %2"),
                       {bits::Sentence(BITS_TR_NOOP("bits", "The job could not be created")),
                        bits::Code{bits::hr::E_AccessDenied}}),
        service.suspend(absent).failure().message,
    };
    QCOMPARE(qsizetype(said.size()) + 1, expected.size());  // and describe() first

    QTranslator translator;
    QVERIFY(translator.load(QLocale(locale), "bitsmon", "_", BITSMON_QM_DIR));
    QCoreApplication::installTranslator(&translator);
    QStringList heard{Format::describe(bits::hr::BG_E_InsufficientRangeSupport)};
    for (const bits::Sentence &sentence : said)
        heard << Format::sentence(sentence);
    QCoreApplication::removeTranslator(&translator);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(heard[i], expected[i]);

    // Without a translator the same sentences are their English selves.
    for (const bits::Sentence &sentence : said)
        QCOMPARE(Format::sentence(sentence), QString::fromStdString(sentence.english()));
    QCOMPARE(Format::describe(bits::hr::E_AccessDenied),
             QString::fromStdString(bits::describe(bits::hr::E_AccessDenied)));
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
        RecordingCommands commands;
        bitsmon::MainWindow window(&model, commands);
        window.resize(bitsmon::MainWindow::firstSize(QSize(1280, 770)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bits::JobSnapshot job;
        job.id = bits::JobId::generate();
        job.displayName = "ubuntu-24.04-desktop-amd64.iso";
        job.state = bits::JobState::Error;
        job.created = job.modified = std::chrono::system_clock::now();
        // The embedded service's own sentence, as a failed range request leaves it.
        job.error = bits::JobError{bits::ErrorContext::RemoteFile, bits::hr::BG_E_InsufficientRangeSupport,
                                   bits::Sentence(BITS_TR_NOOP("bits", "The server ignores range requests for %1."),
                                                  {"http://127.0.0.1:8080/releases/ubuntu-24.04-desktop-amd64.iso"}),
                                   ""};
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

        // Selected, its whole last error and what to do about it are in view.
        view->selectRow(0);
        const QString lastError = window.details()->field(bitsmon::DetailsPane::tr("Last error"));
        QVERIFY2(lastError.contains(bitsmon::Format::sentence(job.error->description)), qPrintable(lastError));
        const auto *scroll = window.findChild<QScrollArea *>();
        QVERIFY(scroll);
        const QLabel *shown = labelShowing(window.details(), lastError);
        QVERIFY(shown);
        QTRY_VERIFY(shown->isVisible());
        // Once laid out: as tall as its wrapped lines.
        QTRY_VERIFY(shown->height() >= shown->heightForWidth(shown->width()));
        QCOMPARE(outOfView(shown, scroll), QString());
        QVERIFY(window.details()->offeredAction());
        QCOMPARE(outOfView(window.details()->offeredAction(), scroll), QString());
        // The field's label as the language writes it: French puts a
        // no-break space before the colon, Chinese a full-width colon.
        const QString stateLabel = bitsmon::DetailsPane::tr("State");
        const QString expected = stateLabel
            + (locale == "fr"          ? QStringLiteral("\u00a0:")
                   : locale == "zh_TW" ? QStringLiteral("\uff1a")
                                       : QStringLiteral(":"));
        QVERIFY2(labelShowing(window.details(), expected), qPrintable(expected));
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
