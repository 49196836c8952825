// The kiosk's case tracking page: a receipt number (typed, or the QR reader's text) in, each
// item's and department's progress out, with nothing personal beyond the masked name.
#pragma once

#include <QObject>
#include <QtQmlIntegration>
#include <QVariantList>

class ServiceFinder;
namespace onewindow {
class CaseStore;
}

class CaseTracker : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool found READ found NOTIFY resultChanged)
    Q_PROPERTY(QString receiptNumber READ receiptNumber NOTIFY resultChanged)
    Q_PROPERTY(QString subject READ subject NOTIFY resultChanged)
    Q_PROPERTY(QString submitted READ submitted NOTIFY resultChanged)
    Q_PROPERTY(QVariantList cases READ cases NOTIFY resultChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY resultChanged)
public:
    CaseTracker(onewindow::CaseStore &store, ServiceFinder &finder, QObject *parent = nullptr);

    bool found() const { return !m_receiptNumber.isEmpty(); }
    QString receiptNumber() const { return m_receiptNumber; }
    QString subject() const { return m_subject; }
    QString submitted() const { return m_submitted; }
    QVariantList cases() const { return m_cases; }
    QString problem() const { return m_problem; }

    // A receipt number as typed, or the text of the receipt's QR code.
    Q_INVOKABLE bool lookup(const QString &text);
    Q_INVOKABLE void clear();

    // The receipt QR carries "OW1|<receipt number>|<check value>" (see ReceiptDocument).
    static QString receiptFromScan(const QString &text);

signals:
    void resultChanged();

private:
    onewindow::CaseStore &m_store;
    ServiceFinder &m_finder;
    QString m_receiptNumber;
    QString m_subject;
    QString m_submitted;
    QVariantList m_cases;
    QString m_problem;
};
