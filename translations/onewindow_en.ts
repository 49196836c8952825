<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This service is coming soon to this terminal. Please ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>&quot;db info&quot; takes no arguments; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data directory was given. Pass a folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 is a file, not a folder. Choose a folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created. Choose another folder with --data-dir, or give this user write access to its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 cannot be written. Choose another folder with --data-dir, or give this user write access to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 is not a OneWindow database. Nothing was changed. Move the file away, or start OneWindow with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2). Check that this user may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was changed. Restore it from a backup, or move it away to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read (%2). Check that this user may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be configured (%2). Check that this user may write to it and to its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database setting &quot;%1&quot; is not in effect on %2, so cases could be lost. OneWindow will not run this way; put the data directory on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver is not SQLite; OneWindow cannot run this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database step failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskFooter</name>
    <message>
        <source>Need help? Ask at the service window or call 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>One-window Government Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangdong Online Service Hall · self-service terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskHomePage</name>
    <message>
        <source>Hello! What would you like to do today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch one of the large buttons below. Staff at the service window are happy to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for one or several services with one form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your receipt or type its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up, verify and print your e-certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions, statements and pension certification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>OneWindow government service terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this terminal shows: kiosk, backoffice or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the database and keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in a window instead of full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --windowed, e.g. 1080x1920.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in elderly mode (larger type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first frame, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the first frame to this PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Run onewindow --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run onewindow --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;. Use --mode kiosk, --mode backoffice or --mode admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use --language zh_CN or --language en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window size &quot;%1&quot; is not of the form 1080x1920.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The bundled database migration %1 is unusable; this build of OneWindow is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled database migrations are not numbered 1, 2, 3 … without gaps; this build of OneWindow is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version of %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer OneWindow (schema version %2; this program knows up to %3). Nothing was changed. Install the newer OneWindow, or start with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database %1 to schema version %2 (%3) failed and was undone: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Administrator sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs, trust, staff accounts and terminal settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk, department review and supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts are coming soon to this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalShell</name>
    <message>
        <source>The user interface could not be loaded; this installation of OneWindow is incomplete. Reinstall the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user interface has no window; this installation of OneWindow is broken. Reinstall the package.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 failed, 2 invalid input or usage; some commands add their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command or option &quot;%1&quot;. Run onewindowctl --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the database file, schema version, size and integrity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
