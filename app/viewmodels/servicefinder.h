// The kiosk's service finder: results as the citizen types, browsing by theme and department,
// and the details of one item, all from the active catalog.
#pragma once

#include "catalogsearch.h"
#include "catalogwording.h"

#include <optional>
#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQmlIntegration>
#include <QVariantList>
#include <QVariantMap>

namespace onewindow {
class CatalogStore;
}

class ServiceFinder : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString department READ department WRITE setDepartment NOTIFY departmentChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
    Q_PROPERTY(bool hasCatalog READ hasCatalog NOTIFY catalogChanged)
    Q_PROPERTY(QVariantList themes READ themes NOTIFY catalogChanged)
    Q_PROPERTY(QVariantList departments READ departments NOTIFY catalogChanged)
    // The departments with "all departments" (code "") first, for a filter's choices.
    Q_PROPERTY(QVariantList departmentChoices READ departmentChoices NOTIFY catalogChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY resultsChanged)
    // Elderly mode shows a few results per screen (fewer choices), with next/previous.
    Q_PROPERTY(int moreCount READ moreCount NOTIFY resultsChanged)
    Q_PROPERTY(bool hasPrevious READ hasPrevious NOTIFY resultsChanged)
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        DepartmentRole,
        PromisedDaysRole,
        OnlineLevelRole,
    };
    Q_ENUM(Role)

    ServiceFinder(onewindow::CatalogStore &store, onewindow::CatalogSearch &search,
        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QString department() const { return m_department; }
    void setDepartment(const QString &department);
    bool hasCatalog() const { return !m_themes.isEmpty() || !m_departments.isEmpty(); }
    QVariantList themes() const { return m_themes; }
    QVariantList departments() const { return m_departments; }
    QVariantList departmentChoices() const;
    QString problem() const { return m_problem; }

    // At most this many results at once (0: all); the rest are a tap on "next" away.
    void setChoicesPerScreen(int choices);
    // The catalog levels this terminal offers (terminal settings); empty: all of them.
    void setOfferedLevels(const QStringList &levels) { m_offeredLevels = levels; }
    int moreCount() const;
    bool hasPrevious() const { return m_first > 0; }
    Q_INVOKABLE void nextChoices();
    Q_INVOKABLE void previousChoices();

    // The reader's language for the catalog's own texts (CatalogWording): item, department and
    // theme names, materials. Searching still goes by the Chinese and its pinyin.
    void setLanguage(const QString &language);

    // Everything the item page shows, with fees and time limits already in words.
    Q_INVOKABLE QVariantMap item(const QString &code) const;
    // A new citizen starts from an empty search, in the catalog active now: one imported or
    // rolled back by onewindowctl while the kiosk runs is picked up here.
    Q_INVOKABLE void reset();
    // After a catalog import or rollback.
    Q_INVOKABLE void reloadCatalog();

signals:
    void queryChanged();
    void themeChanged();
    void departmentChanged();
    void resultsChanged();
    void catalogChanged();

private:
    void refresh();
    void readThemesAndDepartments();

    onewindow::CatalogStore &m_store;
    onewindow::CatalogSearch &m_search;
    QString m_query;
    QString m_theme;
    QString m_department;
    QString m_problem;
    onewindow::CatalogWording m_wording;
    QList<onewindow::CatalogSearchHit> m_hits;
    int m_choicesPerScreen = 0;
    QStringList m_offeredLevels;
    int m_first = 0; // the first result on screen
    QVariantList m_themes;
    QVariantList m_departments;
    std::optional<int> m_catalogVersion; // the active version the themes were read from
};
