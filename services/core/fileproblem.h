// Why a file could not be read or written, in the reader's language: QFile's errorString() is
// the system's English, which has no place inside a Chinese message.
#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace onewindow {

class FileProblem
{
    Q_DECLARE_TR_FUNCTIONS(FileProblem)
public:
    // After a failed open or read of file: "there is no such file", "this terminal may not
    // read it", "it is a folder, not a file", or "it could not be read".
    static QString reading(const QFileDevice &file);
    // After a failed open, write or commit: the folder missing, no permission, the disk full.
    static QString writing(const QFileDevice &file);
};

} // namespace onewindow
