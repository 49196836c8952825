#include "printabledocument.h"

namespace onewindow {

PrintableDocument::PrintableDocument(QString documentTitle)
    : m_documentTitle(std::move(documentTitle))
{ }

void PrintableDocument::addText(Block::Kind kind, const QString &text, const QString &value)
{
    Block block;
    block.kind = kind;
    block.text = text;
    block.value = value;
    m_blocks.append(block);
}

void PrintableDocument::addTitle(const QString &text) { addText(Block::Kind::Title, text); }

void PrintableDocument::addHeading(const QString &text) { addText(Block::Kind::Heading, text); }

void PrintableDocument::addKeyValue(const QString &key, const QString &value)
{
    addText(Block::Kind::KeyValue, key, value);
}

void PrintableDocument::addParagraph(const QString &text) { addText(Block::Kind::Paragraph, text); }

void PrintableDocument::addTable(const QStringList &headers, const QList<QStringList> &rows)
{
    Block block;
    block.kind = Block::Kind::Table;
    block.headers = headers;
    for (QStringList row : rows) {
        while (row.size() < headers.size())
            row.append(QString());
        block.rows.append(row.mid(0, headers.size()));
    }
    m_blocks.append(block);
}

void PrintableDocument::addQrCode(
    const QByteArray &data, const QString &caption, QrCode::ErrorCorrection level)
{
    Block block;
    block.kind = Block::Kind::QrCode;
    block.text = caption;
    block.qrData = data;
    block.qrLevel = level;
    m_blocks.append(block);
}

void PrintableDocument::addPageBreak() { addText(Block::Kind::PageBreak, {}); }

} // namespace onewindow
