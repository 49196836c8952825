#include "simulatedcardreader.h"

#include "carddocument.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace onewindow {

std::unique_ptr<SimulatedCardReader> SimulatedCardReader::fromSpec(
    CardKind kind, const QString &spec, QObject *parent)
{
    const auto parsed = SimulatedDeviceSource::parse(spec);
    if (!parsed)
        return nullptr;
    return std::make_unique<SimulatedCardReader>(kind,
        parsed->kind == SimulatedDeviceSource::Kind::File ? Source::File : Source::Socket,
        parsed->location, parent);
}

SimulatedCardReader::SimulatedCardReader(
    CardKind kind, Source source, QString location, QObject *parent)
    : CardReader(parent)
    , m_kind(kind)
    , m_source({ source == Source::File ? SimulatedDeviceSource::Kind::File
                                        : SimulatedDeviceSource::Kind::Socket,
                   std::move(location) },
          CardDocument::kMaxSize)
{
    connect(
        &m_source, &SimulatedDeviceSource::fileSettled, this, &SimulatedCardReader::fileSettled);
    connect(
        &m_source, &SimulatedDeviceSource::lineReceived, this, &SimulatedCardReader::handleLine);
}

SimulatedCardReader::~SimulatedCardReader() { stop(); }

QString SimulatedCardReader::deviceName() const
{
    const auto spec = m_source.spec();
    return (spec.kind == SimulatedDeviceSource::Kind::File
            ? QStringLiteral("simulated (file %1)")
            : QStringLiteral("simulated (socket %1)"))
        .arg(spec.location);
}

Status SimulatedCardReader::start()
{
    if (Status started = m_source.start(); !started) {
        const QString where = m_source.spec().location;
        if (started.error().code == u"device.cannot_listen")
            return Error { QStringLiteral("card.reader_unavailable"),
                tr("The simulated card reader cannot listen on %1: %2")
                    .arg(where, started.error().message) };
        return Error { QStringLiteral("card.reader_unavailable"),
            tr("The simulated card reader watches %1, but its folder does not exist.").arg(where) };
    }
    if (m_source.spec().kind == SimulatedDeviceSource::Kind::File)
        m_source.readNow(); // a card already in the reader
    return {};
}

void SimulatedCardReader::stop() { m_source.stop(); }

DeviceStatus SimulatedCardReader::status() const
{
    DeviceStatus status = m_source.status();
    // Whether a card is in, never whose: the health page is read over the administrator's
    // shoulder while a citizen may stand at the terminal.
    if (status.usable() && m_cardIn)
        status.text = tr("%1; a card is in the reader").arg(status.text);
    return status;
}

void SimulatedCardReader::fileSettled(bool exists, const QByteArray &contents)
{
    if (!exists) {
        m_lastContents.clear();
        if (m_cardIn) {
            m_cardIn = false;
            emit cardRemoved();
        }
        return;
    }
    if (contents == m_lastContents && m_cardIn)
        return;
    m_lastContents = contents;
    handleLine(contents);
}

void SimulatedCardReader::handleLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return;
    if (QJsonDocument::fromJson(line).object().value(QLatin1String("type")).toString()
        == QLatin1String("removed")) {
        if (m_cardIn) {
            m_cardIn = false;
            emit cardRemoved();
        }
        return;
    }
    auto card = CardDocument::parse(line, m_kind, today());
    if (!card) {
        m_cardIn = false;
        emit readFailed(card.error());
        return;
    }
    m_cardIn = true;
    emit cardRead(card.value());
}

} // namespace onewindow
