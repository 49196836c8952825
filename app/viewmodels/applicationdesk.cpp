#include "applicationdesk.h"

#include "applicationevidence.h"
#include "casefiling.h"
#include "casestore.h"
#include "casetimelimits.h"
#include "catalogstore.h"
#include "citizensession.h"
#include "displaytime.h"
#include "servicefinder.h"
#include "sessionevidence.h"
#include "workingdaycalendar.h"

#include <QFileInfo>
#include <QLocale>
#include <QPointer>

using namespace onewindow;

ApplicationDesk::ApplicationDesk(CatalogStore &catalog, ServiceFinder &finder,
    CitizenSession &session, CaseStore &cases, CaseFiling &filing, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_finder(finder)
    , m_session(session)
    , m_cases(cases)
    , m_filing(filing)
    , m_sessionEvidence(std::make_unique<SessionEvidence>(session))
    , m_evidence(m_sessionEvidence.get())
{
    connect(&m_session, &CitizenSession::ended, this, &ApplicationDesk::reset);
}

ApplicationDesk::~ApplicationDesk() = default;

void ApplicationDesk::setEvidence(const ApplicationEvidence *evidence)
{
    m_evidence = evidence ? evidence : m_sessionEvidence.get();
}

QString ApplicationDesk::summary() const
{
    if (m_items.isEmpty())
        return {};
    int longest = 0;
    qint64 fees = 0;
    int materials = 0;
    for (const CatalogItem &item : m_items) {
        longest = qMax(longest, item.promisedLimitDays);
        fees += item.feeCents;
        materials += int(item.materials.size());
    }
    const QString fee = fees == 0 ? tr("free of charge")
                                  : tr("%1 yuan in all").arg(QString::number(fees / 100.0, 'f', 2));
    // 即办 items say so: "0 working days" is no promise a citizen understands.
    return tr("%n service(s) with one form; done within %1; %2; %3 material(s) to provide.",
        nullptr, int(m_items.size()))
        .arg(CaseTimeLimits::limitText(longest))
        .arg(fee)
        .arg(materials);
}

void ApplicationDesk::setConsent(bool consent)
{
    if (consent == m_consent)
        return;
    m_consent = consent;
    emit consentChanged();
}

bool ApplicationDesk::start(const QString &itemCode)
{
    reset();
    return addItem(itemCode);
}

bool ApplicationDesk::addItem(const QString &itemCode)
{
    for (const CatalogItem &item : m_items)
        if (item.code == itemCode)
            return true;
    if (m_items.size() >= CaseFiling::kMaxItems) {
        setProblem(
            tr("At most %1 services can be applied for at once.").arg(CaseFiling::kMaxItems));
        return false;
    }
    auto item = m_catalog.item(itemCode);
    auto snapshot = m_catalog.itemSnapshot(itemCode);
    if (!item || !item.value() || !snapshot) {
        setProblem(tr("This service is no longer in the catalog. Please search for it again."));
        return false;
    }
    if (!m_catalogVersion.isEmpty() && snapshot->catalogVersion != m_catalogVersion) {
        setProblem(tr("The catalog was updated meanwhile. Please start the application again."));
        return false;
    }
    m_catalogVersion = snapshot->catalogVersion;
    m_items.append(*item.value());
    setProblem({});
    refreshChosen();
    return true;
}

void ApplicationDesk::removeItem(const QString &itemCode)
{
    m_items.removeIf([&](const CatalogItem &item) { return item.code == itemCode; });
    if (m_items.isEmpty())
        m_catalogVersion.clear();
    refreshChosen();
}

QHash<QString, QString> ApplicationDesk::certificateNames() const
{
    QHash<QString, QString> names;
    if (auto types = m_catalog.certificateTypes())
        for (const CatalogCertificateType &t : types.value())
            names.insert(t.code, m_wording.name(t));
    return names;
}

void ApplicationDesk::setLanguage(const QString &language)
{
    m_wording = CatalogWording(language);
    m_form.setLanguage(language);
    m_form.setCertificateNames(certificateNames());
    if (!m_items.isEmpty())
        refreshChosen();
    emit materialsChanged();
    emit filedChanged();
}

void ApplicationDesk::refreshChosen()
{
    m_chosenView.clear();
    m_offersView.clear();
    QStringList chosenCodes, offered;
    for (const CatalogItem &item : m_items)
        chosenCodes.append(item.code);
    for (const CatalogItem &item : m_items) {
        m_chosenView.append(m_finder.item(item.code));
        // 一件事: items commonly applied for together are offered alongside.
        for (const QString &code : item.parallelWith) {
            if (chosenCodes.contains(code) || offered.contains(code))
                continue;
            const QVariantMap offer = m_finder.item(code);
            if (offer.isEmpty())
                continue;
            offered.append(code);
            m_offersView.append(offer);
        }
    }
    emit chosenChanged();
}

QVariantList ApplicationDesk::certificatesOffered() const
{
    const QHash<QString, QString> names = certificateNames();
    QMap<QString, QStringList> usesByType;
    for (const CatalogItem &item : m_items) {
        const QString itemName = m_wording.name(item);
        for (const CatalogFormField &f : item.form)
            if (!f.prefill.isEmpty()) {
                QStringList &uses = usesByType[f.prefill.section(QLatin1Char('.'), 0, 0)];
                const QString use = tr("fill in \"%1\" for %2").arg(m_wording.label(f), itemName);
                if (!uses.contains(use))
                    uses.append(use);
            }
        for (const CatalogMaterial &m : item.materials)
            for (const QString &type : m.satisfiedBy)
                usesByType[type].append(
                    tr("replace \"%1\" for %2").arg(m_wording.name(m), itemName));
    }
    QVariantList out;
    for (auto it = usesByType.cbegin(); it != usesByType.cend(); ++it)
        out.append(QVariantMap { { QStringLiteral("certificate"), names.value(it.key(), it.key()) },
            { QStringLiteral("uses"), it.value().join(QStringLiteral("; ")) } });
    return out;
}

void ApplicationDesk::setUseCertificates(bool use)
{
    if (use == useCertificates())
        return;
    m_useCertificatesAt = use ? QDateTime::currentDateTimeUtc() : QDateTime();
    emit useCertificatesChanged();
}

bool ApplicationDesk::prepare()
{
    if (!m_session.isActive()) {
        setProblem(tr("Please identify yourself first."));
        return false;
    }
    if (m_preparing)
        return true;
    // A typed number may apply, but opens no e-certificates (CitizenSession::requireRecords);
    // nor does a hall that cannot be reached (the citizen was not offered them).
    if (useCertificates() && m_fetch && m_session.recordsOpen() && !m_hallAway) {
        m_preparing = true;
        emit preparingChanged();
        const QString sessionId = m_session.sessionId();
        m_fetch([this, sessionId, guard = QPointer<ApplicationDesk>(this)](Status fetched) {
            // A late answer for a session that has ended meanwhile is dropped.
            if (!guard || m_session.sessionId() != sessionId)
                return;
            m_preparing = false;
            emit preparingChanged();
            finishPrepare(fetched);
        });
        return true;
    }
    finishPrepare(Status {});
    return true;
}

void ApplicationDesk::setHallAway(bool away)
{
    if (away == m_hallAway)
        return;
    m_hallAway = away;
    emit hallAwayChanged();
}

QString ApplicationDesk::offlineText()
{
    return tr("The online service hall cannot be reached right now, so e-certificates cannot be "
              "used: the form takes what the ID card on the reader holds, the rest is filled in "
              "by hand, and materials are handed in on paper at the window. Your application is "
              "taken at this terminal and sent as soon as the hall is back.");
}

void ApplicationDesk::finishPrepare(const Status &fetched)
{
    // The hall went away while the certificates were asked for: the same words as when it was
    // away from the start, not the wallet's message (which is about certificates on show).
    const bool hallLost = !fetched && fetched.error().code == u"ecert.hall_needed";
    m_certificateNote = m_hallAway ? QString() // offlineNote says it
        : hallLost                 ? offlineText()
        : !fetched
        ? tr("Your e-certificates could not be fetched (%1). What they would fill in is typed "
             "by hand, and the materials they would replace are handed in on paper.")
              .arg(fetched.error().message)
        : useCertificates() && m_fetch && !m_session.recordsOpen()
        ? tr("With a typed ID number the form is filled in by hand and the materials are handed "
             "in on paper; identity is checked at the service window. With your ID card on the "
             "reader, your e-certificates fill it in.")
        : QString();
    auto merged = MergedForm::merge(m_items);
    if (!merged) {
        setProblem(merged.error().message);
        return;
    }
    // Certificates are used only with the citizen's agreement; the ID card's chip always counts.
    m_form.setCertificateNames(certificateNames());
    m_form.load(merged.value(), useCertificates() ? m_evidence : m_sessionEvidence.get());
    const QHash<QString, QString> certificateNames = this->certificateNames();

    m_materials.clear();
    m_materialNotes.clear();
    for (const CatalogItem &item : m_items)
        for (const CatalogMaterial &material : item.materials) {
            MaterialProvision p { item.code, material.code, material.name, material.required,
                MaterialProvision::Way::Paper, {}, {} };
            QString note;
            const auto match
                = m_evidence ? m_evidence->material(material.satisfiedBy) : std::nullopt;
            if (match && match->usable) {
                p.way = MaterialProvision::Way::Certificate;
                p.certificateType = match->certificateType;
                p.certificateNumber = match->certificateNumber;
                note = certificateNames.value(match->certificateType, match->certificateName);
            } else if (match) {
                note = match->reason;
            }
            m_materials.append(p);
            m_materialNotes.append(note);
        }
    setConsent(false);
    setProblem({});
    emit materialsChanged();
    emit prepared();
}

QVariantList ApplicationDesk::materials() const
{
    QVariantList out;
    const QHash<QString, QString> names = certificateNames();
    for (int i = 0; i < m_materials.size(); ++i) {
        const MaterialProvision &m = m_materials.at(i);
        QString itemName, materialName = m.materialName;
        for (const CatalogItem &item : m_items)
            if (item.code == m.itemCode) {
                itemName = m_wording.name(item);
                for (const CatalogMaterial &material : item.materials)
                    if (material.code == m.materialCode)
                        materialName = m_wording.name(material);
            }
        const bool byCertificate = m.way == MaterialProvision::Way::Certificate;
        out.append(QVariantMap { { QStringLiteral("item"), itemName },
            { QStringLiteral("name"), materialName }, { QStringLiteral("required"), m.required },
            { QStringLiteral("byCertificate"), byCertificate },
            { QStringLiteral("note"),
                byCertificate ? names.value(m.certificateType, m_materialNotes.value(i))
                              : m_materialNotes.value(i) } });
    }
    return out;
}

int ApplicationDesk::paperCount() const
{
    int n = 0;
    for (const MaterialProvision &m : m_materials)
        n += m.required && m.way == MaterialProvision::Way::Paper;
    return n;
}

QVariantList ApplicationDesk::dataUses() const
{
    QVariantList out;
    QStringList fields, labels;
    const QList<EvidenceValue> used = m_form.usedEvidence(&fields, &labels);
    QStringList itemNames;
    for (const CatalogItem &item : m_items)
        itemNames.append(m_wording.name(item));
    const QHash<QString, QString> certificateNames = this->certificateNames();
    QHash<QString, QString> materialNames; // item code + material code → shown name
    for (const CatalogItem &item : m_items)
        for (const CatalogMaterial &material : item.materials)
            materialNames.insert(
                item.code + QLatin1Char('/') + material.code, m_wording.name(material));
    for (int i = 0; i < used.size(); ++i)
        out.append(QVariantMap { { QStringLiteral("what"), labels.at(i) },
            { QStringLiteral("source"), ApplicationForm::sourceText(used.at(i), certificateNames) },
            { QStringLiteral("purpose"),
                tr("fill in the form of %1").arg(m_wording.join(itemNames)) } });
    for (const MaterialProvision &m : m_materials)
        if (m.way == MaterialProvision::Way::Certificate)
            out.append(
                QVariantMap { { QStringLiteral("what"),
                                  certificateNames.value(m.certificateType, m.certificateType) },
                    { QStringLiteral("source"), tr("e-certificate") },
                    { QStringLiteral("purpose"),
                        tr("replace the paper material \"%1\"")
                            .arg(materialNames.value(m.itemCode + QLatin1Char('/') + m.materialCode,
                                m.materialName)) } });
    return out;
}

CaseApplication ApplicationDesk::application() const
{
    CaseApplication a;
    a.applicant = *m_session.applicant();
    a.principal = m_session.principal();
    if (a.principal)
        a.principalConsentAt = QDateTime::currentDateTimeUtc();
    a.items = m_items;
    a.catalogVersion = m_catalogVersion;
    a.answers = m_form.answers();
    a.materials = m_materials;
    QStringList fields;
    const QList<EvidenceValue> used = m_form.usedEvidence(&fields);
    for (int i = 0; i < used.size(); ++i)
        a.dataUse.append({ used.at(i).certificateType, used.at(i).certificateNumber,
            { fields.at(i) }, tr("pre-fill the form") });
    for (const MaterialProvision &m : m_materials)
        if (m.way == MaterialProvision::Way::Certificate)
            a.dataUse.append({ m.certificateType, m.certificateNumber, {},
                tr("replace the paper material \"%1\"").arg(m.materialName) });
    if (m_consent)
        a.dataUseConsentAt
            = m_useCertificatesAt.isValid() ? m_useCertificatesAt : QDateTime::currentDateTimeUtc();
    return a;
}

bool ApplicationDesk::submit()
{
    if (!m_session.isActive()) {
        setProblem(tr("Please identify yourself first."));
        return false;
    }
    if (!m_form.checkAll()) {
        setProblem(tr("Some answers of the form still need attention."));
        return false;
    }
    const WorkingDayCalendar calendar = WorkingDayCalendar::fromCatalog(m_catalog);
    auto filed = m_filing.file(application(), calendar, QDateTime::currentDateTimeUtc());
    if (!filed) {
        setProblem(filed.error().message);
        return false;
    }
    m_filed = filed.value();
    setProblem({});
    emit filedChanged();
    return true;
}

QVariantList ApplicationDesk::filed() const
{
    QVariantList out;
    if (!m_filed)
        return out;
    const QLocale locale;
    for (const FiledCase &c : m_filed->cases)
        out.append(QVariantMap {
            { QStringLiteral("item"),
                m_finder.item(c.itemCode).value(QStringLiteral("name"), c.itemName).toString() },
            { QStringLiteral("department"),
                m_finder.item(c.itemCode).value(QStringLiteral("department")) },
            { QStringLiteral("due"),
                c.dueDate.isValid() ? DisplayTime::date(c.dueDate, locale)
                                    : tr("to be confirmed by the service window") },
            { QStringLiteral("promisedDays"), c.promisedDays } });
    return out;
}

bool ApplicationDesk::rate(int score, const QStringList &reasons)
{
    if (!m_filed)
        return false;
    const Status s
        = m_cases.ratings().rate(m_filed->groupId, score, reasons, QDateTime::currentDateTimeUtc());
    if (!s) {
        setProblem(s.error().message);
        return false;
    }
    m_rated = true;
    emit ratedChanged();
    return true;
}

bool ApplicationDesk::printReceipt()
{
    if (!m_filed)
        return false;
    if (!m_receiptOutput) {
        m_printMessage = tr("This terminal has no receipt printer. Please write down the receipt "
                            "number; the service window can print the receipt for you.");
        emit printMessageChanged();
        return false;
    }
    auto printed = m_receiptOutput(*m_filed);
    if (printed)
        m_printMessage = printed->kind == PrintOutcome::Kind::Printed
            ? tr("Your receipt is being printed. Please take it from the printer below the screen.")
            : tr("There is no receipt printer here, so the receipt was saved for the service "
                 "window (%1). Please note your receipt number.")
                  .arg(QFileInfo(printed->pdfPath).fileName());
    else
        m_printMessage = tr("%1 Your application is stored; the receipt can be printed again "
                            "later at any terminal with the receipt number.")
                             .arg(printed.error().message);
    if (printed)
        (void)m_cases.markReceiptPrinted(m_filed->groupId);
    emit printMessageChanged();
    return printed.ok();
}

void ApplicationDesk::reset()
{
    m_items.clear();
    m_catalogVersion.clear();
    m_chosenView.clear();
    m_offersView.clear();
    m_form.clear();
    m_materials.clear();
    m_materialNotes.clear();
    m_consent = false;
    m_filed.reset();
    m_rated = false;
    m_problem.clear();
    m_printMessage.clear();
    m_useCertificatesAt = {};
    m_preparing = false;
    m_certificateNote.clear();
    emit useCertificatesChanged();
    emit preparingChanged();
    emit chosenChanged();
    emit materialsChanged();
    emit consentChanged();
    emit problemChanged();
    emit filedChanged();
    emit ratedChanged();
    emit printMessageChanged();
}

void ApplicationDesk::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged();
}
