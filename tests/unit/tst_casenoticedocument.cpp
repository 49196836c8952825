// The back office's notices as real PDFs: pdftotext reads what they say (everything missing,
// each department's reason, the applicant's rights), zbarimg reads the tracking code.
#include "casenoticedocument.h"
#include "casetracker.h"
#include "documentrenderer.h"
#include "fixtures/documenttools.h"
#include "receiptdocument.h"

#include <QTemporaryDir>
#include <QTest>

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
    void initTestCase()
    {
        if (!haveTools({ QStringLiteral("pdftotext"), QStringLiteral("pdftoppm"),
                QStringLiteral("zbarimg") }))
            QSKIP("poppler-utils and zbar-tools are needed (packaging/install-deps.sh)");
    }

    void correctionNoticeListsEverythingAtOnce()
    {
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
                QStringLiteral("收入证明须加盖单位公章"), QStringLiteral("2026-11-25"),
                QStringLiteral("天河区政务服务中心"), QStringLiteral("zhck01") })
            QVERIFY2(text.contains(expected),
                qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        // The full ID number is never printed on a notice that may be posted or lost.
        QVERIFY(!text.contains(d.applicant.idNumber));
        const QByteArray payload = ReceiptDocument::qrPayload(d.receiptNumber, d.submittedAt);
        QVERIFY2(codes.split('\n').contains(payload), codes.constData());
        QCOMPARE(CaseTracker::receiptFromScan(QString::fromLatin1(payload)), d.receiptNumber);
    }

    void refusalGivesEachDepartmentsReasonAndTheRights()
    {
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
        QVERIFY(text.contains(QStringLiteral("60 days")));
        QVERIFY(text.simplified().contains(QStringLiteral("6 months")));
        QCOMPARE(doc.blocks().first().text, QStringLiteral("Notice of refusal"));
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
