#include "formfieldcheck.h"

#include "creditcode.h"
#include "residentid.h"

#include <QRegularExpression>

namespace onewindow {

namespace {

Error wrong(const QString &code, const QString &message)
{
    return Error { QStringLiteral("form.") + code, message };
}

const QRegularExpression &mobilePattern()
{
    static const QRegularExpression p(QStringLiteral("^1[3-9][0-9]{9}$"));
    return p;
}

const QRegularExpression &landlinePattern()
{
    // Area code 0xx or 0xxx, then 7 or 8 digits, optionally an extension.
    static const QRegularExpression p(
        QStringLiteral("^0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7}(-[0-9]{1,6})?$"));
    return p;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression p(QStringLiteral(
        "^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}$"));
    return p;
}

} // namespace

Result<QString> FormFieldCheck::check(
    const CatalogFormField &field, const QString &answer, QDate today)
{
    QString value = field.type == u"multiline" ? answer.trimmed() : answer.simplified();
    // A required yes/no is a pledge (承诺, e.g. that the answers are true): only a yes fulfils
    // it, and no application goes without it.
    if (field.type == u"bool" && field.required && value != u"true")
        return wrong(QStringLiteral("pledge_required"),
            tr("Please confirm \"%1\": the application cannot be made without it.")
                .arg(field.label));
    if (value.isEmpty()) {
        if (field.required && field.type != u"bool")
            return wrong(QStringLiteral("required"), tr("Please fill in \"%1\".").arg(field.label));
        return field.type == u"bool" ? QStringLiteral("false") : QString();
    }
    const QString &type = field.type;
    if (type == u"text" || type == u"multiline") {
        const int max = type == u"text" ? kMaxText : kMaxMultiline;
        if (value.size() > max)
            return wrong(QStringLiteral("too_long"),
                tr("\"%1\" can have at most %2 characters; please shorten it.")
                    .arg(field.label)
                    .arg(max));
        return value;
    }
    if (type == u"number") {
        static const QRegularExpression number(QStringLiteral("^[0-9]{1,12}(\\.[0-9]{1,4})?$"));
        if (!number.match(value).hasMatch())
            return wrong(QStringLiteral("not_number"),
                tr("\"%1\" takes a number, such as 3 or 12.5.").arg(field.label));
        return value;
    }
    if (type == u"date") {
        const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return wrong(QStringLiteral("not_date"),
                tr("\"%1\" takes a date written as year-month-day, such as 2026-03-15.")
                    .arg(field.label));
        if (date.year() < 1900 || date > today.addYears(100))
            return wrong(QStringLiteral("date_out_of_range"),
                tr("The date in \"%1\" is not possible; please check the year.").arg(field.label));
        return date.toString(Qt::ISODate);
    }
    if (type == u"phone") {
        QString digits = value;
        digits.remove(QLatin1Char(' '));
        if (!mobilePattern().match(digits).hasMatch()
            && !landlinePattern().match(digits).hasMatch())
            return wrong(QStringLiteral("not_phone"),
                tr("\"%1\" needs a mobile number of 11 digits starting with 1, or a landline "
                   "with its area code (020-12345678).")
                    .arg(field.label));
        return digits;
    }
    if (type == u"email") {
        if (value.size() > 254 || !emailPattern().match(value).hasMatch())
            return wrong(QStringLiteral("not_email"),
                tr("\"%1\" needs an e-mail address such as name@example.com.").arg(field.label));
        return value;
    }
    if (type == u"resident_id") {
        auto id = ResidentId::parse(value, today);
        if (!id)
            return wrong(QStringLiteral("bad_resident_id"), id.error().message);
        return id->number();
    }
    if (type == u"credit_code") {
        auto code = CreditCode::parse(value);
        if (!code)
            return wrong(QStringLiteral("bad_credit_code"), code.error().message);
        return value.toUpper();
    }
    if (type == u"choice") {
        if (!field.options.contains(value))
            return wrong(QStringLiteral("not_an_option"),
                tr("Please choose one of the options for \"%1\".").arg(field.label));
        return value;
    }
    if (type == u"bool") {
        if (value != u"true" && value != u"false")
            return wrong(QStringLiteral("not_bool"),
                tr("Please answer \"%1\" with yes or no.").arg(field.label));
        return value;
    }
    return wrong(QStringLiteral("unknown_type"),
        tr("The field \"%1\" has a type this terminal does not know; please apply at the window.")
            .arg(field.label));
}

Status FormFieldCheck::checkPartial(const CatalogFormField &field, const QString &answer)
{
    const QString value = answer.simplified().remove(QLatin1Char(' '));
    if (value.isEmpty())
        return {};
    const QString &type = field.type;
    if (type == u"resident_id") {
        static const QRegularExpression partial(QStringLiteral("^[0-9]{0,17}[0-9Xx]?$"));
        if (!partial.match(value).hasMatch())
            return wrong(QStringLiteral("bad_resident_id"),
                tr("An ID number has 18 characters: digits, and X only as the last one."));
        if (value.size() < 18)
            return {};
    } else if (type == u"phone") {
        static const QRegularExpression partial(QStringLiteral("^[0-9\\-]{0,20}$"));
        if (!partial.match(value).hasMatch())
            return wrong(QStringLiteral("not_phone"), tr("A phone number has only digits."));
        if (value.startsWith(QLatin1Char('1')) ? value.size() < 11 : value.size() < 10)
            return {};
    } else if (type == u"number") {
        static const QRegularExpression partial(QStringLiteral("^[0-9]{0,12}(\\.[0-9]{0,4})?$"));
        if (!partial.match(value).hasMatch())
            return wrong(QStringLiteral("not_number"),
                tr("\"%1\" takes a number, such as 3 or 12.5.").arg(field.label));
        return {};
    } else if (type == u"credit_code" || type == u"date" || type == u"email") {
        const qsizetype complete = type == u"credit_code" ? 18 : type == u"date" ? 10 : 0;
        if (complete == 0 || value.size() < complete)
            return {};
    }
    auto full = check(field, answer);
    if (!full)
        return full.error();
    return {};
}

} // namespace onewindow
