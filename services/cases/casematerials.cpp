#include "casematerials.h"

#include "fieldcipher.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace onewindow {

QJsonArray CaseMaterials::toJson(const QList<MaterialProvision> &materials)
{
    QJsonArray out;
    for (const MaterialProvision &m : materials)
        out.append(QJsonObject { { QStringLiteral("item"), m.itemCode },
            { QStringLiteral("code"), m.materialCode }, { QStringLiteral("name"), m.materialName },
            { QStringLiteral("required"), m.required },
            { QStringLiteral("way"),
                m.way == MaterialProvision::Way::Certificate ? QStringLiteral("certificate")
                                                             : QStringLiteral("paper") },
            { QStringLiteral("certificateType"), m.certificateType },
            { QStringLiteral("certificateNumber"), m.certificateNumber } });
    return out;
}

QList<MaterialProvision> CaseMaterials::fromJson(const QJsonArray &array)
{
    QList<MaterialProvision> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        MaterialProvision m;
        m.itemCode = o.value(u"item").toString();
        m.materialCode = o.value(u"code").toString();
        m.materialName = o.value(u"name").toString();
        m.required = o.value(u"required").toBool(true);
        m.way = o.value(u"way").toString() == u"certificate" ? MaterialProvision::Way::Certificate
                                                             : MaterialProvision::Way::Paper;
        m.certificateType = o.value(u"certificateType").toString();
        m.certificateNumber = o.value(u"certificateNumber").toString();
        out.append(m);
    }
    return out;
}

Result<QList<MaterialProvision>> CaseMaterials::open(
    const FieldCipher &cipher, const QByteArray &stored, const QString &caseId)
{
    // Clear JSON (an array, "[…") is a row from before materials were sealed that
    // CaseStore::sealClearMaterials() has not reached yet; a sealed value starts with its
    // version byte.
    if (stored.isEmpty())
        return QList<MaterialProvision>();
    if (stored.startsWith('['))
        return fromJson(QJsonDocument::fromJson(stored).array());
    auto opened
        = cipher.decrypt(stored, { QStringLiteral("cases"), QStringLiteral("materials"), caseId });
    if (!opened)
        return opened.error();
    return fromJson(QJsonDocument::fromJson(opened.value()).array());
}

QList<MaterialProvision> CaseMaterials::unchecked(
    const QList<MaterialProvision> &materials, const QStringList &checked)
{
    QList<MaterialProvision> out;
    for (const MaterialProvision &m : materials)
        if (m.required && m.way == MaterialProvision::Way::Paper
            && !checked.contains(m.materialCode))
            out.append(m);
    return out;
}

Status CaseMaterials::readyForDecision(
    const QList<MaterialProvision> &materials, const QStringList &checked)
{
    const QList<MaterialProvision> missing = unchecked(materials, checked);
    if (missing.isEmpty())
        return {};
    QStringList names;
    for (const MaterialProvision &m : missing)
        names.append(m.materialName);
    return Error { QStringLiteral("cases.paper_unchecked"),
        tr("The service window has not checked these required paper materials: %1. A decision "
           "needs each required material checked at the window or replaced by an "
           "e-certificate; ask the front desk to check them, or ask for a correction.")
            .arg(names.join(tr(", "))) };
}

Result<QStringList> CaseMaterials::checkable(
    const QList<MaterialProvision> &materials, const QStringList &codes)
{
    QStringList out;
    for (const QString &code : codes) {
        const bool onPaper
            = std::any_of(materials.cbegin(), materials.cend(), [&](const MaterialProvision &m) {
                  return m.materialCode == code && m.way == MaterialProvision::Way::Paper;
              });
        if (!onPaper)
            return Error { QStringLiteral("cases.unknown_material"),
                tr("This case has no paper material %1 to check.").arg(code) };
        if (!out.contains(code))
            out.append(code);
    }
    return out;
}

MaterialState CaseMaterials::stateOf(const MaterialProvision &m, const QStringList &checked)
{
    if (m.way == MaterialProvision::Way::Certificate)
        return MaterialState::Certificate;
    if (checked.contains(m.materialCode))
        return MaterialState::Checked;
    return m.required ? MaterialState::Missing : MaterialState::Optional;
}

QString CaseMaterials::stateCode(MaterialState state)
{
    switch (state) {
    case MaterialState::Certificate:
        return QStringLiteral("certificate");
    case MaterialState::Checked:
        return QStringLiteral("checked");
    case MaterialState::Missing:
        return QStringLiteral("missing");
    case MaterialState::Optional:
        return QStringLiteral("optional");
    }
    return {};
}

} // namespace onewindow
