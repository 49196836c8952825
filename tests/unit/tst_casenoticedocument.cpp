// The back office's notices: what they say in words (the decision, the reasons, what to do next),
// and as real PDFs: pdftotext reads what they say (everything missing, each department's reason,
// the applicant's rights), zbarimg reads the tracking code.
#include "casenoticedocument.h"
#include "casetracker.h"
#include "documentrenderer.h"
#include "fixtures/documenttools.h"
#include "receiptdocument.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace onewindow;
using namespace onewindow::testing;

class TestCaseNoticeDocument : public QObject
{
    Q_OBJECT

    NoticeContext m_context { QStringLiteral("天河区政务服务中心"),
        { { QStringLiteral("GD-RSJ"), QStringLiteral("人力资源和社会保障局") },
            { QStringLiteral("GD-MZJ"), QStringLiteral("民政局") } },
        QStringLiteral("zhck01") };

    CaseDossier dossier(CaseStatus status) const
    {
        CaseDossier d;
        d.filed.caseId = QStringLiteral("c-1");
        d.filed.itemName = QStringLiteral("最低生活保障申请");
        d.filed.department = QStringLiteral("GD-MZJ");
        d.filed.status = status;
        d.receiptNumber = QStringLiteral("GZTH0007-20261123-0042");
        d.submittedAt = QDateTime(QDate(2026, 11, 23), QTime(2, 30), Qt::UTC);
        d.applicant = { QStringLiteral("440106195803011237"), QStringLiteral("陈大文"),
            IdentityProof::ResidentIdCard };
        CaseHistoryEntry refused;
        refused.type = QStringLiteral("department_refused");
        refused.department = QStringLiteral("GD-MZJ");
        refused.note = QStringLiteral("家庭人均收入高于本市低保标准");
        CaseHistoryEntry approved;
        approved.type = QStringLiteral("department_approved");
        approved.department = QStringLiteral("GD-RSJ");
        d.history = { approved, refused };
        return d;
    }

    // Everything a notice says, one block after the other (what the composition decided).
    static QString words(const PrintableDocument &doc)
    {
        QStringList out;
        for (const PrintableDocument::Block &b : doc.blocks()) {
            out << b.text << b.value << b.headers;
            for (const QStringList &row : b.rows)
                out << row;
        }
        return out.join(u'\n');
    }

    QString render(const PrintableDocument &doc, QTemporaryDir &dir, QByteArray *codes = nullptr)
    {
        const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
        if (!DocumentRenderer::writePdf(doc, pdf).ok())
            return {};
        int exit = 0;
        if (codes)
            *codes = pdfQrCodes(pdf, QDir(dir.path()), &exit);
        return pdfText(pdf, &exit);
    }

private slots:
    void correctionNoticeListsEverythingAtOnce()
    {
        if (!haveTools({ QStringLiteral("pdftotext"), QStringLiteral("pdftoppm"),
                QStringLiteral("zbarimg") }))
            QSKIP("poppler-utils and zbar-tools are needed (packaging/install-deps.sh)");
        QTemporaryDir dir;
        const CaseDossier d = dossier(CaseStatus::CorrectionRequested);
        QByteArray codes;
        const QString text
            = render(CaseNoticeDocument::correctionNotice(d,
                         { QStringLiteral("居民身份证复印件"), QStringLiteral("家庭成员收入证明") },
                         QStringLiteral("收入证明须加盖单位公章"), m_context, QDate(2026, 11, 25)),
                dir, &codes);
        for (const QString &expected :
            { d.receiptNumber, QStringLiteral("陈大文"), QStringLiteral("最低生活保障申请"),
                QStringLiteral("居民身份证复印件"), QStringLiteral("家庭成员收入证明"),
                QStringLiteral("收入证明须加盖单位公章"), QStringLiteral("2026年11月25日"),
                QStringLiteral("天河区政务服务中心"), QStringLiteral("zhck01") })
            QVERIFY2(text.contains(expected),
                qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        // The full ID number is never printed on a notice that may be posted or lost.
        QVERIFY(!text.contains(d.applicant.idNumber));
        const QByteArray payload = ReceiptDocument::qrPayload(d.receiptNumber, d.submittedAt);
        QVERIFY2(codes.split('\n').contains(payload), codes.constData());
        QCOMPARE(CaseTracker::receiptFromScan(QString::fromLatin1(payload)), d.receiptNumber);
    }

    // Printed again later (or asked for at another desk): the last request as the history has it.
    void theRequestedMaterialsComeFromTheHistory()
    {
        CaseDossier d = dossier(CaseStatus::CorrectionRequested);
        QVERIFY(CaseNoticeDocument::requestedMissing(d).isEmpty());
        CaseHistoryEntry first;
        first.type = QStringLiteral("correction_requested");
        first.note = QStringLiteral("居民户口簿");
        CaseHistoryEntry last = first;
        last.note = QStringLiteral("居民身份证；家庭收入证明原件；");
        d.history.append(first);
        d.history.append(last);
        QCOMPARE(CaseNoticeDocument::requestedMissing(d),
            (QStringList { QStringLiteral("居民身份证"), QStringLiteral("家庭收入证明原件") }));
    }

    void refusalGivesEachDepartmentsReasonAndTheRights()
    {
        if (!haveTools({ QStringLiteral("pdftotext") }))
            QSKIP("pdftotext (poppler-utils) is needed: packaging/install-deps.sh");
        QTemporaryDir dir;
        const QString text = render(CaseNoticeDocument::decisionNotice(dossier(CaseStatus::Refused),
                                        m_context, QDate(2026, 12, 1)),
            dir);
        QVERIFY2(text.contains(QStringLiteral("民政局")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("家庭人均收入高于本市低保标准")));
        QVERIFY(!text.contains(QStringLiteral("人力资源和社会保障局"))); // it approved
        const PrintableDocument doc = CaseNoticeDocument::decisionNotice(
            dossier(CaseStatus::Refused), m_context, QDate(2026, 12, 1));
        // 行政许可法 art. 38: a refusal tells how to challenge it, with both time limits.
        QVERIFY(text.contains(QStringLiteral("Your rights")));
        QVERIFY(text.simplified().contains(QStringLiteral("within sixty days")));
        QVERIFY(text.simplified().contains(QStringLiteral("within six months")));
        QCOMPARE(doc.blocks().first().text, QStringLiteral("Notice of refusal"));
    }

    // The decision, its reasons and what to do next, in words: the refusal names the service
    // applied for, gives a reason for every refusing department, says how to apply again and how
    // to challenge it; a notice not to accept says the same.
    void refusalSaysWhatToDoNext()
    {
        for (const CaseStatus status : { CaseStatus::Refused, CaseStatus::Rejected }) {
            const QString text = words(
                CaseNoticeDocument::decisionNotice(dossier(status), m_context, QDate(2026, 12, 1)));
            for (const QString &expected : {
                     QStringLiteral("Your application for \"最低生活保障申请\""),
                     QStringLiteral("Reasons"),
                     QStringLiteral("家庭人均收入高于本市低保标准"),
                     QStringLiteral("What you can do"),
                     QStringLiteral("You may apply again"),
                     QStringLiteral("Your rights"),
                     QStringLiteral("administrative reconsideration according to law within "
                                    "sixty days from the day you receive this notice"),
                     QStringLiteral("administrative lawsuit according to law within six months"),
                 })
                QVERIFY2(text.contains(expected),
                    qPrintable(expected + QStringLiteral("\n---\n") + text));
            QVERIFY(!text.contains(QStringLiteral("What you receive")));
        }
        // A refusal with no reason stored still tells the applicant they are owed one.
        CaseDossier bare = dossier(CaseStatus::Refused);
        bare.history.clear();
        QVERIFY(words(CaseNoticeDocument::decisionNotice(bare, m_context, QDate(2026, 12, 1)))
                    .contains(QStringLiteral("you have the right to be told why")));
    }

    // An approval says what the applicant receives, from whom, and where and how to collect it.
    void approvalSaysWhatAndWhereToCollect()
    {
        NoticeContext context = m_context;
        const QString text = words(CaseNoticeDocument::decisionNotice(
            dossier(CaseStatus::Approved), context, QDate(2026, 12, 1)));
        for (const QString &expected : {
                 QStringLiteral("Your application for \"最低生活保障申请\" has been examined and "
                                "is approved."),
                 QStringLiteral("What you receive"),
                 QStringLiteral("The result of \"最低生活保障申请\", issued by 民政局"),
                 QStringLiteral("How to collect it"),
                 QStringLiteral("Collect it at the service window of 天河区政务服务中心"),
                 QStringLiteral("Bring this notice and your ID card"),
                 QStringLiteral("delivery by post"),
             })
            QVERIFY2(
                text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
        QVERIFY(!text.contains(QStringLiteral("Your rights")));
        QVERIFY(!text.contains(QStringLiteral("家庭人均收入")));

        context.collectAt = QStringLiteral("天河区政务服务中心一楼 3 号窗口");
        QVERIFY(words(CaseNoticeDocument::decisionNotice(
                          dossier(CaseStatus::Approved), context, QDate(2026, 12, 1)))
                    .contains(QStringLiteral("Collect it at 天河区政务服务中心一楼 3 号窗口")));
        QVERIFY(words(CaseNoticeDocument::decisionNotice(
                          dossier(CaseStatus::Collected), context, QDate(2026, 12, 1)))
                    .contains(QStringLiteral("collected already")));
    }

    // In Chinese, as the back office prints it: pdftotext gives back the characters shown (一,
    // 受理, the item's name), and the refusal has the statutory wording of a Guangdong town hall's
    // notices. Fails until onewindow_zh_CN.ts has that wording for the rights paragraph.
    void chineseRefusalExtractsAsShown()
    {
        if (!haveTools({ QStringLiteral("pdftotext") }))
            QSKIP("pdftotext (poppler-utils) is needed: packaging/install-deps.sh");
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/onewindow_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        QTemporaryDir dir;
        CaseDossier d = dossier(CaseStatus::Rejected);
        d.history.last().type = QStringLiteral("rejected");
        d.history.last().department.clear();
        d.history.last().note
            = QStringLiteral("申请人不属于本辖区，不予受理，请向户籍所在地一窗受理");
        const QString text
            = render(CaseNoticeDocument::decisionNotice(d, m_context, QDate(2026, 12, 1)), dir)
                  .remove(u'\n');
        QCoreApplication::removeTranslator(&chinese);
        for (const QString &expected : { QStringLiteral("不予受理决定书"),
                 QStringLiteral("最低生活保障申请"), QStringLiteral("回执编号"),
                 QStringLiteral("申请人不属于本辖区，不予受理，请向户籍所在地一窗受理"),
                 QStringLiteral("如不服本决定，可在收到本决定书之日起六十日内依法申请行政复议，"
                                "或者在六个月内依法提起行政诉讼") })
            QVERIFY2(text.contains(expected),
                qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        // The header speaks of this notice, not of a certificate (发证) or a count (申报数).
        for (const QString &wrong : { QStringLiteral("申报数"), QStringLiteral("发证") })
            QVERIFY2(!text.contains(wrong), qPrintable(wrong + QStringLiteral(" in:\n") + text));
    }

    void approvalAndOpenCases()
    {
        const PrintableDocument approved = CaseNoticeDocument::decisionNotice(
            dossier(CaseStatus::Approved), m_context, QDate(2026, 12, 1));
        QVERIFY(!approved.isEmpty());
        QCOMPARE(approved.blocks().first().text, QStringLiteral("Notice of approval"));
        for (const PrintableDocument::Block &b : approved.blocks())
            QVERIFY(!b.text.contains(QStringLiteral("家庭人均收入")));
        // A case still under review has no decision to notify.
        QVERIFY(CaseNoticeDocument::decisionNotice(
            dossier(CaseStatus::InReview), m_context, QDate(2026, 12, 1))
                    .isEmpty());
    }
};

QTEST_MAIN(TestCaseNoticeDocument)
#include "tst_casenoticedocument.moc"
