#include "servicefinder.h"

#include "catalogstore.h"

using namespace onewindow;

ServiceFinder::ServiceFinder(CatalogStore &store, CatalogSearch &search, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_search(search)
{
    reloadCatalog();
}

int ServiceFinder::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const int left = int(m_hits.size()) - m_first;
    return m_choicesPerScreen > 0 ? qMin(left, m_choicesPerScreen) : left;
}

int ServiceFinder::moreCount() const { return int(m_hits.size()) - m_first - rowCount(); }

void ServiceFinder::setChoicesPerScreen(int choices)
{
    if (choices == m_choicesPerScreen)
        return;
    beginResetModel();
    m_choicesPerScreen = qMax(0, choices);
    m_first = 0;
    endResetModel();
    emit resultsChanged();
}

void ServiceFinder::nextChoices()
{
    if (moreCount() <= 0)
        return;
    beginResetModel();
    m_first += rowCount();
    endResetModel();
    emit resultsChanged();
}

void ServiceFinder::previousChoices()
{
    if (m_first == 0)
        return;
    beginResetModel();
    m_first = m_choicesPerScreen > 0 ? qMax(0, m_first - m_choicesPerScreen) : 0;
    endResetModel();
    emit resultsChanged();
}

QVariant ServiceFinder::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CatalogSearchHit &hit = m_hits.at(m_first + index.row());
    switch (role) {
    case CodeRole:
        return hit.code;
    case Qt::DisplayRole:
    case NameRole:
        return m_wording.text(hit.name, hit.nameEn);
    case DepartmentRole:
        return m_wording.text(hit.departmentName, hit.departmentNameEn);
    case PromisedDaysRole:
        return hit.promisedLimitDays;
    case OnlineLevelRole:
        return hit.onlineLevel;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceFinder::roleNames() const
{
    return { { CodeRole, "code" }, { NameRole, "name" }, { DepartmentRole, "department" },
        { PromisedDaysRole, "promisedDays" }, { OnlineLevelRole, "onlineLevel" } };
}

void ServiceFinder::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    emit queryChanged();
    refresh();
}

void ServiceFinder::setTheme(const QString &theme)
{
    if (m_theme == theme)
        return;
    m_theme = theme;
    emit themeChanged();
    refresh();
}

void ServiceFinder::setDepartment(const QString &department)
{
    if (m_department == department)
        return;
    m_department = department;
    emit departmentChanged();
    refresh();
}

void ServiceFinder::reset()
{
    m_query.clear();
    m_theme.clear();
    m_department.clear();
    emit queryChanged();
    emit themeChanged();
    emit departmentChanged();
    // One indexed row: cheap enough for every new citizen, unlike watching the database file.
    const auto active = m_store.activeVersionId();
    if (active && active.value() != m_catalogVersion)
        reloadCatalog();
    else
        refresh();
}

void ServiceFinder::reloadCatalog()
{
    if (const auto active = m_store.activeVersionId())
        m_catalogVersion = active.value();
    readThemesAndDepartments();
    refresh();
}

void ServiceFinder::readThemesAndDepartments()
{
    m_themes.clear();
    m_departments.clear();
    if (const auto themes = m_store.themes())
        for (const CatalogTheme &t : themes.value())
            // name is what the filter goes by; label what the chip says.
            m_themes.append(QVariantMap { { QStringLiteral("name"), t.name },
                { QStringLiteral("label"), m_wording.text(t.name, t.nameEn) },
                { QStringLiteral("count"), t.itemCount } });
    if (const auto departments = m_store.departments())
        for (const CatalogDepartment &d : departments.value())
            m_departments.append(QVariantMap { { QStringLiteral("code"), d.code },
                { QStringLiteral("name"), m_wording.name(d) } });
    emit catalogChanged();
}

void ServiceFinder::setLanguage(const QString &language)
{
    const CatalogWording wording(language);
    if (wording.english() == m_wording.english())
        return;
    m_wording = wording;
    // The same hits in other words: the citizen's place in the list is kept.
    if (rowCount() > 0)
        emit dataChanged(
            index(0), index(rowCount() - 1), { Qt::DisplayRole, NameRole, DepartmentRole });
    readThemesAndDepartments();
}

void ServiceFinder::refresh()
{
    CatalogSearchQuery query;
    query.text = m_query.trimmed();
    query.theme = m_theme;
    query.department = m_department;
    query.offeredLevels = m_offeredLevels;
    // Browsing a theme shows all of it; typing shows the best matches a screen can hold.
    query.limit = query.text.isEmpty() ? 200 : 30;
    QList<CatalogSearchHit> hits;
    QString problem;
    if (!query.text.isEmpty() || !query.theme.isEmpty() || !query.department.isEmpty()) {
        auto found = m_search.search(query);
        if (found)
            hits = std::move(found.value());
        else
            problem = found.error().message;
    }
    beginResetModel();
    m_hits = std::move(hits);
    m_first = 0;
    m_problem = problem;
    endResetModel();
    emit resultsChanged();
}

QVariantMap ServiceFinder::item(const QString &code) const
{
    const auto found = m_store.item(code);
    if (!found || !found.value())
        return {};
    const CatalogItem &item = *found.value();
    // The departments were read with the catalog; only the item itself is looked up.
    QString departmentName = item.department;
    for (const QVariant &d : m_departments)
        if (d.toMap().value(QStringLiteral("code")).toString() == item.department)
            departmentName = d.toMap().value(QStringLiteral("name")).toString();
    QHash<QString, QString> certificateNames;
    if (const auto types = m_store.certificateTypes())
        for (const CatalogCertificateType &t : types.value())
            certificateNames.insert(t.code, m_wording.name(t));

    QVariantList materials;
    for (const CatalogMaterial &m : item.materials) {
        QStringList certificates;
        for (const QString &type : m.satisfiedBy)
            certificates << certificateNames.value(type, type);
        materials.append(QVariantMap { { QStringLiteral("name"), m_wording.name(m) },
            { QStringLiteral("required"), m.required }, { QStringLiteral("copies"), m.copies },
            { QStringLiteral("certificates"), m_wording.join(certificates) } });
    }
    const QString fee = item.feeCents == 0
        ? tr("Free of charge")
        : tr("%1 yuan").arg(QString::number(item.feeCents / 100.0, 'f', 2));
    // onlineLevel 1–4 (catalog.md): how far the item can be done without visiting.
    static const char *const levels[] = {
        QT_TR_NOOP("Information online; apply at the window"),
        QT_TR_NOOP("Forms online; documents at the window"),
        QT_TR_NOOP("Apply online; visit once to collect"),
        QT_TR_NOOP("Fully online: no visit needed"),
    };
    const int level = qBound(1, item.onlineLevel, 4);
    return {
        { QStringLiteral("code"), item.code },
        { QStringLiteral("name"), m_wording.name(item) },
        { QStringLiteral("department"), departmentName },
        { QStringLiteral("legalDays"), item.legalLimitDays },
        { QStringLiteral("promisedDays"), item.promisedLimitDays },
        { QStringLiteral("fee"), fee },
        { QStringLiteral("online"), tr(levels[level - 1]) },
        { QStringLiteral("onlineLevel"), level },
        { QStringLiteral("materials"), materials },
    };
}

QVariantList ServiceFinder::departmentChoices() const
{
    QVariantList choices { QVariantMap { { QStringLiteral("code"), QString() },
        { QStringLiteral("name"), tr("All departments") } } };
    return choices + m_departments;
}
