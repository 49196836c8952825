// What every onewindowctl command gets: its arguments, streams and the terminal's data.
#pragma once

#include "result.h"

#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace onewindow {
class Database;
}

// Exit codes shared by all commands; some commands add their own (documented in --help).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitInvalid = 2,
    ExitUntrusted = 3, // a signature or trust failure (catalog import, trust add-publisher)
};

class CtlContext
{
    Q_DECLARE_TR_FUNCTIONS(CtlContext)
public:
    CtlContext(QString dataDir, QStringList arguments, QTextStream &out, QTextStream &err);
    ~CtlContext();

    const QStringList &arguments() const { return m_arguments; }
    QString dataDir() const { return m_dataDir; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens (and migrates) the terminal database on first use; reports the failure to err().
    onewindow::Database *database();

    // Parses this command's options and positional arguments; on a mistake prints one sentence
    // and returns false (the command then exits with ExitInvalid).
    bool parse(QCommandLineParser &parser, int minPositional, int maxPositional);

    // Prints the error's message on err() and returns the exit code.
    int fail(const onewindow::Error &error, int exitCode = ExitFailure);

private:
    QString m_dataDir;
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<onewindow::Database> m_database;
};
