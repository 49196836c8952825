#include "applicationform.h"

#include "formfieldcheck.h"

using namespace onewindow;

ApplicationForm::ApplicationForm(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ApplicationForm::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ApplicationForm::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const CatalogFormField &f = r.merged.field;
    switch (role) {
    case KeyRole:
        return f.key;
    case LabelRole:
    case Qt::DisplayRole:
        return m_wording.label(f);
    case TypeRole:
        return f.type;
    case RequiredRole:
        return f.required;
    case ValueRole:
        return r.value;
    case ProblemRole:
        return r.problem;
    case LockedRole:
        return r.evidence.has_value();
    case SourceRole:
        return r.evidence ? sourceText(*r.evidence, m_certificateNames) : QString();
    case OptionsRole:
        return f.options;
    case OptionLabelsRole:
        return m_wording.optionLabels(f);
    case SensitiveRole:
        return f.type == u"resident_id" || f.type == u"phone";
    case SharedRole:
        return r.merged.itemCodes.size() > 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> ApplicationForm::roleNames() const
{
    return { { KeyRole, "key" }, { LabelRole, "label" }, { TypeRole, "type" },
        { RequiredRole, "required" }, { ValueRole, "value" }, { ProblemRole, "problem" },
        { LockedRole, "locked" }, { SourceRole, "source" }, { OptionsRole, "options" },
        { SensitiveRole, "sensitive" }, { SharedRole, "shared" },
        { OptionLabelsRole, "optionLabels" } };
}

void ApplicationForm::setLanguage(const QString &language)
{
    const CatalogWording wording(language);
    if (wording.english() == m_wording.english())
        return;
    m_wording = wording;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
            { LabelRole, Qt::DisplayRole, OptionLabelsRole });
}

QString ApplicationForm::sourceText(
    const EvidenceValue &evidence, const QHash<QString, QString> &certificateNames)
{
    if (!evidence.fromIdCard && certificateNames.contains(evidence.certificateType))
        return tr("from your e-certificate %1")
            .arg(certificateNames.value(evidence.certificateType));
    return evidence.source;
}

void ApplicationForm::setCertificateNames(const QHash<QString, QString> &names)
{
    m_certificateNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), { SourceRole });
}

void ApplicationForm::load(const MergedForm &form, const ApplicationEvidence *evidence)
{
    const QHash<QString, QString> previous = answers();
    beginResetModel();
    for (Row &r : m_rows)
        r.value.fill(QLatin1Char(' '));
    m_rows.clear();
    m_form = form;
    for (const MergedField &f : form.fields()) {
        Row r { f, previous.value(f.field.key), {}, std::nullopt };
        if (evidence && !f.field.prefill.isEmpty())
            r.evidence = evidence->prefill(f.field.prefill);
        if (r.evidence)
            r.value = r.evidence->value;
        m_rows.append(r);
    }
    endResetModel();
    emit countChanged();
    emit problemsChanged();
}

void ApplicationForm::clear()
{
    beginResetModel();
    for (Row &r : m_rows) {
        r.value.fill(QLatin1Char(' '));
        r.evidence.reset();
    }
    m_rows.clear();
    m_form = MergedForm();
    endResetModel();
    emit countChanged();
    emit problemsChanged();
}

void ApplicationForm::setAnswer(int row, const QString &answer)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    if (r.evidence)
        return; // locked: the value comes from a genuine certificate
    r.value = answer;
    const Status partial = FormFieldCheck::checkPartial(r.merged.field, answer);
    const QString problem = partial ? QString() : partial.error().message;
    const bool problemChanged = problem != r.problem;
    r.problem = problem;
    emit dataChanged(index(row), index(row), { ValueRole, ProblemRole });
    if (problemChanged)
        emit problemsChanged();
}

bool ApplicationForm::checkAll()
{
    QList<FieldProblem> problems;
    (void)m_form.check(answers(), &problems);
    for (int i = 0; i < m_rows.size(); ++i) {
        QString problem;
        for (const FieldProblem &p : problems)
            if (p.key == m_rows.at(i).merged.field.key)
                problem = p.error.message;
        if (problem != m_rows.at(i).problem) {
            m_rows[i].problem = problem;
            emit dataChanged(index(i), index(i), { ProblemRole });
        }
    }
    emit problemsChanged();
    return problems.isEmpty();
}

int ApplicationForm::firstProblemRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_rows.at(i).problem.isEmpty())
            return i;
    return -1;
}

QHash<QString, QString> ApplicationForm::answers() const
{
    QHash<QString, QString> out;
    for (const Row &r : m_rows)
        out.insert(r.merged.field.key, r.value);
    return out;
}

QList<EvidenceValue> ApplicationForm::usedEvidence(QStringList *fields, QStringList *labels) const
{
    QList<EvidenceValue> used;
    for (const Row &r : m_rows)
        if (r.evidence) {
            used.append(*r.evidence);
            if (fields)
                fields->append(r.merged.field.prefill);
            if (labels)
                labels->append(m_wording.label(r.merged.field));
        }
    return used;
}

int ApplicationForm::problemCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += !r.problem.isEmpty();
    return n;
}

int ApplicationForm::prefilledCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.evidence.has_value();
    return n;
}

QString ApplicationForm::prefilledNote() const
{
    const int n = prefilledCount();
    if (n == 0)
        return {};
    bool cardOnly = true;
    for (const Row &r : m_rows)
        if (r.evidence && !r.evidence->fromIdCard)
            cardOnly = false;
    return cardOnly ? tr("%n answer(s) are filled in from your ID card.", nullptr, n)
                    : tr("%n answer(s) are already filled in from your documents.", nullptr, n);
}
