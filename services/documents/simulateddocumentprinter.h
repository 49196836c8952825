// SimulatedDocumentPrinter: a printer for tests and demos that can run out of paper or vanish.
#pragma once

#include "documentprinter.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace onewindow {

class SimulatedDocumentPrinter : public DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedDocumentPrinter)
public:
    enum class State { Ready, OutOfPaper, Missing };

    explicit SimulatedDocumentPrinter(QString name = QStringLiteral("simulated-printer"));
    // "simulated:ready", "simulated:out-of-paper" or "simulated:missing"; nullopt otherwise.
    static std::optional<State> stateFromSetting(const QString &setting);

    void setState(State state) { m_state = state; }
    State state() const { return m_state; }

    // Ready: renders the document to PDF bytes and keeps them as what came out of the printer.
    Result<PrintOutcome> print(const PrintableDocument &document) override;
    QString deviceName() const override { return m_name; }
    DeviceStatus status() const override;

    // The PDFs "printed" so far, oldest first.
    const QList<QByteArray> &printed() const { return m_printed; }

private:
    QString m_name;
    State m_state = State::Ready;
    QList<QByteArray> m_printed;
};

} // namespace onewindow
