#include "ctlcontext.h"

#include "database.h"
#include "datadirectory.h"

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
    auto dir = DataDirectory::prepare(m_dataDir);
    if (!dir) {
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

int CtlContext::fail(const Error &error, int exitCode)
{
    m_err << error.message << Qt::endl;
    return exitCode;
}
