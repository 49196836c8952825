#include "ctlsecurity.h"

#include "catalogstore.h"
#include "ctlcontext.h"
#include "database.h"
#include "datadirectory.h"
#include "pinyintranscriber.h"

#include <pwd.h>
#include <unistd.h>

using namespace onewindow;

std::unique_ptr<CtlSecurity> CtlSecurity::open(CtlContext &context)
{
    Database *db = context.database();
    if (!db)
        return nullptr;
    auto dir = DataDirectory::existing(context.dataDir()); // opened just above
    if (!dir) {
        context.fail(dir.error());
        return nullptr;
    }
    auto keys = DataKeys::open(*db, dir->dataKeyPath());
    if (!keys) {
        context.fail(keys.error());
        return nullptr;
    }
    auto security = std::make_unique<CtlSecurity>();
    security->keys.emplace(std::move(keys.value()));
    security->audit = std::make_unique<AuditLog>(*db, security->keys->auditKey());
    security->staff = std::make_unique<StaffAccounts>(*db, *security->audit);
    security->staff->setDepartmentLookup([db]() -> Result<QStringList> {
        PinyinTranscriber pinyin;
        auto departments = CatalogStore(*db, pinyin).departments();
        if (!departments)
            return departments.error();
        QStringList codes;
        for (const CatalogDepartment &d : departments.value())
            codes << d.code;
        return codes;
    });
    // Staff members' real names are sealed with the data key, as citizens' names are.
    security->cipher = std::make_unique<FieldCipher>(*security->keys);
    security->staff->setPersonalDataCipher(security->cipher.get());
    return security;
}

QString CtlSecurity::actor()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return QStringLiteral("cli:")
        + (pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid()));
}
