// How each material of a case stands for a decision (CaseMaterials): an e-certificate, paper
// checked at the window, required paper still missing, or paper that only some applicants bring.
#include "casematerials.h"

#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

namespace {

MaterialProvision material(const QString &code, MaterialProvision::Way way, bool required)
{
    MaterialProvision m;
    m.materialCode = code;
    m.materialName = code;
    m.way = way;
    m.required = required;
    return m;
}

} // namespace

class TestCaseMaterials : public QObject
{
    Q_OBJECT
private slots:
    void eachMaterialHasOneState()
    {
        using Way = MaterialProvision::Way;
        const QStringList checked { u"M2"_s, u"M1"_s };
        QCOMPARE(CaseMaterials::stateOf(material(u"M1"_s, Way::Certificate, true), checked),
            MaterialState::Certificate);
        QCOMPARE(CaseMaterials::stateOf(material(u"M2"_s, Way::Paper, true), checked),
            MaterialState::Checked);
        QCOMPARE(CaseMaterials::stateOf(material(u"M2"_s, Way::Paper, false), checked),
            MaterialState::Checked);
        QCOMPARE(CaseMaterials::stateOf(material(u"M3"_s, Way::Paper, true), checked),
            MaterialState::Missing);
        QCOMPARE(CaseMaterials::stateOf(material(u"M4"_s, Way::Paper, false), checked),
            MaterialState::Optional);
    }

    void theStateCodesAreThePagesMarkers()
    {
        QCOMPARE(CaseMaterials::stateCode(MaterialState::Certificate), u"certificate"_s);
        QCOMPARE(CaseMaterials::stateCode(MaterialState::Checked), u"checked"_s);
        QCOMPARE(CaseMaterials::stateCode(MaterialState::Missing), u"missing"_s);
        QCOMPARE(CaseMaterials::stateCode(MaterialState::Optional), u"optional"_s);
    }

    // A missing material is what stops a decision: the two rules agree.
    void missingIsWhatADecisionWaitsFor()
    {
        using Way = MaterialProvision::Way;
        const QList<MaterialProvision> materials { material(u"M1"_s, Way::Certificate, true),
            material(u"M2"_s, Way::Paper, true), material(u"M3"_s, Way::Paper, false) };
        QVERIFY(!CaseMaterials::readyForDecision(materials, {}).ok());
        const QList<MaterialProvision> unchecked = CaseMaterials::unchecked(materials, {});
        QCOMPARE(unchecked.size(), 1);
        QCOMPARE(CaseMaterials::stateOf(unchecked.first(), {}), MaterialState::Missing);
        QVERIFY(CaseMaterials::readyForDecision(materials, { u"M2"_s }).ok());
    }
};

QTEST_GUILESS_MAIN(TestCaseMaterials)
#include "tst_casematerials.moc"
