#include "statementdocument.h"

namespace onewindow {

PrintableDocument StatementDocument::build(const SocialSecurityStatement &s)
{
    PrintableDocument doc(tr("Social insurance statement %1").arg(s.statementNumber));
    doc.addTitle(tr("Social insurance statement"));
    doc.addKeyValue(tr("Name"), s.holderName);
    doc.addKeyValue(tr("ID number"), s.idNumber);
    doc.addKeyValue(tr("Period"),
        tr("%1 to %2")
            .arg(s.fromMonth.toString(QStringLiteral("yyyy-MM")),
                s.toMonth.toString(QStringLiteral("yyyy-MM"))));
    doc.addKeyValue(tr("Statement number"), s.statementNumber);
    doc.addKeyValue(tr("Issued"), s.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    doc.addKeyValue(tr("Terminal"), s.terminalId);
    QList<QStringList> rows;
    for (const StatementLine &l : s.lines)
        rows.append({ SocialSecurityTerms::insuranceName(l.insurance), l.status, l.place,
            QString::number(l.totals.paidMonths), SocialSecurityTerms::yuan(l.totals.personalTotal),
            SocialSecurityTerms::yuan(l.totals.employerTotal) });
    doc.addHeading(tr("Contributions in the period"));
    doc.addTable({ tr("Insurance"), tr("Status"), tr("Insured in"), tr("Months paid"),
                     tr("Personal part (yuan)"), tr("Employer part (yuan)") },
        rows);
    if (rows.isEmpty())
        doc.addParagraph(tr("The online service hall lists no insurance for this person."));
    doc.addParagraph(tr("The figures are those of the Guangdong online service hall at the time "
                        "of issue. To check this statement, scan the code or enter the statement "
                        "number and verification value at the hall."));
    doc.addQrCode(s.qrContent().toUtf8(), tr("Verification value %1").arg(s.verificationValue));
    return doc;
}

} // namespace onewindow
