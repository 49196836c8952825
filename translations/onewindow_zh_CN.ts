<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>QObject</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>无法将截图保存到 %1。</translation>
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
</context>
</TS>
