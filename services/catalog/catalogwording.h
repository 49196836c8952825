// Which of a catalog's texts a reader sees: the English its publisher gave, else the Chinese.
#pragma once

#include "catalogmodel.h"

#include <QString>
#include <QStringList>

namespace onewindow {

// The catalog is published in Chinese; English is optional per text (catalog.md's nameEn for
// items and departments, and this terminal's nameEn, labelEn, optionsEn and themesEn: README). A
// reader of English sees English wherever the publisher gave it and the Chinese elsewhere: a blank
// would hide what the item is. What is stored (answers, snapshots, receipts for the hall) stays the
// published Chinese whatever the reader's language.
class CatalogWording
{
public:
    // language: a UI language code such as "zh_CN" or "en"; "" is the catalog's own (Chinese).
    explicit CatalogWording(const QString &language = {});

    bool english() const { return m_english; }

    QString text(const QString &chinese, const QString &english) const;
    QString name(const CatalogItem &item) const { return text(item.name, item.nameEn); }
    QString name(const CatalogDepartment &d) const { return text(d.name, d.nameEn); }
    QString name(const CatalogCertificateType &t) const { return text(t.name, t.nameEn); }
    QString name(const CatalogMaterial &m) const { return text(m.name, m.nameEn); }
    QString label(const CatalogFormField &field) const { return text(field.label, field.labelEn); }
    // What each of a choice's options reads as, in the order of field.options.
    QStringList optionLabels(const CatalogFormField &field) const;
    // Names in a row: 居民身份证、居民户口簿 / Resident ID card, Household register.
    QString join(const QStringList &names) const;

private:
    bool m_english = false;
};

} // namespace onewindow
