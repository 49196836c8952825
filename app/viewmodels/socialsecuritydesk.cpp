#include "socialsecuritydesk.h"

#include "citizensession.h"
#include "displaytime.h"
#include "pensioncertifier.h"
#include "socialsecurityfetcher.h"

#include <QLocale>

using namespace onewindow;

namespace {

QString monthText(QDate month) { return DisplayTime::month(month); }
double chartX(QDate month) { return month.year() + (month.month() - 1) / 12.0; }

} // namespace

SocialSecurityDesk::SocialSecurityDesk(
    HallClient *hall, CitizenSession &session, Camera &camera, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_fetcher(std::make_unique<SocialSecurityFetcher>(hall, session))
    , m_certifier(std::make_unique<PensionCertifier>(hall, session, camera))
{
    connect(&m_session, &CitizenSession::ended, this, &SocialSecurityDesk::clear);
    connect(&m_session, &CitizenSession::started, this, &SocialSecurityDesk::clear);
    // Applying for someone else (代办) shows their record, never the applicant's left over.
    connect(&m_session, &CitizenSession::principalChanged, this, &SocialSecurityDesk::clear);
}

SocialSecurityDesk::~SocialSecurityDesk() = default;

void SocialSecurityDesk::clear()
{
    ++m_generation;
    m_state = State::Idle;
    m_problem = {};
    m_history = {};
    m_chartInsurance.clear();
    m_chart.clear();
    m_yearRows.clear();
    m_certified = false;
    m_certifying = false;
    m_certificationMessage.clear();
    m_statementMessage.clear();
    m_lastStatement.reset();
    m_lastStatementOutput.clear();
    emit changed();
    emit statementChanged();
    emit chartChanged();
    emit certificationChanged();
}

void SocialSecurityDesk::refresh()
{
    clear();
    m_state = State::Loading;
    emit changed();
    const int generation = m_generation;
    m_fetcher->fetch([this, generation](Result<SocialSecurityRecord> record) {
        if (generation != m_generation)
            return;
        if (!record) {
            m_state = State::Problem;
            m_problem = record.error();
        } else {
            m_history = ContributionHistory::compute(record.value(), today());
            m_state = State::Ready;
            const auto summaries = m_history.summaries();
            m_chartInsurance = summaries.isEmpty()
                ? QString()
                : SocialSecurityTerms::insuranceCode(summaries.first().insurance);
            rebuildChart();
        }
        emit changed();
        emit chartChanged();
    });
}

void SocialSecurityDesk::paymentCompleted()
{
    if (m_state != State::Idle)
        refresh();
}

bool SocialSecurityDesk::needsHall() const
{
    return m_state == State::Problem && m_problem.code == u"socialsecurity.offline";
}

QString SocialSecurityDesk::holderName() const
{
    // Whose record this is, only once it may be shown (CitizenSession::recordsOpen).
    const auto subject = m_session.subject();
    return subject && m_session.recordsOpen() ? CitizenSession::maskName(subject->name) : QString();
}

QString SocialSecurityDesk::holderId() const
{
    const auto subject = m_session.subject();
    return subject ? CitizenSession::maskIdNumber(subject->idNumber) : QString();
}

QVariantList SocialSecurityDesk::enrollments() const
{
    QVariantList out;
    if (m_state != State::Ready)
        return out;
    const auto &record = *m_fetcher->record();
    for (const InsuranceSummary &s : m_history.summaries()) {
        const auto e = record.enrollment(s.insurance);
        QVariantMap row;
        row[QStringLiteral("code")] = SocialSecurityTerms::insuranceCode(s.insurance);
        row[QStringLiteral("name")] = SocialSecurityTerms::insuranceName(s.insurance);
        row[QStringLiteral("status")]
            = e ? SocialSecurityTerms::statusName(e->status) : tr("Not enrolled");
        row[QStringLiteral("active")] = e && e->status == EnrollmentStatus::Active;
        row[QStringLiteral("place")] = e ? e->place.name : QString();
        row[QStringLiteral("since")] = e ? DisplayTime::date(e->since) : QString();
        row[QStringLiteral("paidMonths")] = s.paidMonths;
        row[QStringLiteral("missingLast12")] = s.missingLast12;
        row[QStringLiteral("longestGap")] = s.longestGap.months > 0
            ? tr("%n month(s), %1 to %2", "", s.longestGap.months)
                  .arg(monthText(s.longestGap.first), monthText(s.longestGap.last))
            : tr("none");
        row[QStringLiteral("unpaidMonths")] = s.unpaidMonths;
        row[QStringLiteral("duplicateMonths")] = s.duplicateMonths;
        out.append(row);
    }
    return out;
}

QVariantList SocialSecurityDesk::accounts() const
{
    QVariantList out;
    if (m_state != State::Ready)
        return out;
    for (const PersonalAccount &a : m_fetcher->record()->accounts)
        out.append(
            QVariantMap { { QStringLiteral("name"), SocialSecurityTerms::accountName(a.code) },
                { QStringLiteral("balance"), SocialSecurityTerms::yuan(a.balance) },
                { QStringLiteral("asOf"), DisplayTime::date(a.asOf) } });
    return out;
}

QVariantList SocialSecurityDesk::transfers() const
{
    QVariantList out;
    if (m_state != State::Ready)
        return out;
    for (const Transfer &t : m_fetcher->record()->transfers)
        out.append(QVariantMap { { QStringLiteral("month"), monthText(t.month) },
            { QStringLiteral("from"), t.from.name }, { QStringLiteral("to"), t.to.name } });
    return out;
}

QString SocialSecurityDesk::cumulativePersonal() const
{
    return m_state == State::Ready
        ? SocialSecurityTerms::yuan(m_history.cumulativePersonalPension())
        : QString();
}

QVariantList SocialSecurityDesk::chartInsurances() const
{
    QVariantList out;
    for (const InsuranceSummary &s : m_history.summaries())
        if (s.paidMonths > 0 || !s.gaps.isEmpty())
            out.append(QVariantMap {
                { QStringLiteral("code"), SocialSecurityTerms::insuranceCode(s.insurance) },
                { QStringLiteral("name"), SocialSecurityTerms::insuranceName(s.insurance) } });
    return out;
}

void SocialSecurityDesk::setChartInsurance(const QString &code)
{
    if (code == m_chartInsurance)
        return;
    m_chartInsurance = code;
    rebuildChart();
    emit chartChanged();
}

void SocialSecurityDesk::rebuildChart()
{
    m_chart.clear();
    m_yearRows.clear();
    const auto insurance = SocialSecurityTerms::insuranceFromCode(m_chartInsurance);
    if (!insurance)
        return;
    const QList<MonthPoint> points = m_history.monthly(*insurance);
    QVariantList xy, gaps;
    qint64 maxAmount = 0;
    QMap<int, QVariantMap> years;
    for (const MonthPoint &p : points) {
        // Two points a month: each month is a flat step, and a gap drops straight to zero.
        xy.append(QPointF(chartX(p.month), p.amount / 100.0));
        xy.append(QPointF(chartX(p.month) + 1 / 12.0, p.amount / 100.0));
        maxAmount = std::max(maxAmount, p.amount);
        QVariantMap &y = years[p.month.year()];
        y[QStringLiteral("year")] = p.month.year();
        y[QStringLiteral("months")] = y.value(QStringLiteral("months")).toInt() + (p.inGap ? 0 : 1);
        y[QStringLiteral("missing")]
            = y.value(QStringLiteral("missing")).toInt() + (p.inGap ? 1 : 0);
        y[QStringLiteral("cents")] = y.value(QStringLiteral("cents")).toLongLong() + p.amount;
    }
    const auto summary = m_history.summary(*insurance);
    if (summary)
        for (const MonthRange &g : summary->gaps)
            gaps.append(QVariantMap { { QStringLiteral("from"), chartX(g.first) },
                { QStringLiteral("to"), chartX(g.last) + 1 / 12.0 },
                { QStringLiteral("label"), tr("%n month(s) missing", "", g.months) } });
    for (auto it = years.begin(); it != years.end(); ++it) {
        QVariantMap row = it.value();
        row[QStringLiteral("total")]
            = SocialSecurityTerms::yuan(row.value(QStringLiteral("cents")).toLongLong());
        m_yearRows.append(row);
    }
    if (points.isEmpty())
        return;
    m_chart[QStringLiteral("points")] = xy;
    m_chart[QStringLiteral("gaps")] = gaps;
    // Whole years on the axis, ticks on round steps of 1, 2, 5 or 10 years.
    const int minYear = points.first().month.year();
    const int span = points.last().month.year() + 1 - minYear;
    const int step = span <= 9 ? 1 : span <= 18 ? 2 : span <= 45 ? 5 : 10;
    const int ticks = (span + step - 1) / step;
    m_chart[QStringLiteral("minX")] = double(minYear);
    m_chart[QStringLiteral("maxX")] = double(minYear + ticks * step);
    m_chart[QStringLiteral("tickCount")] = ticks + 1;
    // A round top for the axis: the next thousand yuan above the highest month.
    m_chart[QStringLiteral("maxY")] = double((maxAmount / 100 / 1000 + 1) * 1000);
    m_chart[QStringLiteral("title")] = tr("%1: monthly contributions (yuan)")
                                           .arg(SocialSecurityTerms::insuranceName(*insurance));
}

QVariantMap SocialSecurityDesk::pension() const
{
    if (m_state != State::Ready)
        return {};
    const PensionStanding s = PensionStanding::of(*m_fetcher->record(), today());
    QVariantMap out;
    using St = PensionStanding::State;
    out[QStringLiteral("applies")] = s.state != St::NotPensioner;
    out[QStringLiteral("lastCertified")] = DisplayTime::date(s.lastCertified);
    out[QStringLiteral("nextDue")] = DisplayTime::date(s.nextDue);
    out[QStringLiteral("monthOfCycle")] = s.monthOfCycle;
    out[QStringLiteral("paymentStops")] = s.paymentStops;
    out[QStringLiteral("urgent")]
        = s.state == St::Overdue || s.state == St::NeverCertified || s.state == St::DueSoon;
    switch (s.state) {
    case St::NotPensioner:
        out[QStringLiteral("headline")]
            = tr("You do not draw a pension here, so no certification is needed.");
        break;
    case St::NeverCertified:
        out[QStringLiteral("headline")]
            = tr("No certification on record. Please certify now so that your pension is paid.");
        break;
    case St::Current:
        out[QStringLiteral("headline")] = tr("Certified. Your next certification is due by %1.")
                                              .arg(DisplayTime::date(s.nextDue));
        break;
    case St::DueSoon:
        out[QStringLiteral("headline")] = tr("Your certification is due by %1. Please certify now.")
                                              .arg(DisplayTime::date(s.nextDue));
        break;
    case St::Overdue:
        out[QStringLiteral("headline")] = tr("Certification overdue since %1: your pension stops "
                                             "from month 13 until you certify. Please certify now.")
                                              .arg(DisplayTime::date(s.nextDue));
        break;
    }
    return out;
}

void SocialSecurityDesk::certifyPension()
{
    if (m_certifying)
        return; // a second tap
    m_certifying = true;
    m_certified = false;
    m_certificationMessage = tr("Please look at the camera…");
    emit certificationChanged();
    const int generation = m_generation;
    m_certifier->certify([this, generation](Result<CertificationReceipt> receipt) {
        if (generation != m_generation)
            return;
        m_certifying = false;
        if (!receipt) {
            m_certificationMessage = receipt.error().message;
            emit certificationChanged();
            return;
        }
        m_certified = true;
        m_certificationMessage = tr("Certified on %1. The next certification is due by %2.")
                                     .arg(DisplayTime::dateTime(receipt->certifiedAt),
                                         DisplayTime::date(receipt->nextDueDate));
        emit certificationChanged();
        // The hall's record now holds the new certification: read it again, keep the message.
        const QString message = m_certificationMessage;
        refresh();
        m_certified = true;
        m_certificationMessage = message;
        emit certificationChanged();
    });
}

void SocialSecurityDesk::setStatementPeriod(const QString &period)
{
    if (period == m_statementPeriod)
        return;
    m_statementPeriod = period;
    m_statementMessage.clear();
    emit statementChanged();
}

SocialSecurityStatement SocialSecurityDesk::buildStatement() const
{
    const auto subject = m_session.subject();
    const auto period = m_statementPeriod == u"12" ? SocialSecurityStatement::Period::Last12Months
        : m_statementPeriod == u"60"               ? SocialSecurityStatement::Period::Last5Years
                                                   : SocialSecurityStatement::Period::All;
    return SocialSecurityStatement::build(*m_fetcher->record(), m_history,
        subject ? subject->name : QString(), subject ? subject->idNumber : QString(), period,
        m_terminalId, QDateTime::currentDateTime().toTimeZone(DisplayTime::zone()));
}

QVariantMap SocialSecurityDesk::statement() const
{
    if (m_state != State::Ready || !m_fetcher->record())
        return {};
    const SocialSecurityStatement s = buildStatement();
    QVariantList lines;
    for (const StatementLine &l : s.lines)
        lines.append(QVariantMap {
            { QStringLiteral("insurance"), SocialSecurityTerms::insuranceName(l.insurance) },
            { QStringLiteral("status"), l.status },
            { QStringLiteral("months"), l.totals.paidMonths },
            { QStringLiteral("personal"), SocialSecurityTerms::yuan(l.totals.personalTotal) } });
    return { { QStringLiteral("from"), DisplayTime::month(s.fromMonth) },
        { QStringLiteral("to"), DisplayTime::month(s.toMonth) },
        { QStringLiteral("lines"), lines } };
}

void SocialSecurityDesk::printStatement()
{
    if (m_state != State::Ready || !m_fetcher->record())
        return;
    m_lastStatement = buildStatement();
    if (!m_statementWriter) {
        m_statementMessage = tr("This terminal has no printer for statements. Please ask at the "
                                "service window.");
    } else {
        const auto written = m_statementWriter(*m_lastStatement);
        m_lastStatementOutput = written ? written.value() : QString();
        m_statementMessage = written
            ? tr("Your statement %1 is printed. Its QR code lets the receiver check it at the "
                 "hall.")
                  .arg(m_lastStatement->statementNumber)
            : written.error().message;
    }
    emit statementChanged();
}
