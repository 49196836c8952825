// What every onewindowctl command gets: its arguments, streams and the terminal's data.
#pragma once

#include "result.h"

#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
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
    ExitOlder = 4, // catalog import: older than the active catalog, without --allow-older
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
    // The data folder must already hold a terminal unless setMayCreate() was called: a
    // mistyped --data-dir is refused (then dataDirRefused() is true), never made a terminal.
    onewindow::Database *database();
    // Only the command that sets a terminal up (terminal init) may create its data folder.
    void setMayCreate(bool mayCreate) { m_mayCreate = mayCreate; }
    // The data folder named no terminal: the command exits with ExitInvalid, whatever it said.
    bool dataDirRefused() const { return m_dataDirRefused; }

    // Parses this command's options and positional arguments; on a mistake prints one sentence
    // and returns false (the command then exits with ExitInvalid).
    bool parse(QCommandLineParser &parser, int minPositional, int maxPositional);

    // Prints the error's message on err() and returns the exit code.
    int fail(const onewindow::Error &error, int exitCode = ExitFailure);

    // Writes one JSON document (--json): keys in English and values as stored, whatever the
    // language of the messages, so that a script reads the same on every terminal.
    void printJson(const QJsonValue &value);

    // Removes a flag (such as --dry-run) from the arguments; whether it was given.
    bool takeFlag(const QString &flag);

    // --verbose: every item of a catalog diff, and the services' info messages.
    void setVerbose(bool verbose) { m_verbose = verbose; }
    bool verbose() const { return m_verbose; }

    // --yes: a change that cannot simply be undone is made without asking.
    void setAssumeYes(bool yes) { m_assumeYes = yes; }
    // Before such a change: on a terminal, prints what will change and asks (y/N); a script
    // (standard input not a terminal) or --yes goes on without asking. False: declined, and
    // "nothing was changed" has been said.
    bool confirm(const QString &change);
    // Whether confirm() would ask (a terminal, no --yes).
    bool willAsk() const;

private:
    QString m_dataDir;
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<onewindow::Database> m_database;
    bool m_mayCreate = false;
    bool m_assumeYes = false;
    bool m_verbose = false;
    bool m_dataDirRefused = false;
};
