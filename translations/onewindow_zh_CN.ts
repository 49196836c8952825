<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read, so the action was refused: %1</source>
        <translation>无法读取审计日志，操作已被拒绝：%1</translation>
    </message>
    <message>
        <source>The audit log cannot be written, so the action was refused. Check the disk and the database (onewindowctl db info). Details: %1</source>
        <translation>无法写入审计日志，操作已被拒绝。请检查磁盘和数据库（onewindowctl db info）。详情：%1</translation>
    </message>
    <message>
        <source>entry %1 was removed (the next entry is %2)</source>
        <translation>第 %1 条记录已被删除（下一条为第 %2 条）</translation>
    </message>
    <message>
        <source>entry %1 was changed</source>
        <translation>第 %1 条记录已被修改</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: entries were removed or re-ordered</source>
        <translation>第 %1 条记录未接续第 %2 条：有记录被删除或顺序被打乱</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>The catalog does not name its publisher key (publisherKeyId), so its signature cannot be checked.</source>
        <translation>目录未写明发布方密钥（publisherKeyId），无法核验其签名。</translation>
    </message>
</context>
<context>
    <name>CatalogParser</name>
    <message>
        <source>This field is required but missing.</source>
        <translation>缺少此必填字段。</translation>
    </message>
    <message>
        <source>Expected text here.</source>
        <translation>此处应为文本。</translation>
    </message>
    <message>
        <source>This text must not be empty.</source>
        <translation>此文本不能为空。</translation>
    </message>
    <message>
        <source>This text is longer than %1 characters.</source>
        <translation>此文本超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Expected a whole number here.</source>
        <translation>此处应为整数。</translation>
    </message>
    <message>
        <source>The number %1 is outside the allowed range %2 to %3.</source>
        <translation>数值 %1 超出允许范围 %2 至 %3。</translation>
    </message>
    <message>
        <source>Expected true or false here.</source>
        <translation>此处应为 true 或 false。</translation>
    </message>
    <message>
        <source>This list is required but missing.</source>
        <translation>缺少此必填列表。</translation>
    </message>
    <message>
        <source>Expected a list here.</source>
        <translation>此处应为列表。</translation>
    </message>
    <message>
        <source>Expected non-empty text here.</source>
        <translation>此处应为非空文本。</translation>
    </message>
    <message>
        <source>Expected an object { … } here.</source>
        <translation>此处应为对象 { … }。</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may only use letters, digits, &quot;-&quot; and &quot;_&quot; (1 to 64 characters).</source>
        <translation>编码“%1”只能使用字母、数字、“-”和“_”（1 至 64 个字符）。</translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; may only use letters, digits and &quot;-&quot; (1 to 64 characters).</source>
        <translation>事项编码“%1”只能使用字母、数字和“-”（1 至 64 个字符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here; use one of: %2.</source>
        <translation>此处不允许“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written as YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>The form key &quot;%1&quot; must be dotted words such as applicant.name.</source>
        <translation>表单字段键“%1”必须是以点分隔的单词，例如 applicant.name。</translation>
    </message>
    <message>
        <source>A &quot;choice&quot; field needs a non-empty list of options.</source>
        <translation>“choice”类型的字段需要非空的选项列表。</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>文本不是有效的 UTF-8；请将文件另存为 UTF-8 编码</translation>
    </message>
    <message>
        <source>the lists and objects are nested too deeply</source>
        <translation>列表和对象嵌套层数过深</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>文件提前结束（可能不完整）</translation>
    </message>
    <message>
        <source>there is text after the end of the catalog</source>
        <translation>目录结束后还有多余内容</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>这不是有效的 JSON</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; a catalog is never that large.</source>
        <translation>文件超过 %1 MiB；事项目录不会这么大。</translation>
    </message>
    <message>
        <source>Line %1, column %2 (byte %3): %4.</source>
        <translation>第 %1 行第 %2 列（第 %3 字节）：%4。</translation>
    </message>
    <message>
        <source>The catalog must be one JSON object { … }.</source>
        <translation>目录必须是一个 JSON 对象 { … }。</translation>
    </message>
    <message>
        <source>This is not a OneWindow service catalog (&quot;format&quot; must be &quot;onewindow-catalog&quot;).</source>
        <translation>这不是 OneWindow 事项目录（“format”必须为“onewindow-catalog”）。</translation>
    </message>
    <message>
        <source>This catalog uses format version %1, but this terminal knows only version %2. Update OneWindow before loading it.</source>
        <translation>此目录使用格式版本 %1，但本终端只支持版本 %2。请先升级 OneWindow 再导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-11-20T09:00:00+08:00.</source>
        <translation>“%1”不是形如 2026-11-20T09:00:00+08:00 的日期时间。</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>The service item %1 is not in the active catalog. Load a catalog that has it, or choose another item.</source>
        <translation>当前目录中没有事项 %1。请导入包含该事项的目录，或选择其他事项。</translation>
    </message>
    <message>
        <source>There is no catalog version %1. Run &quot;onewindowctl catalog versions&quot; to see the versions kept on this terminal.</source>
        <translation>没有目录版本 %1。运行“onewindowctl catalog versions”查看本终端保存的版本。</translation>
    </message>
    <message>
        <source>The stored copy of catalog version %1 has been altered; it will not be applied. Import the catalog file again instead.</source>
        <translation>目录版本 %1 的存档已被篡改，不会启用。请重新导入该目录文件。</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>The department &quot;%1&quot; is not in the catalog&apos;s departments list.</source>
        <translation>部门“%1”不在目录的部门列表（departments）中。</translation>
    </message>
    <message>
        <source>The promised time limit (%1 working days) is longer than the legal limit (%2 working days); the promise may only be shorter.</source>
        <translation>承诺时限（%1 个工作日）长于法定时限（%2 个工作日）；承诺时限只能更短。</translation>
    </message>
    <message>
        <source>The material code &quot;%1&quot; is used twice in this item.</source>
        <translation>材料编码“%1”在此事项中重复使用。</translation>
    </message>
    <message>
        <source>The certificate type &quot;%1&quot; is not in the catalog&apos;s certificateTypes list.</source>
        <translation>证照类型“%1”不在目录的证照类型列表（certificateTypes）中。</translation>
    </message>
    <message>
        <source>The form key &quot;%1&quot; is used twice in this item.</source>
        <translation>表单字段键“%1”在此事项中重复使用。</translation>
    </message>
    <message>
        <source>The form key &quot;%1&quot; has type &quot;%2&quot; here but &quot;%3&quot; at %4; items share fields by key, so the types must agree.</source>
        <translation>表单字段键“%1”在此处类型为“%2”，但在 %4 处为“%3”；事项按键共用字段，类型必须一致。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be CERTIFICATE_TYPE.field with a certificate type from the certificateTypes list.</source>
        <translation>“%1”必须为“证照类型.字段”的形式，且证照类型须在 certificateTypes 列表中。</translation>
    </message>
    <message>
        <source>An item cannot be bundled with itself.</source>
        <translation>事项不能与自身并联办理。</translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; is not in this catalog.</source>
        <translation>事项编码“%1”不在本目录中。</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by %2[%3].</source>
        <translation>编码“%1”已被 %2[%3] 使用。</translation>
    </message>
    <message>
        <source>The catalog has no items; loading it would leave the terminal with nothing to offer.</source>
        <translation>目录中没有任何事项；导入后终端将无事项可办。</translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a working day.</source>
        <translation>%1 同时被列为节假日和工作日。</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This service is coming soon to this terminal. Please ask at the service window.</source>
        <translation>本终端即将开通此项服务，请到服务窗口咨询办理。</translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>No credit code was entered.</source>
        <translation>未输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1. Check that no character is missing or doubled.</source>
        <translation>统一社会信用代码为 18 位，此代码有 %1 位。请检查是否漏输或多输了字符。</translation>
    </message>
    <message>
        <source>Character %1 of the credit code is not allowed: a code uses only digits and the capital letters A to Y without I, O, Z, S and V.</source>
        <translation>信用代码第 %1 位字符不合规：代码只使用数字和除 I、O、Z、S、V 以外的大写字母 A 至 Y。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a credit code are the region code and are digits; these are not. Check those characters.</source>
        <translation>信用代码第 3 至 8 位是行政区划码，应为数字；此处不是。请检查这几位。</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match the other 17: one character of this credit code is wrong. Enter it again carefully.</source>
        <translation>校验码（最后一位）与前 17 位不符：此信用代码有一位有误。请仔细重新输入。</translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>&quot;db info&quot; takes no arguments; got &quot;%1&quot;.</source>
        <translation>“db info”不带参数，但收到了“%1”。</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>schema version: %1 (this program: %2)</source>
        <translation>结构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <source>journal mode: %1</source>
        <translation>日志模式：%1</translation>
    </message>
    <message>
        <source>size: %1 bytes</source>
        <translation>大小：%1 字节</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>&quot;id check&quot; takes one ID number or credit code.</source>
        <translation>“id check”需要一个身份证号码或信用代码。</translation>
    </message>
    <message>
        <source>valid %1: %2</source>
        <translation>有效的%1：%2</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>无效的%1：%2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>changes: %1 added, %2 removed, %3 changed</source>
        <translation>变更：新增 %1 项，删除 %2 项，修改 %3 项</translation>
    </message>
    <message>
        <source>applied: catalog %1 (%2 items) is now active as version %3</source>
        <translation>已启用：目录 %1（%2 个事项）现为生效版本 %3</translation>
    </message>
    <message>
        <source>dry run: catalog %1 (%2 items) is valid and verified; nothing was changed</source>
        <translation>试运行：目录 %1（%2 个事项）有效且签名核验通过；未作任何更改</translation>
    </message>
    <message>
        <source>Problems found: %1; nothing was changed.</source>
        <translation>发现问题：%1 个；未作任何更改。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog import FILE [--signature FILE.sig] [--dry-run]; &quot;%1&quot; is not understood.</source>
        <translation>用法：onewindowctl catalog import 文件 [--signature 文件.sig] [--dry-run]；无法识别“%1”。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog import FILE [--signature FILE.sig] [--dry-run]</source>
        <translation>用法：onewindowctl catalog import 文件 [--signature 文件.sig] [--dry-run]</translation>
    </message>
    <message>
        <source>There is no signature file &quot;%1&quot;; a catalog is only loaded with its signature. Nothing was applied.</source>
        <translation>找不到签名文件“%1”；目录必须连同签名一起导入。未作任何更改。</translation>
    </message>
    <message>
        <source>&quot;catalog versions&quot; takes no arguments.</source>
        <translation>“catalog versions”不接受参数。</translation>
    </message>
    <message>
        <source>No catalog has been imported yet.</source>
        <translation>尚未导入任何目录。</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 个事项</translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog rollback VERSION, with a version number from &quot;onewindowctl catalog versions&quot;.</source>
        <translation>用法：onewindowctl catalog rollback 版本号，版本号见“onewindowctl catalog versions”。</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 500.</source>
        <translation>--limit 需要 1 至 500 之间的数字。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog search QUERY [--limit N]</source>
        <translation>用法：onewindowctl catalog search 查询词 [--limit 数量]</translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust add-publisher KEY_ID PEM_FILE</source>
        <translation>用法：onewindowctl trust add-publisher 密钥标识 PEM文件</translation>
    </message>
    <message>
        <source>trusted: catalogs signed with publisher key %1 (%2) will be accepted.</source>
        <translation>已信任：将接受由发布方密钥 %1（%2）签名的目录。</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data directory was given. Pass a folder with --data-dir.</source>
        <translation>未指定数据目录。请用 --data-dir 指定一个文件夹。</translation>
    </message>
    <message>
        <source>The data directory %1 is a file, not a folder. Choose a folder with --data-dir.</source>
        <translation>数据目录 %1 是一个文件而不是文件夹。请用 --data-dir 指定一个文件夹。</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created. Choose another folder with --data-dir, or give this user write access to its parent.</source>
        <translation>无法创建数据目录 %1。请用 --data-dir 另选文件夹，或给当前用户其上级目录的写权限。</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be written. Choose another folder with --data-dir, or give this user write access to it.</source>
        <translation>数据目录 %1 无法写入。请用 --data-dir 另选文件夹，或给当前用户该目录的写权限。</translation>
    </message>
</context>
<context>
    <name>DataKeys</name>
    <message>
        <source>The data key file %1 is missing, but this database holds data encrypted with it. OneWindow will not make a new key, because that would make the existing data unreadable. Restore the key file from the terminal&apos;s backup.</source>
        <translation>数据密钥文件 %1 不存在，但数据库中有用它加密的数据。OneWindow 不会生成新密钥，否则现有数据将无法读取。请从终端备份中恢复密钥文件。</translation>
    </message>
    <message>
        <source>The system could not supply random numbers for a new data key. Restart the terminal; if this persists, call support.</source>
        <translation>系统无法为新数据密钥提供随机数。请重启终端；如问题持续，请联系技术支持。</translation>
    </message>
    <message>
        <source>The data key %1 is not a plain file. Replace it with the key file from the terminal&apos;s backup.</source>
        <translation>数据密钥 %1 不是普通文件。请用终端备份中的密钥文件替换。</translation>
    </message>
    <message>
        <source>The data key %1 may be read by other users of this computer. OneWindow will not use it. Make it private with &quot;chmod 600 %1&quot; (owned by the user that runs OneWindow), and check who may have copied it.</source>
        <translation>数据密钥 %1 可被本机其他用户读取，OneWindow 不会使用它。请用“chmod 600 %1”设为私有（属主为运行 OneWindow 的用户），并核查是否有人复制过它。</translation>
    </message>
    <message>
        <source>The data key %1 cannot be read (%2).</source>
        <translation>无法读取数据密钥 %1（%2）。</translation>
    </message>
    <message>
        <source>The data key %1 is damaged. Restore it from the terminal&apos;s backup.</source>
        <translation>数据密钥 %1 已损坏。请从终端备份中恢复。</translation>
    </message>
    <message>
        <source>The data key %1 cannot be written. Check that the data directory is writable and the disk is not full.</source>
        <translation>无法写入数据密钥 %1。请检查数据目录是否可写、磁盘是否已满。</translation>
    </message>
    <message>
        <source>The data key %1 does not belong to this database (it may come from another terminal). Restore this terminal&apos;s own key file from its backup.</source>
        <translation>数据密钥 %1 不属于此数据库（可能来自其他终端）。请从备份中恢复本终端自己的密钥文件。</translation>
    </message>
    <message>
        <source>The data key %1 lacks a key that data in this database was encrypted with. Restore the complete key file from the terminal&apos;s backup.</source>
        <translation>数据密钥 %1 缺少数据库中数据加密所用的密钥。请从终端备份中恢复完整的密钥文件。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 is not a OneWindow database. Nothing was changed. Move the file away, or start OneWindow with another --data-dir.</source>
        <translation>文件 %1 不是一窗通数据库，未做任何改动。请移走该文件，或用 --data-dir 另选目录启动。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2). Check that this user may read and write it.</source>
        <translation>无法打开数据库 %1（%2）。请检查当前用户是否有读写权限。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was changed. Restore it from a backup, or move it away to start a new one.</source>
        <translation>数据库 %1 已损坏（%2），未做任何改动。请从备份恢复，或将其移走后新建。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (%2). Check that this user may read and write it.</source>
        <translation>无法读取数据库 %1（%2）。请检查当前用户是否有读写权限。</translation>
    </message>
    <message>
        <source>The database %1 cannot be configured (%2). Check that this user may write to it and to its folder.</source>
        <translation>无法设置数据库 %1（%2）。请检查当前用户对该文件及其目录是否有写权限。</translation>
    </message>
    <message>
        <source>The database setting &quot;%1&quot; is not in effect on %2, so cases could be lost. OneWindow will not run this way; put the data directory on a local disk.</source>
        <translation>数据库设置“%1”在 %2 上未生效，办件数据可能丢失，一窗通不能这样运行。请将数据目录放在本地磁盘上。</translation>
    </message>
    <message>
        <source>The database driver is not SQLite; OneWindow cannot run this way.</source>
        <translation>数据库驱动不是 SQLite，一窗通无法运行。</translation>
    </message>
    <message>
        <source>A database step failed: %1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
    <message>
        <source>The database could not complete &quot;%1&quot;: %2</source>
        <translation>数据库无法完成“%1”：%2</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>Personal data could not be encrypted, so it was not saved. Restart the terminal; if this persists, call support.</source>
        <translation>个人数据无法加密，因此未保存。请重启终端；如问题持续，请联系技术支持。</translation>
    </message>
    <message>
        <source>A stored value in %1.%2 is not in OneWindow&apos;s encrypted form; the database was changed outside OneWindow.</source>
        <translation>%1.%2 中存储的值不是 OneWindow 的加密格式；数据库曾在 OneWindow 之外被修改。</translation>
    </message>
    <message>
        <source>A stored value in %1.%2 needs data key %3, which the key file does not have. Restore the complete key file from the terminal&apos;s backup.</source>
        <translation>%1.%2 中存储的值需要数据密钥 %3，但密钥文件中没有。请从终端备份中恢复完整的密钥文件。</translation>
    </message>
    <message>
        <source>A stored value in %1.%2 fails its integrity check: it was changed or moved outside OneWindow. It is not shown.</source>
        <translation>%1.%2 中存储的值未通过完整性校验：它曾在 OneWindow 之外被修改或移动，因此不予显示。</translation>
    </message>
</context>
<context>
    <name>IdentifierCheck</name>
    <message>
        <source>Nothing was entered. Enter an 18-character ID number or credit code.</source>
        <translation>未输入内容。请输入 18 位身份证号码或统一社会信用代码。</translation>
    </message>
    <message>
        <source>This has %1 characters; a resident ID number has 18 (15 in the old form) and a unified social credit code has 18.</source>
        <translation>输入有 %1 位；居民身份证号码为 18 位（旧版 15 位），统一社会信用代码为 18 位。</translation>
    </message>
    <message>
        <source>resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>resident ID number (old 15-digit form)</source>
        <translation>居民身份证号码（旧版 15 位）</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>neither a resident ID number nor a credit code</source>
        <translation>既不是居民身份证号码也不是统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>KioskFooter</name>
    <message>
        <source>Need help? Ask at the service window or call 12345</source>
        <translation>需要帮助？请咨询服务窗口或拨打 12345</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>One-window Government Services</source>
        <translation>一门式政务服务</translation>
    </message>
    <message>
        <source>Guangdong Online Service Hall · self-service terminal</source>
        <translation>广东政务服务网 · 自助服务终端</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation>切换语言为%1</translation>
    </message>
    <message>
        <source>Standard mode</source>
        <translation>标准模式</translation>
    </message>
    <message>
        <source>Elderly mode</source>
        <translation>长辈模式</translation>
    </message>
</context>
<context>
    <name>KioskHomePage</name>
    <message>
        <source>Hello! What would you like to do today?</source>
        <translation>您好！请问今天要办理什么业务？</translation>
    </message>
    <message>
        <source>Touch one of the large buttons below. Staff at the service window are happy to help.</source>
        <translation>请点击下方的大按钮。如有需要，服务窗口工作人员乐意为您帮忙。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>办事</translation>
    </message>
    <message>
        <source>Apply for one or several services with one form</source>
        <translation>一张表单，办理一项或多项事项</translation>
    </message>
    <message>
        <source>Track progress</source>
        <translation>进度查询</translation>
    </message>
    <message>
        <source>Scan your receipt or type its number</source>
        <translation>扫描回执二维码或输入回执编号</translation>
    </message>
    <message>
        <source>E-certificates</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>Look up, verify and print your e-certificates</source>
        <translation>查询、核验、打印您的电子证照</translation>
    </message>
    <message>
        <source>Social security</source>
        <translation>社保查询</translation>
    </message>
    <message>
        <source>Contributions, statements and pension certification</source>
        <translation>缴费记录、参保证明、养老资格认证</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>OneWindow government service terminal</source>
        <translation>一窗通政务服务终端</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>What this terminal shows: kiosk, backoffice or admin.</source>
        <translation>终端显示的界面：kiosk（自助）、backoffice（后台）或 admin（管理）。</translation>
    </message>
    <message>
        <source>Folder for the database and keys.</source>
        <translation>存放数据库和密钥的文件夹。</translation>
    </message>
    <message>
        <source>Run in a window instead of full screen.</source>
        <translation>以窗口方式运行，而非全屏。</translation>
    </message>
    <message>
        <source>Window size for --windowed, e.g. 1080x1920.</source>
        <translation>--windowed 的窗口大小，例如 1080x1920。</translation>
    </message>
    <message>
        <source>Start language: zh_CN or en.</source>
        <translation>启动语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Start in elderly mode (larger type).</source>
        <translation>以长辈模式（大字体）启动。</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first frame, then quit.</source>
        <translation>输出从启动到首帧的毫秒数后退出。</translation>
    </message>
    <message>
        <source>Save the first frame to this PNG file.</source>
        <translation>将首帧保存为此 PNG 文件。</translation>
    </message>
    <message>
        <source>%1. Run onewindow --help to see the options.</source>
        <translation>%1。运行 onewindow --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run onewindow --help to see the options.</source>
        <translation>无法识别的参数“%1”。运行 onewindow --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;. Use --mode kiosk, --mode backoffice or --mode admin.</source>
        <translation>未知模式“%1”。请使用 --mode kiosk、--mode backoffice 或 --mode admin。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use --language zh_CN or --language en.</source>
        <translation>未知语言“%1”。请使用 --language zh_CN 或 --language en。</translation>
    </message>
    <message>
        <source>The window size &quot;%1&quot; is not of the form 1080x1920.</source>
        <translation>窗口大小“%1”的格式应为 1080x1920。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be protected (not enough memory or randomness). Close other programs and try again.</source>
        <translation>无法保护密码（内存或随机数不足）。请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>PublisherTrust</name>
    <message>
        <source>The publisher key ID &quot;%1&quot; may only use letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot; (1 to 64 characters); use the publisherKeyId written in the catalog.</source>
        <translation>发布方密钥标识“%1”只能使用字母、数字、“.”、“-”和“_”（1 至 64 个字符）；请使用目录中写明的 publisherKeyId。</translation>
    </message>
    <message>
        <source>The catalog is signed with publisher key &quot;%1&quot;, which this terminal does not trust. Nothing was applied. If the catalog authority confirms this key, install it with &quot;onewindowctl trust add-publisher %1 KEY.pem&quot;.</source>
        <translation>目录由发布方密钥“%1”签名，本终端不信任该密钥，未作任何更改。如目录发布机构确认此密钥，请用“onewindowctl trust add-publisher %1 KEY.pem”安装。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>无法将截图保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>No ID number was entered.</source>
        <translation>未输入身份证号码。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (15 in the old form); this one has %1. Check that no character is missing or doubled.</source>
        <translation>居民身份证号码为 18 位（旧版 15 位），此号码有 %1 位。请检查是否漏输或多输了字符。</translation>
    </message>
    <message>
        <source>An old 15-digit ID number has only digits; this one has other characters.</source>
        <translation>旧版 15 位身份证号码只含数字；此号码含有其他字符。</translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number are digits; this one has other characters.</source>
        <translation>身份证号码前 17 位为数字；此号码含有其他字符。</translation>
    </message>
    <message>
        <source>The last character of an ID number is a digit or X; this one ends with another character.</source>
        <translation>身份证号码最后一位为数字或 X；此号码的最后一位是其他字符。</translation>
    </message>
    <message>
        <source>The first two digits of an ID number are a province code (for example 44 for Guangdong); these are not. Check the first digits.</source>
        <translation>身份证号码前两位是省级代码（如广东为 44）；此号码不是。请检查前几位。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 of an ID number are the date of birth (year, month, day); these are not a real date. Check the date digits.</source>
        <translation>身份证号码第 7 至 14 位是出生日期（年月日）；此处不是有效日期。请检查日期部分。</translation>
    </message>
    <message>
        <source>The date of birth in this ID number is in the future. Check the date digits.</source>
        <translation>此身份证号码中的出生日期晚于今天。请检查日期部分。</translation>
    </message>
    <message>
        <source>The check digit (the last character) does not match the other 17: one character of this ID number is wrong. Enter it again carefully.</source>
        <translation>校验码（最后一位）与前 17 位不符：此身份证号码有一位有误。请仔细重新输入。</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The bundled database migration %1 is unusable; this build of OneWindow is broken.</source>
        <translation>内置的数据库迁移脚本 %1 不可用，此版本的一窗通已损坏。</translation>
    </message>
    <message>
        <source>The bundled database migrations are not numbered 1, 2, 3 … without gaps; this build of OneWindow is broken.</source>
        <translation>内置的数据库迁移脚本编号不连续，此版本的一窗通已损坏。</translation>
    </message>
    <message>
        <source>The schema version of %1 cannot be read.</source>
        <translation>无法读取 %1 的结构版本。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer OneWindow (schema version %2; this program knows up to %3). Nothing was changed. Install the newer OneWindow, or start with another --data-dir.</source>
        <translation>数据库 %1 由更新版本的一窗通创建（结构版本 %2，本程序最高支持 %3），未做任何改动。请安装新版本，或用 --data-dir 另选目录启动。</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema version %2 (%3) failed and was undone: %4</source>
        <translation>将数据库 %1 升级到结构版本 %2（%3）失败，已撤销：%4</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Administrator sign-in</source>
        <translation>管理员登录</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>Catalogs, trust, staff accounts and terminal settings.</source>
        <translation>事项目录、信任密钥、工作人员账号和终端设置。</translation>
    </message>
    <message>
        <source>Front desk, department review and supervision.</source>
        <translation>综合窗口受理、部门审批和效能监督。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Staff accounts are coming soon to this terminal.</source>
        <translation>本终端即将开通工作人员账号。</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The publisher key is not a PEM SM2 or P-256 (ES256) key. Ask the catalog authority for its public key file.</source>
        <translation>发布方密钥不是 PEM 格式的 SM2 或 P-256（ES256）密钥。请向目录发布机构索取其公钥文件。</translation>
    </message>
    <message>
        <source>The signature could not be checked with this %1 key (OpenSSL refused the key). Check the trusted publisher key.</source>
        <translation>无法用此 %1 密钥核验签名（OpenSSL 拒绝了该密钥）。请检查已信任的发布方密钥。</translation>
    </message>
    <message>
        <source>The %1 signature does not match the file: the file was changed after signing, was signed with another key, or (SM2) without the ID 1234567812345678. Nothing was applied; get the original file and its signature from the catalog authority.</source>
        <translation>%1 签名与文件不符：文件在签名后被修改、由其他密钥签名，或（SM2）签名时未使用标识 1234567812345678。未作任何更改；请向目录发布机构索取原始文件及其签名。</translation>
    </message>
    <message>
        <source>The signature file does not hold a base64 signature. It must be the base64 text that &quot;openssl dgst … | base64 -w0&quot; prints.</source>
        <translation>签名文件中不是 base64 签名。它应是“openssl dgst … | base64 -w0”输出的 base64 文本。</translation>
    </message>
</context>
<context>
    <name>TerminalShell</name>
    <message>
        <source>The user interface could not be loaded; this installation of OneWindow is incomplete. Reinstall the package.</source>
        <translation>无法加载用户界面，一窗通安装不完整。请重新安装软件包。</translation>
    </message>
    <message>
        <source>The user interface has no window; this installation of OneWindow is broken. Reinstall the package.</source>
        <translation>用户界面没有窗口，一窗通安装已损坏。请重新安装软件包。</translation>
    </message>
</context>
<context>
    <name>onewindowctl</name>
    <message>
        <source>Usage: onewindowctl [--data-dir DIR] COMMAND [ARGUMENTS]

Administer a OneWindow government service terminal.

Options:
  --data-dir DIR   the terminal&apos;s data folder (default: %1)
  --help           show this help
  --version        show the version

Commands:
</source>
        <translation>用法：onewindowctl [--data-dir 目录] 命令 [参数]

管理一窗通政务服务终端。

选项：
  --data-dir 目录  终端数据目录（默认：%1）
  --help           显示本帮助
  --version        显示版本

命令：
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 failed, 2 invalid input or usage; some commands add their own.</source>
        <translation>
退出码：0 成功，1 失败，2 输入或用法错误；部分命令另有退出码。</translation>
    </message>
    <message>
        <source>--data-dir needs a folder after it.</source>
        <translation>--data-dir 后面需要跟一个文件夹。</translation>
    </message>
    <message>
        <source>Unknown command or option &quot;%1&quot;. Run onewindowctl --help to see the commands.</source>
        <translation>未知命令或选项“%1”。运行 onewindowctl --help 查看可用命令。</translation>
    </message>
    <message>
        <source>Show the database file, schema version, size and integrity.</source>
        <translation>显示数据库文件、结构版本、大小和完整性。</translation>
    </message>
    <message>
        <source>Check a resident ID number or credit code (exit 2 when invalid).</source>
        <translation>校验居民身份证号码或统一社会信用代码（无效时退出码为 2）。</translation>
    </message>
    <message>
        <source>Verify, check and apply a signed service catalog (exit 2 invalid, 3 signature or trust failure).</source>
        <translation>核验、检查并启用已签名的事项目录（目录无效退出码 2，签名或信任失败退出码 3）。</translation>
    </message>
    <message>
        <source>List the catalog versions kept on this terminal; * marks the active one.</source>
        <translation>列出本终端保存的目录版本；* 标记生效版本。</translation>
    </message>
    <message>
        <source>Make an earlier catalog version active again.</source>
        <translation>重新启用较早的目录版本。</translation>
    </message>
    <message>
        <source>Find service items by Chinese, full pinyin or pinyin initials.</source>
        <translation>按中文、全拼或拼音首字母查找事项。</translation>
    </message>
    <message>
        <source>Trust a catalog publisher&apos;s SM2 or P-256 public key for its publisherKeyId.</source>
        <translation>按 publisherKeyId 信任目录发布方的 SM2 或 P-256 公钥。</translation>
    </message>
</context>
</TS>
