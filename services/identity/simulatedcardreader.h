// A card reader simulated from a file or a local socket, for tests, the demo and training.
//  file:PATH    a card is "in" while PATH holds its JSON; removing the file takes it out.
//  socket:NAME  a local socket; each line is a card's JSON, or {"type":"removed"}.
#pragma once

#include "cardreader.h"
#include "simulateddevicesource.h"

#include <memory>
#include <QCoreApplication>

namespace onewindow {

class SimulatedCardReader : public CardReader
{
    Q_OBJECT
public:
    enum class Source { File, Socket };

    // spec: "file:PATH" or "socket:NAME"; null when the spec is neither.
    static std::unique_ptr<SimulatedCardReader> fromSpec(
        CardKind kind, const QString &spec, QObject *parent = nullptr);
    SimulatedCardReader(CardKind kind, Source source, QString location, QObject *parent = nullptr);
    ~SimulatedCardReader() override;

    CardKind kind() const override { return m_kind; }
    QString deviceName() const override;
    Status start() override;
    void stop() override;
    DeviceStatus status() const override;

    // The date cards are checked against (tests pin it).
    void setToday(QDate today) { m_today = today; }

private:
    void fileSettled(bool exists, const QByteArray &contents);
    void handleLine(const QByteArray &line);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    CardKind m_kind;
    SimulatedDeviceSource m_source;
    QDate m_today;
    bool m_cardIn = false;
    QByteArray m_lastContents;
};

} // namespace onewindow
