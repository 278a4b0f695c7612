// The compiled translations load and say what they should.
#include "format.h"

#include <QTranslator>
#include <QtTest>

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void frenchAndTraditionalChinese_data();
    void frenchAndTraditionalChinese();
};

void TestTranslations::frenchAndTraditionalChinese_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("queued");
    QTest::addColumn<QString>("unknown");
    QTest::newRow("fr") << "fr" << QString("En attente") << QString("inconnu");
    QTest::newRow("zh_TW") << "zh_TW" << QString::fromUtf8("排隊中") << QString::fromUtf8("未知");
}

void TestTranslations::frenchAndTraditionalChinese()
{
    QFETCH(QString, locale);
    QFETCH(QString, queued);
    QFETCH(QString, unknown);
    QTranslator translator;
    QVERIFY2(translator.load(QLocale(locale), "bitsmon", "_", BITSMON_QM_DIR), BITSMON_QM_DIR);
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(bitsmon::Format::state(bits::JobState::Queued), queued);
    QCOMPARE(bitsmon::Format::unknown(), unknown);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(bitsmon::Format::state(bits::JobState::Queued), QString("Queued"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
