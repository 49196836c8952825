#include "certificatewalletmodel.h"

#include "certificatewallet.h"
#include "citizensession.h"
#include "displaytime.h"
#include "documentprinter.h"
#include "sessioncertificates.h"
#include "verifiedcopy.h"

#include <algorithm>

using namespace onewindow;

CertificateWalletModel::CertificateWalletModel(CertificateWallet &wallet,
    SessionCertificates &certificates, CitizenSession &session, DocumentPrinter &printer,
    QString terminalId, QObject *parent)
    : QAbstractListModel(parent)
    , m_wallet(wallet)
    , m_certificates(certificates)
    , m_session(session)
    , m_printer(printer)
    , m_terminalId(std::move(terminalId))
{
    connect(&certificates, &SessionCertificates::changed, this, &CertificateWalletModel::rebuild);
    connect(&session, &CitizenSession::ended, this, [this] {
        ++m_generation;
        m_loading = false;
        m_problem.clear();
        m_needsHall = false;
        setPrintMessage({});
        rebuild();
    });
    connect(&session, &CitizenSession::started, this, &CertificateWalletModel::loadIfShown);
    connect(
        &session, &CitizenSession::subjectConfirmed, this, &CertificateWalletModel::loadIfShown);
}

void CertificateWalletModel::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    emit shownChanged();
    loadIfShown();
}

void CertificateWalletModel::loadIfShown()
{
    if (m_shown && !m_loading && m_rows.isEmpty() && m_session.recordsOpen())
        refresh();
}

CertificateWalletModel::~CertificateWalletModel() = default;

int CertificateWalletModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CertificateWalletModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertificateVerification &v = m_rows.at(index.row());
    const bool has = v.payload.has_value();
    switch (role) {
    case TypeNameRole:
        return has ? v.payload->certTypeName : tr("Unreadable certificate");
    case CertNumberRole:
        // Masked like the ID number everywhere on the screen; for an ID card it is the number.
        return has ? CitizenSession::maskIdNumber(v.payload->certNumber) : QString();
    case IssuerRole:
        return has ? v.payload->issuerName : QString();
    case OutcomeRole:
        return CertificateVerification::outcomeKey(v.outcome);
    case OutcomeTextRole:
        return CertificateVerification::outcomeText(v.outcome);
    case ReasonRole:
        return v.reason;
    case ValidityRole:
        if (!has)
            return QString();
        return v.payload->validUntil
            ? tr("Valid until %1").arg(DisplayTime::date(*v.payload->validUntil))
            : tr("No expiry");
    case FirstOfTypeRole:
        return index.row() == 0
            || data(this->index(index.row() - 1), TypeNameRole) != data(index, TypeNameRole);
    default:
        return {};
    }
}

QHash<int, QByteArray> CertificateWalletModel::roleNames() const
{
    return { { TypeNameRole, "typeName" }, { CertNumberRole, "certNumber" },
        { IssuerRole, "issuer" }, { OutcomeRole, "outcome" }, { OutcomeTextRole, "outcomeText" },
        { ReasonRole, "reason" }, { ValidityRole, "validity" },
        { FirstOfTypeRole, "firstOfType" } };
}

QString CertificateWalletModel::ageText(const QDateTime &then, const QDateTime &now)
{
    const qint64 minutes = qMax<qint64>(0, then.secsTo(now) / 60);
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

QString CertificateWalletModel::trustAge() const
{
    auto trust = m_wallet.trustSnapshot();
    if (!trust || !trust->fetchedAt.isValid())
        return tr("The trust list has not been fetched from the hall yet; only keys installed by "
                  "the administrator are used.");
    return tr("Checked with the trust list of %1 (version %2).")
        .arg(ageText(trust->fetchedAt, QDateTime::currentDateTimeUtc()))
        .arg(trust->version);
}

QString CertificateWalletModel::holder() const
{
    const auto subject = m_session.subject();
    return subject ? CitizenSession::maskName(subject->name) : QString();
}

void CertificateWalletModel::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    m_problem.clear();
    m_needsHall = false;
    setPrintMessage({});
    emit stateChanged();
    const int generation = ++m_generation;
    m_wallet.lookUp([this, generation](Status status) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!status) {
            m_problem = status.error().message;
            m_needsHall = status.error().code == QLatin1String("ecert.hall_needed");
        }
        emit stateChanged();
    });
}

void CertificateWalletModel::rebuild()
{
    beginResetModel();
    m_rows = m_certificates.certificates();
    // Cards grouped by type (the list's sections), the same order every time.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const auto &a, const auto &b) {
        const QString ta = a.payload ? a.payload->certTypeName : QString(QChar(0xFFFF));
        const QString tb = b.payload ? b.payload->certTypeName : QString(QChar(0xFFFF));
        if (ta != tb)
            return ta < tb;
        return (a.payload ? a.payload->certNumber : QString())
            < (b.payload ? b.payload->certNumber : QString());
    });
    endResetModel();
    emit stateChanged();
}

QVariantMap CertificateWalletModel::detail(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const CertificateVerification &v = m_rows.at(row);
    QVariantList rows;
    const auto add = [&rows](const QString &label, const QString &value) {
        rows.append(
            QVariantMap { { QStringLiteral("label"), label }, { QStringLiteral("value"), value } });
    };
    if (v.payload) {
        const CertificatePayload &p = *v.payload;
        add(VerifiedCopy::tr("Certificate number"), CitizenSession::maskIdNumber(p.certNumber));
        add(VerifiedCopy::tr("Holder"), p.holderName);
        add(VerifiedCopy::tr("Holder's ID number"), CitizenSession::maskIdNumber(p.holderIdNumber));
        add(VerifiedCopy::tr("Issued by"), p.issuerName);
        add(VerifiedCopy::tr("Issued on"), DisplayTime::date(p.issuedOn));
        add(VerifiedCopy::tr("Valid"),
            VerifiedCopy::tr("%1 to %2")
                .arg(DisplayTime::date(p.validFrom),
                    p.validUntil ? DisplayTime::date(*p.validUntil)
                                 : VerifiedCopy::tr("no expiry")));
        // Someone's ID number among the fields (a spouse's; the social security number, which
        // is the holder's ID number) is masked as well.
        for (const auto &[name, value] : p.fields)
            add(VerifiedCopy::fieldLabel(name),
                name.endsWith(u"IdNumber", Qt::CaseInsensitive) || name == u"socialSecurityNumber"
                    ? CitizenSession::maskIdNumber(value)
                    : value);
    }
    return { { QStringLiteral("typeName"), data(index(row), TypeNameRole) },
        { QStringLiteral("outcome"), CertificateVerification::outcomeKey(v.outcome) },
        { QStringLiteral("outcomeText"), CertificateVerification::outcomeText(v.outcome) },
        { QStringLiteral("reason"), v.reason },
        { QStringLiteral("verifiedAt"), DisplayTime::dateTime(v.verifiedAt) },
        { QStringLiteral("canPrint"), v.payload.has_value() }, { QStringLiteral("rows"), rows } };
}

bool CertificateWalletModel::printCopy(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    auto document = VerifiedCopy::compose(m_rows.at(row), m_terminalId);
    if (!document) {
        setPrintMessage(document.error().message);
        return false;
    }
    auto outcome = m_printer.print(document.value());
    if (!outcome) {
        setPrintMessage(outcome.error().message);
        return false;
    }
    setPrintMessage(outcome->kind == PrintOutcome::Kind::Printed
            ? tr("Your verified copy is printing. Please take it from the printer.")
            : tr("There is no printer here: the verified copy was saved for staff to print. "
                 "Please ask at the counter."));
    return true;
}

void CertificateWalletModel::setPrintMessage(const QString &message)
{
    if (m_printMessage == message)
        return;
    m_printMessage = message;
    emit printMessageChanged();
}
