#include "catalogparser.h"

#include "catalogfieldreader.h"
#include "catalogvalidator.h"

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>

namespace onewindow {

namespace {

QStringList latin1List(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out << QLatin1String(v);
    return out;
}

// list[i]: a path for every entry of every item, so built without QString::arg's parsing.
QString indexed(const QString &list, qsizetype i)
{
    return list + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QList<QDate> readDates(CatalogFieldReader &r, const QJsonObject &root, const QString &key)
{
    QList<QDate> dates;
    const QStringList texts = r.texts(root, QString(), key);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QDate d = QDate::fromString(texts.at(i), Qt::ISODate);
        if (!d.isValid() || texts.at(i).size() != 10)
            r.add(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("catalog.bad_date"),
                CatalogParser::tr("\"%1\" is not a date written as YYYY-MM-DD.")
                    .arg(texts.at(i).left(40)));
        else
            dates << d;
    }
    return dates;
}

// The English of the catalog's texts beyond items and departments (README, "The catalog in
// English") is this terminal's reading of keys the format leaves open: unknown keys are to be
// ignored, so English that is not text, or not one text per option, is left out, never refused.
QString englishText(const QJsonObject &o, const QString &key) { return o.value(key).toString(); }

QStringList englishTexts(const QJsonObject &o, const QString &key, qsizetype count)
{
    const QJsonArray a = o.value(key).toArray();
    if (a.size() != count)
        return {};
    QStringList out;
    out.reserve(a.size());
    for (const QJsonValue &v : a) {
        if (!v.isString())
            return {};
        out << v.toString();
    }
    return out;
}

void readMaterials(
    CatalogFieldReader &r, const QJsonObject &o, const QString &path, CatalogItem &item)
{
    const QJsonArray a = r.array(o, path, QStringLiteral("materials"), false);
    item.materials.reserve(a.size());
    const QString list = path + QLatin1String(".materials");
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = indexed(list, i);
        if (!r.object(a.at(i), p))
            continue;
        const QJsonObject m = a.at(i).toObject();
        CatalogMaterial material;
        material.code = r.text(m, p, QStringLiteral("code"), true, 64);
        material.name = r.text(m, p, QStringLiteral("name"), true);
        material.nameEn = englishText(m, QStringLiteral("nameEn"));
        material.required = r.boolean(m, p, QStringLiteral("required"), true);
        material.copies = int(r.integer(m, p, QStringLiteral("copies"), false, 0, 99, 1));
        material.satisfiedBy = r.texts(m, p, QStringLiteral("satisfiedBy"));
        item.materials << material;
    }
}

// Dotted words such as applicant.name: each word a Latin letter, then letters, digits or "_".
// Checked by hand: a regular expression match per form field was a tenth of reading an item.
bool isDottedKey(QStringView key)
{
    bool wordStart = true;
    for (QChar c : key) {
        const char16_t u = c.unicode();
        const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
        if (wordStart) {
            if (!letter)
                return false;
            wordStart = false;
        } else if (u == u'.') {
            wordStart = true;
        } else if (!letter && !(u >= u'0' && u <= u'9') && u != u'_') {
            return false;
        }
    }
    return !wordStart;
}

void readForm(CatalogFieldReader &r, const QJsonObject &o, const QString &path, CatalogItem &item)
{
    static const QStringList types = latin1List({ "text", "multiline", "number", "date", "phone",
        "email", "resident_id", "credit_code", "choice", "bool" });
    const QJsonArray a = r.array(o, path, QStringLiteral("form"), false);
    item.form.reserve(a.size());
    const QString list = path + QLatin1String(".form");
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = indexed(list, i);
        if (!r.object(a.at(i), p))
            continue;
        const QJsonObject f = a.at(i).toObject();
        CatalogFormField field;
        field.key = r.text(f, p, QStringLiteral("key"), true, 120);
        if (!field.key.isEmpty() && !isDottedKey(field.key))
            r.add(p + QStringLiteral(".key"), QStringLiteral("catalog.bad_key"),
                CatalogParser::tr("The form key \"%1\" must be dotted words such as "
                                  "applicant.name.")
                    .arg(field.key.left(80)));
        field.label = r.text(f, p, QStringLiteral("label"), true);
        field.labelEn = englishText(f, QStringLiteral("labelEn"));
        field.type = r.oneOf(f, p, QStringLiteral("type"), types);
        field.required = r.boolean(f, p, QStringLiteral("required"), false);
        field.options = r.texts(f, p, QStringLiteral("options"));
        if (field.type == QLatin1String("choice") && field.options.isEmpty())
            r.add(p + QStringLiteral(".options"), QStringLiteral("catalog.no_options"),
                CatalogParser::tr("A \"choice\" field needs a non-empty list of options."));
        field.optionsEn = englishTexts(f, QStringLiteral("optionsEn"), field.options.size());
        field.prefill = r.text(f, p, QStringLiteral("prefill"), false, 120);
        item.form << field;
    }
}

CatalogItem readItem(CatalogFieldReader &r, const QJsonObject &o, const QString &p)
{
    static const QStringList levels
        = latin1List({ "province", "city", "county", "town", "village" });
    static const QStringList kinds = latin1List({ "administrative_license",
        "administrative_confirmation", "administrative_payment", "public_service", "other" });
    CatalogItem item;
    item.code = r.code(o, p, QStringLiteral("code"), false);
    item.name = r.text(o, p, QStringLiteral("name"), true);
    item.nameEn = r.text(o, p, QStringLiteral("nameEn"), false, 300);
    item.shortName = r.text(o, p, QStringLiteral("shortName"), false);
    item.department = r.text(o, p, QStringLiteral("department"), true, 64);
    item.level = r.oneOf(o, p, QStringLiteral("level"), levels);
    item.kind = r.oneOf(o, p, QStringLiteral("kind"), kinds);
    item.themes = r.texts(o, p, QStringLiteral("themes"));
    item.audience = r.texts(o, p, QStringLiteral("audience"));
    item.legalLimitDays = int(r.integer(o, p, QStringLiteral("legalLimitDays"), true, 0, 3650, 0));
    item.promisedLimitDays
        = int(r.integer(o, p, QStringLiteral("promisedLimitDays"), true, 0, 3650, 0));
    const QJsonValue fee = o.value(QStringLiteral("fee"));
    if (!fee.isUndefined() && !fee.isNull() && r.object(fee, p + QStringLiteral(".fee"))) {
        const QString fp = p + QStringLiteral(".fee");
        item.feeCents = r.integer(
            fee.toObject(), fp, QStringLiteral("amountCents"), true, 0, 100'000'000'00LL, 0);
        item.feeBasis = r.text(fee.toObject(), fp, QStringLiteral("basis"), false, 500);
    }
    item.onlineLevel = int(r.integer(o, p, QStringLiteral("onlineLevel"), true, 1, 4, 1));
    readMaterials(r, o, p, item);
    readForm(r, o, p, item);
    item.parallelWith = r.texts(o, p, QStringLiteral("parallelWith"));
    return item;
}

QString syntaxMessage(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::IllegalUTF8String:
        return CatalogParser::tr("the text is not valid UTF-8; save the file as UTF-8");
    case QJsonParseError::DeepNesting:
        return CatalogParser::tr("the lists and objects are nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return CatalogParser::tr("the file is too large");
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
    case QJsonParseError::TerminationByNumber:
        return CatalogParser::tr("the file ends too early (it may be truncated)");
    case QJsonParseError::GarbageAtEnd:
        return CatalogParser::tr("there is text after the end of the catalog");
    default:
        return CatalogParser::tr("this is not valid JSON");
    }
}

} // namespace

namespace {

// Qt's parser over the whole file: the judge of syntax, and the one that says where it fails.
CatalogIssue syntaxIssue(const QByteArray &bytes, const QJsonParseError &error)
{
    const QByteArray before = bytes.left(qMin<qsizetype>(error.offset, bytes.size()));
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
    return { QStringLiteral("$"), QStringLiteral("catalog.syntax"),
        CatalogParser::tr("Line %1, column %2 (byte %3): %4.")
            .arg(line)
            .arg(column)
            .arg(error.offset)
            .arg(syntaxMessage(error.error)) };
}

} // namespace

Result<CatalogDocument> CatalogParser::parseDocument(const QByteArray &bytes, CatalogIssue *issue)
{
    auto fail = [&](const CatalogIssue &found) -> Result<CatalogDocument> {
        if (issue)
            *issue = found;
        return Error { found.code, found.message };
    };
    if (bytes.size() > kMaxFileBytes)
        return fail({ QStringLiteral("$"), QStringLiteral("catalog.too_large"),
            tr("The file is larger than %1 MiB; a catalog is never that large.")
                .arg(kMaxFileBytes / (1024 * 1024)) });
    if (auto scanned = CatalogDocument::scan(bytes))
        return std::move(*scanned);
    // Not splittable: Qt's parser over the whole file says what is wrong (or, should the
    // scanner have been too strict, parses it after all).
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(syntaxIssue(bytes, error));
    if (!document.isObject())
        return fail({ QStringLiteral("$"), QStringLiteral("catalog.type"),
            tr("The catalog must be one JSON object { … }.") });
    return CatalogDocument::fromTree(bytes, document.object());
}

CatalogParser::Outcome CatalogParser::read(
    const CatalogDocument &document, const Observer &observer)
{
    const QJsonObject &root = document.header();
    Outcome out;
    CatalogFieldReader r(out.issues);
    Catalog &c = out.catalog;
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("onewindow-catalog"))
        r.add(QStringLiteral("format"), QStringLiteral("catalog.not_a_catalog"),
            tr("This is not a OneWindow service catalog (\"format\" must be "
               "\"onewindow-catalog\")."));
    c.formatVersion = int(r.integer(
        root, QString(), QStringLiteral("formatVersion"), true, 1, 1'000'000, kFormatVersion));
    if (c.formatVersion > kFormatVersion) {
        r.add(QStringLiteral("formatVersion"), QStringLiteral("catalog.future_format"),
            tr("This catalog uses format version %1, but this terminal knows only version %2. "
               "Update OneWindow before loading it.")
                .arg(c.formatVersion)
                .arg(kFormatVersion));
        return out; // the rest may mean something else in a later format
    }
    c.publisher = r.text(root, QString(), QStringLiteral("publisher"), true);
    c.publisherKeyId = r.text(root, QString(), QStringLiteral("publisherKeyId"), true, 64);
    c.catalogVersion = r.text(root, QString(), QStringLiteral("catalogVersion"), true, 64);
    c.issuedAt = r.text(root, QString(), QStringLiteral("issuedAt"), true, 64);
    if (!c.issuedAt.isEmpty() && !QDateTime::fromString(c.issuedAt, Qt::ISODate).isValid())
        r.add(QStringLiteral("issuedAt"), QStringLiteral("catalog.bad_date"),
            tr("\"%1\" is not a date and time such as 2026-11-20T09:00:00+08:00.")
                .arg(c.issuedAt.left(64)));
    const QJsonValue region = root.value(QStringLiteral("region"));
    if (r.object(region, QStringLiteral("region"))) {
        c.regionCode
            = r.text(region.toObject(), QStringLiteral("region"), QStringLiteral("code"), true, 12);
        c.regionName
            = r.text(region.toObject(), QStringLiteral("region"), QStringLiteral("name"), true);
    }
    const QJsonObject themesEn = root.value(QStringLiteral("themesEn")).toObject();
    for (auto it = themesEn.begin(); it != themesEn.end(); ++it)
        if (const QString name = it.value().toString(); !name.isEmpty())
            c.themesEn.insert(it.key(), name);
    c.holidays = readDates(r, root, QStringLiteral("holidays"));
    c.workdays = readDates(r, root, QStringLiteral("workdays"));

    const QJsonArray departments = r.array(root, QString(), QStringLiteral("departments"), true);
    for (qsizetype i = 0; i < departments.size(); ++i) {
        const QString p = QStringLiteral("departments[%1]").arg(i);
        if (!r.object(departments.at(i), p))
            continue;
        const QJsonObject d = departments.at(i).toObject();
        c.departments << CatalogDepartment { r.code(d, p, QStringLiteral("code"), true),
            r.text(d, p, QStringLiteral("name"), true),
            r.text(d, p, QStringLiteral("nameEn"), false, 300) };
    }
    const QJsonArray types = r.array(root, QString(), QStringLiteral("certificateTypes"), false);
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString p = QStringLiteral("certificateTypes[%1]").arg(i);
        if (!r.object(types.at(i), p))
            continue;
        const QJsonObject t = types.at(i).toObject();
        c.certificateTypes << CatalogCertificateType { r.code(t, p, QStringLiteral("code"), true),
            r.text(t, p, QStringLiteral("name"), true), englishText(t, QStringLiteral("nameEn")) };
    }
    // The header's own cross-entry rules (repeated department codes, calendar conflicts) are
    // judged before it is handed over, so that such a catalog is not written only to be undone.
    CatalogValidator validator(c);
    if (observer.header)
        observer.header(c, out.issues.isEmpty() && validator.valid());
    // One item's tree at a time: it is freed as soon as the item is read.
    const QJsonArray notSplit = document.hasItemArray()
        ? QJsonArray()
        : r.array(root, QString(), QStringLiteral("items"), true);
    const qsizetype count = document.hasItemArray() ? document.itemCount() : notSplit.size();
    const bool handOver = bool(observer.item);
    if (!handOver)
        c.items.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QString p = indexed(QStringLiteral("items"), i);
        const std::optional<QJsonValue> value
            = document.hasItemArray() ? document.item(i) : notSplit.at(i);
        if (!value) {
            QJsonParseError error {};
            QJsonDocument::fromJson(document.bytes(), &error);
            Outcome broken;
            broken.issues << syntaxIssue(document.bytes(), error);
            return broken;
        }
        CatalogItem item; // an empty one for an entry that is no object keeps indexes aligned
        if (r.object(*value, p)) {
            item = readItem(r, value->toObject(), p);
            // The item as published; re-serialising its tree would cost as much as parsing it.
            item.snapshot = document.hasItemArray() ? document.compactItem(i) : QByteArray();
            if (item.snapshot.isNull())
                item.snapshot = QJsonDocument(value->toObject()).toJson(QJsonDocument::Compact);
        }
        validator.addItem(i, item);
        if (!handOver)
            c.items << std::move(item);
        else if (!observer.item(i, std::move(item), out.issues.isEmpty() && validator.valid()))
            return out;
    }
    validator.finish(count, out.issues);
    return out;
}

CatalogParser::Outcome CatalogParser::parse(const QByteArray &bytes)
{
    CatalogIssue issue;
    const auto root = parseDocument(bytes, &issue);
    if (!root) {
        Outcome out;
        out.issues << issue;
        return out;
    }
    return read(root.value());
}

CatalogItem CatalogParser::itemFromSnapshot(const QByteArray &snapshot)
{
    QList<CatalogIssue> ignored;
    CatalogFieldReader r(ignored);
    CatalogItem item
        = readItem(r, QJsonDocument::fromJson(snapshot).object(), QStringLiteral("item"));
    item.snapshot = snapshot;
    return item;
}

} // namespace onewindow
