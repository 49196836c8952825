// PrintableDocument: what a receipt, statement or verified copy says, as blocks to lay out on A4.
#pragma once

#include "qrcode.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace onewindow {

class PrintableDocument
{
public:
    struct Block
    {
        enum class Kind { Title, Heading, KeyValue, Paragraph, Table, QrCode, PageBreak };
        Kind kind = Kind::Paragraph;
        QString text; // title, heading, paragraph, key of a row, caption of a QR code
        QString value; // value of a key/value row
        QStringList headers; // table
        QList<QStringList> rows; // table
        QByteArray qrData;
        QrCode::ErrorCorrection qrLevel = QrCode::ErrorCorrection::Medium;
    };

    // documentTitle names the PDF (metadata) and the print job; it is not printed by itself.
    explicit PrintableDocument(QString documentTitle = {});

    void addTitle(const QString &text);
    void addHeading(const QString &text);
    // A labelled value; consecutive rows line up in two columns.
    void addKeyValue(const QString &key, const QString &value);
    void addParagraph(const QString &text);
    // Rows shorter than headers are padded with empty cells; longer ones are cut.
    void addTable(const QStringList &headers, const QList<QStringList> &rows);
    // A QR code with its caption printed under it (the caption says what the code carries).
    void addQrCode(const QByteArray &data, const QString &caption,
        QrCode::ErrorCorrection level = QrCode::ErrorCorrection::Medium);
    void addPageBreak();

    const QString &documentTitle() const { return m_documentTitle; }
    const QList<Block> &blocks() const { return m_blocks; }
    bool isEmpty() const { return m_blocks.isEmpty(); }

private:
    void addText(Block::Kind kind, const QString &text, const QString &value = {});

    QString m_documentTitle;
    QList<Block> m_blocks;
};

} // namespace onewindow
