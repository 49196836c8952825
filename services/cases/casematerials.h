// A case's materials as stored (sealed JSON) and the paper rule of a decision: every required
// material is either replaced by a verified e-certificate or checked by the service window
// (原件核验) before a department may approve. The one place that rule lives.
#pragma once

#include "casemodel.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace onewindow {

class FieldCipher;

// How one material of a case stands for a decision.
enum class MaterialState {
    Certificate, // replaced by a verified e-certificate
    Checked, // paper, received and checked at the window
    Missing, // required paper not checked yet: a decision waits for it
    Optional, // paper that applies only to some applicants, not checked
};

class CaseMaterials
{
    Q_DECLARE_TR_FUNCTIONS(CaseMaterials)
public:
    static QJsonArray toJson(const QList<MaterialProvision> &materials);
    static QList<MaterialProvision> fromJson(const QJsonArray &array);
    // The materials column of a case: sealed with the field key, or clear JSON from before
    // materials were sealed.
    static Result<QList<MaterialProvision>> open(
        const FieldCipher &cipher, const QByteArray &stored, const QString &caseId);

    // The required paper materials not yet checked at the window (checked: material codes).
    static QList<MaterialProvision> unchecked(
        const QList<MaterialProvision> &materials, const QStringList &checked);
    // Whether a decision may rest on the materials: cases.paper_unchecked naming every
    // material still missing otherwise.
    static Status readyForDecision(
        const QList<MaterialProvision> &materials, const QStringList &checked);
    // The codes the window says it checked, each a paper material of the case, none twice:
    // cases.unknown_material for a code the case does not have on paper.
    static Result<QStringList> checkable(
        const QList<MaterialProvision> &materials, const QStringList &codes);
    static MaterialState stateOf(const MaterialProvision &material, const QStringList &checked);
    // certificate, checked, missing or optional: the back office's marker.
    static QString stateCode(MaterialState state);
};

} // namespace onewindow
