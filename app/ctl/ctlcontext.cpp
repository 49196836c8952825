#include "ctlcontext.h"

#include "database.h"
#include "datadirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

using namespace onewindow;

CtlContext::CtlContext(QString dataDir, QStringList arguments, QTextStream &out, QTextStream &err)
    : m_dataDir(std::move(dataDir))
    , m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{ }

CtlContext::~CtlContext() = default;

Database *CtlContext::database()
{
    if (m_database)
        return m_database.get();
    auto dir = m_mayCreate ? DataDirectory::prepare(m_dataDir) : DataDirectory::existing(m_dataDir);
    if (!dir) {
        m_dataDirRefused = dir.error().code == QLatin1String("storage.no_terminal");
        fail(dir.error());
        return nullptr;
    }
    auto db = Database::open(dir->databasePath());
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    m_database = std::move(db.value());
    return m_database.get();
}

bool CtlContext::parse(QCommandLineParser &parser, int minPositional, int maxPositional)
{
    if (!parser.parse(QStringList { QStringLiteral("onewindowctl") } + m_arguments)) {
        m_err << tr("%1. Run onewindowctl --help to see the commands.").arg(parser.errorText())
              << Qt::endl;
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        m_err << tr("Wrong number of arguments. Run onewindowctl --help to see the commands.")
              << Qt::endl;
        return false;
    }
    return true;
}

void CtlContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented)) << Qt::flush;
}

bool CtlContext::takeFlag(const QString &flag) { return m_arguments.removeAll(flag) > 0; }

bool CtlContext::willAsk() const { return !m_assumeYes && ::isatty(STDIN_FILENO); }

bool CtlContext::confirm(const QString &change)
{
    if (!willAsk())
        return true;
    m_out << change << '\n' << tr("Go on? [y/N] ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    // Both languages' yes: the prompt is translated, the answer may not be.
    if (answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y")
        || answer == QStringLiteral("是"))
        return true;
    m_out << tr("Nothing was changed.") << Qt::endl;
    return false;
}

int CtlContext::fail(const Error &error, int exitCode)
{
    m_err << error.message << Qt::endl;
    return exitCode;
}
