// The one form (一表式) of the kiosk application as a list model: each merged field with its
// answer, a plain-words problem as the citizen types, and whether it is pre-filled and locked.
#pragma once

#include "applicationevidence.h"
#include "catalogwording.h"
#include "mergedform.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQmlIntegration>

class ApplicationForm : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the application desk owns the form")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY problemsChanged)
    Q_PROPERTY(int prefilledCount READ prefilledCount NOTIFY countChanged)
    // What the pre-filled answers came from, in words: the ID card when that is all there was
    // (the hall away, or no e-certificate agreed to), so the page never claims certificates.
    Q_PROPERTY(QString prefilledNote READ prefilledNote NOTIFY countChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        TypeRole,
        RequiredRole,
        ValueRole,
        ProblemRole,
        LockedRole,
        SourceRole,
        OptionsRole,
        SensitiveRole, // ID numbers and phones: masked until tapped, never learned by the keyboard
        SharedRole, // asked once for several items
        OptionLabelsRole, // what each of options reads as in the reader's language
    };
    Q_ENUM(Role)

    explicit ApplicationForm(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A new form: answers kept for keys that stay (moving between steps loses nothing).
    void load(const onewindow::MergedForm &form, const onewindow::ApplicationEvidence *evidence);
    void clear();
    // The reader's language for the catalog's labels and choices (answers stay as published).
    void setLanguage(const QString &language);
    // The catalog's certificate type names in the reader's language, by type code: a pre-filled
    // field says which e-certificate it came from in these words.
    void setCertificateNames(const QHash<QString, QString> &names);
    // Where a pre-filled value came from, the e-certificate named in the reader's words.
    static QString sourceText(
        const onewindow::EvidenceValue &evidence, const QHash<QString, QString> &certificateNames);

    Q_INVOKABLE void setAnswer(int row, const QString &answer);
    // Checks every answer as submission will; true when nothing needs attention.
    Q_INVOKABLE bool checkAll();
    // The row of the first field that needs attention, or -1.
    Q_INVOKABLE int firstProblemRow() const;

    QHash<QString, QString> answers() const;
    // Which pre-filled values came from which certificate (the data-use record).
    // fields: the CERT_TYPE.field of each; labels: the form's label of each.
    QList<onewindow::EvidenceValue> usedEvidence(
        QStringList *fields, QStringList *labels = nullptr) const;
    int problemCount() const;
    int prefilledCount() const;
    QString prefilledNote() const;
    const onewindow::MergedForm &form() const { return m_form; }

signals:
    void countChanged();
    void problemsChanged();

private:
    struct Row
    {
        onewindow::MergedField merged;
        QString value;
        QString problem;
        std::optional<onewindow::EvidenceValue> evidence;
    };
    onewindow::MergedForm m_form;
    onewindow::CatalogWording m_wording;
    QHash<QString, QString> m_certificateNames;
    QList<Row> m_rows;
};
