<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPane</name>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationDesk</name>
    <message>
        <source>free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 services can be applied for at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is no longer in the catalog. Please search for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog was updated meanwhile. Please start the application again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-fill the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the paper material &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers of the form still need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be confirmed by the service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no receipt printer. Please write down the receipt number; the service window can print the receipt for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your application is stored; the receipt can be printed again later at any terminal with the receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill in the form of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt is being printed. Please take it from the printer below the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receipt printer here, so the receipt was saved for the service window (%1). Please note your receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill in &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a typed ID number the form is filled in by hand and the materials are handed in on paper; identity is checked at the service window. With your ID card on the reader, your e-certificates fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) with one form; done within %1; %2; %3 material(s) to provide.</source>
        <translation>
            <numerusform>%n service with one form; done within %1; %2; %3 material to provide.</numerusform>
            <numerusform>%n services with one form; done within %1; %2; %3 materials to provide.</numerusform>
        </translation>
    </message>
    <message>
        <source>The online service hall cannot be reached right now, so e-certificates cannot be used: the form takes what the ID card on the reader holds, the rest is filled in by hand, and materials are handed in on paper at the window. Your application is taken at this terminal and sent as soon as the hall is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-certificates could not be fetched (%1). What they would fill in is typed by hand, and the materials they would replace are handed in on paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message numerus="yes">
        <source>%n answer(s) are filled in from your ID card.</source>
        <translation>
            <numerusform>%n answer is filled in from your ID card.</numerusform>
            <numerusform>%n answers are filled in from your ID card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are already filled in from your documents.</source>
        <translation>
            <numerusform>%n answer is already filled in from your documents.</numerusform>
            <numerusform>%n answers are already filled in from your documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>from your e-certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationFormPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One form for everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) still need attention (marked in red).</source>
        <translation>
            <numerusform>%n answer still needs attention (marked in red).</numerusform>
            <numerusform>%n answers still need attention (marked in red).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: materials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationStartPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often applied for together — add with the same form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You apply for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You apply for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for myself instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I apply for someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-certificates can save you typing and paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree that my e-certificates listed above are fetched from the online service hall and used for this application only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching your e-certificates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read, so the action was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be written, so the action was refused. Check the disk and the database (onewindowctl db info). Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was removed (the next entry is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: entries were removed or re-ordered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message numerus="yes">
        <source>The audit log verifies: all %n entries are unchanged and none is missing.</source>
        <translation>
            <numerusform>The audit log verifies: all %n entry are unchanged and none is missing.</numerusform>
            <numerusform>The audit log verifies: all %n entries are unchanged and none is missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log does NOT verify from entry %1 on: %2. Report this to the security officer; do not change anything until it is looked at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>account added as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account added as %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role changed to %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real name recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked out after wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out after a time without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal program was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed in this workspace (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog publisher key removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate issuer key removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog publisher key added, fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate issuer key added, fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate revoked (number %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation lifted (certificate number %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as version %1, %2 items: %3 added, %4 removed, %5 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; older than the active catalog %1, applied on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back to stored version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: older than the active catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the signature does not verify with a trusted publisher key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the catalog breaks a rule (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal certificate renewal requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal certificate requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal certificate installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI figures from %1 to %2 saved in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision figures from %1 to %2 saved in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>town hall name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elderly mode by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social security card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code scanner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficePane</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The camera did not take a picture. Please face the camera, keep still and try again; if it happens again, ask the staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDocument</name>
    <message>
        <source>The card could not be read. Take it out, check that it is the right way round, and put it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a resident ID card. Put your ID card on the ID card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a social security card. Put your social security card into the social security card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID card expired on %1. Please renew it at the police service window; a staff member can help you with a temporary ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This social security card expired on %1. Ask at the human resources and social security window for a new card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>List everything that is missing, all at once: nothing may be asked for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other missing materials, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments that review their part (parallel review):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper materials received and checked at the window (原件核验):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDeadlineView</name>
    <message>
        <source>Decided: the time limit no longer runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; paused now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. No correction notice was issued within 5 working days: the application counts as accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDecisions</name>
    <message>
        <source>This case is not stored at this terminal; it may still be on its way from the hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your department&apos;s part of this case has been decided already; the first stored decision stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>Choose a case on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · submitted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print decision notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing for your role to do on this case now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed; nothing decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for the paper materials listed above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDossierDesk</name>
    <message>
        <source>Materials checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve our part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse our part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start special procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End special procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw (applicant&apos;s request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not stored at this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not open this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-certificate %1, verified genuine when filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper, if it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1. The case is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper, received and checked at the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper, not yet checked at the window: needed before a decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEventText</name>
    <message>
        <source>Materials checked by the service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More material is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your corrections were received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the departments for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved its part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused its part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special procedure (hearing, testing or expert review): the time limit pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special procedure finished: the time limit runs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the online service hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFiling</name>
    <message>
        <source>Please choose at least one service to apply for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 services can be applied for at once; please apply for the others afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was chosen twice; it is applied for once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please identify yourself with your ID card before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you apply for must agree before you can apply for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-certificates are used only after you agree. Please agree, or hand in paper copies instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-certificate offered for &quot;%1&quot; is not one that can replace it; please hand in the paper material at the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseInboxModel</name>
    <message>
        <source>Front desk: new submissions and corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review tasks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases of this service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog&apos;s calendar does not cover every case&apos;s time limit: those cases show no days left. Load a catalog with this year&apos;s holidays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseIntake</name>
    <message>
        <source>The hall sent a new case (event %1) without %2; it was not taken in. Report it to the online service hall&apos;s operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its case, group or receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid filing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its service item or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid person applied for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseMaterials</name>
    <message>
        <source>The service window has not checked these required paper materials: %1. A decision needs each required material checked at the window or replaced by an e-certificate; ask the front desk to check them, or ask for a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no paper material %1 to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseNoticeDocument</name>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (staff member %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track this case at any OneWindow terminal: scan this code or type %1. Check value %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction notice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to complete the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application cannot be accepted yet: the materials below are missing or incomplete. This notice lists everything that is needed, all at once; nothing else will be asked for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring or send the materials to the service window with this notice. The time limit stops until they arrive, and runs on from where it stopped once they are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision notice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of non-acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application for &quot;%1&quot; has been examined and is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of &quot;%1&quot;: the card, certificate or written approval this service gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of &quot;%1&quot;, issued by %2: the card, certificate or written approval this service gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to collect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result has been collected already; keep this notice with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service window of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service window where you applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect it at %1 on a working day. Bring this notice and your ID card; someone collecting it for you brings their own ID card and your signed authorisation. If you chose delivery by post in your application, it is sent to the address you gave and you need not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application for &quot;%1&quot; is not accepted, for the reasons below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application for &quot;%1&quot; has been examined and is refused, for the reasons below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was recorded. Ask at the service window: you have the right to be told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may apply again, at any OneWindow terminal or service window, once the reasons above have been dealt with (for example with the missing or corrected materials). The staff at the service window tell you what is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not accept this decision, you may apply for administrative reconsideration according to law within sixty days from the day you receive this notice, or bring an administrative lawsuit according to law within six months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseProgressStore</name>
    <message>
        <source>A case has a status this version of OneWindow does not know; update the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRatingStore</name>
    <message>
        <source>A rating is from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application is not stored at this terminal, so it cannot be rated here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application has already been rated. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatuses</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at this terminal, not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal sends it to the departments as soon as the online service hall can be reached again. Your receipt number stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTimeLimits</name>
    <message>
        <source>on the spot (same day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>paused, %n working day(s) left</source>
        <translation>
            <numerusform>paused, %n working day left</numerusform>
            <numerusform>paused, %n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) past the legal limit</source>
        <translation>
            <numerusform>%n working day past the legal limit</numerusform>
            <numerusform>%n working days past the legal limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) past the committed date</source>
        <translation>
            <numerusform>%n working day past the committed date</numerusform>
            <numerusform>%n working days past the committed date</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>in a year whose holidays the catalog does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed to the applicant: %1, due %2. Legal limit: %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed by %1 · legal limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTracker</name>
    <message>
        <source>The progress cannot be read right now. Please ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application with this receipt number is known here yet. If you applied at another terminal today, it may take a few minutes to arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be confirmed by the service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is being printed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>Your role (%1) may not take this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is not possible while the case is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No correction notice was issued within %1 working days of submission, so the law counts the application as accepted. Accept it and continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your department&apos;s part of this case has been decided already; the first stored decision stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case was not routed to your department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case changed while you were looking at it (another decision or a correction arrived). Look at it again before you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision not to accept must say why (不予受理 needs its reasons and the applicant&apos;s remedies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction notice lists everything that is missing, all at once (一次性告知): name at least one material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one department to review the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal must give the department&apos;s reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which special procedure (hearing, testing, expert review) stops the clock, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the applicant&apos;s reason for withdrawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper materials are checked when the window takes in, accepts or routes a case, or receives its corrections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogAdminDesk</name>
    <message>
        <source>&quot;%1&quot; is larger than any catalog (%2 MB); choose the catalog file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signature file &quot;%1&quot;; a catalog is only loaded with its signature. Copy the .sig file next to the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature and every rule of the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing items: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (catalog %2) is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1 is now active as version %2, with %3 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is genuine: the catalog comes from a trusted publisher and was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1 with %2 items: %3 added, %4 removed, %5 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog is the same as the active one item for item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The signature is genuine, but the catalog breaks %n rule(s); it cannot be applied. Send the report to the catalog authority.</source>
        <translation>
            <numerusform>The signature is genuine, but the catalog breaks %n rule; it cannot be applied. Send the report to the catalog authority.</numerusform>
            <numerusform>The signature is genuine, but the catalog breaks %n rules; it cannot be applied. Send the report to the catalog authority.</numerusform>
        </translation>
    </message>
    <message>
        <source>This catalog is older than the active catalog %1; confirm that you want to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (issued %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog is older than the active catalog %1. It is applied only if you confirm that you want to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;. Check the path, or choose the catalog from the removable media below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose the catalog file (.json) in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: this terminal may not open it. Copy the file to the USB stick again, or check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot; (the USB stick may have been taken out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal time limit (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed time limit (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who may apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handled in parallel with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogAdminPage</name>
    <message>
        <source>Load a catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalog is only loaded with its signature (the .sig file next to it) from a publisher this terminal trusts. Checking changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog file, e.g. /media/usb0/catalog-2026-12.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature (default: FILE.sig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removable media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found — insert a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no signature file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items · %2 · key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make version %1 (catalog %2, %3 items) active again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces version %1 (catalog %2, %3 items) on every page of this terminal at once. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases already filed keep the items they were filed under. The rollback is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply an older catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog is older than the active catalog %1. Go back to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens will see the older items at once, and the newer catalog stays in the versions list. Going back is recorded in the audit log as an older catalog applied on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the older catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>The catalog does not name its publisher key (publisherKeyId), so its signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog declares publisher key &quot;%1&quot; but the first publisherKeyId in the file is &quot;%2&quot;. Nothing was applied; ask the catalog authority for a correct file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal offers catalogs of region %1 only, and this catalog is for %2 (%3). Choose the catalog of this terminal&apos;s region, or change the regions in the terminal settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1 (issued %2) is older than the active catalog %3 (issued %4). Nothing was applied. To go back to an older catalog on purpose, roll back to its version or import it with --allow-older.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogParser</name>
    <message>
        <source>This field is required but missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is outside the allowed range %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is required but missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected non-empty text here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object { … } here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may only use letters, digits, &quot;-&quot; and &quot;_&quot; (1 to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; may only use letters, digits and &quot;-&quot; (1 to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form key &quot;%1&quot; must be dotted words such as applicant.name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;choice&quot; field needs a non-empty list of options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lists and objects are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is text after the end of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; a catalog is never that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2 (byte %3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog must be one JSON object { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a OneWindow service catalog (&quot;format&quot; must be &quot;onewindow-catalog&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalog uses format version %1, but this terminal knows only version %2. Update OneWindow before loading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-11-20T09:00:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>The service item %1 is not in the active catalog. Load a catalog that has it, or choose another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalog version %1. Run &quot;onewindowctl catalog versions&quot; to see the versions kept on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of catalog version %1 has been altered; it will not be applied. Import the catalog file again instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>The department &quot;%1&quot; is not in the catalog&apos;s departments list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised time limit (%1 working days) is longer than the legal limit (%2 working days); the promise may only be shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material code &quot;%1&quot; is used twice in this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate type &quot;%1&quot; is not in the catalog&apos;s certificateTypes list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form key &quot;%1&quot; is used twice in this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form key &quot;%1&quot; has type &quot;%2&quot; here but &quot;%3&quot; at %4; items share fields by key, so the types must agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be CERTIFICATE_TYPE.field with a certificate type from the certificateTypes list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item cannot be bundled with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; is not in this catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by %2[%3].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no items; loading it would leave the terminal with nothing to offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateCard</name>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDetailPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on this terminal at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print verified copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateEnvelopes</name>
    <message>
        <source>The hall&apos;s answer to the certificate lookup is damaged (%1), so no certificates are shown. Please try again later or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateEvidence</name>
    <message>
        <source>from your e-certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateTrustStore</name>
    <message>
        <source>The issuer key ID &quot;%1&quot; may only use letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot; (1 to 64 characters); use the kid written in the certificate envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the certificate number exactly as printed on the certificate (1 to 128 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issuer key &quot;%1&quot; is trusted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer key &quot;%1&quot; comes from the hall&apos;s trust list; it is removed there, not at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issuer key &quot;%1&quot; is trusted here, so nothing it signed is accepted anyway. Check the key ID with &quot;trust list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate of issuer &quot;%1&quot; is already revoked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That certificate of issuer &quot;%1&quot; is not revoked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revocation comes from the hall&apos;s trust list; it is lifted there, not at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer key is not a PEM SM2 or P-256 (ES256) public key. Ask the e-certificate issuer (or the hall) for its public key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateVerification</name>
    <message>
        <source>Genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateVerifier</name>
    <message>
        <source>The certificate is signed with issuer key &quot;%1&quot;, which this terminal does not trust. It cannot be shown as genuine. If the hall is reachable, refresh the trust list; otherwise ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate says it is signed with %1, but issuer key &quot;%2&quot; is a %3 key. It is not genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s %1 signature does not match the certificate data: it was changed after signing, or (SM2) signed without the ID 1234567812345678. It is not genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is genuine but belongs to someone else, not to the identified citizen. It cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked this certificate (number %1). It is no longer valid; ask %2 for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is genuine but expired on %1. Renew it at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is only valid from %1; it cannot be used before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer marked this certificate as &quot;%1&quot;, not valid. Ask %2 about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of %1 verifies with a trusted key; the certificate is valid and not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateWalletModel</name>
    <message>
        <source>Unreadable certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>The trust list has not been fetched from the hall yet; only keys installed by the administrator are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked with the trust list of %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verified copy is printing. Please take it from the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer here: the verified copy was saved for staff to print. Please ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateWalletPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My e-certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates issued to %1, checked on this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up your certificates at the online service hall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-certificates were found for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenBanner</name>
    <message>
        <source>You are signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends your session and forgets everything you entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenDesk</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session ended because nobody touched the screen for a while. Nothing of it is kept on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card was taken out, so the session ended. Nothing of it is kept on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your session has ended and nothing of it is kept on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenStore</name>
    <message>
        <source>A name has 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionHistoryPage</name>
    <message>
        <source>Contribution history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months without a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red bands: months without a paid contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionPaymentDesk</name>
    <message>
        <source>%1, %2: %3 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the payment order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s payment app and pay. This page says &quot;Paid&quot; only when the payment is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid. The payment has been confirmed by the social security office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment did not go through. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment code has expired and nothing was charged. You can start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is not confirmed yet. Please do not pay again: tap Check again in a moment, or ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please open your social security record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myself (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying for %1 (ID %2). You, the person identified at this terminal, are the payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the hall what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for %1 at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no printer for receipts. Please ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt is ready at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt is printed. Please take it from the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionPaymentPage</name>
    <message>
        <source>Pay resident contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap what you want to pay. One insurance at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 yuan (due by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>No credit code was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1. Check that no character is missing or doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the credit code is not allowed: a code uses only digits and the capital letters A to Y without I, O, Z, S and V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a credit code are the region code and are digits; these are not. Check those characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the last one) does not match the other 17: one character of this credit code is wrong. Enter it again carefully.</source>
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
    <message>
        <source>%1. Run onewindowctl --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments. Run onewindowctl --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id check&quot; takes one ID number or credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall answered /health with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: hall %1 version %2, clock skew %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either terminal enroll --id ID [--url URL] [--renew] to make a key and request, or terminal enroll --install CERT.pem --ca CA.pem to install the signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed: certificate %1, hall CA %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate request: %1
Have the hall CA sign it, then run onewindowctl terminal enroll --install CERT.pem --ca CA.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user name and --role front_desk, reviewer, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password changed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked out until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;audit verify&quot; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ok (%n entries, head %1)</source>
        <translation>
            <numerusform>ok (%n entry, head %1)</numerusform>
            <numerusform>ok (%n entries, head %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2024-06-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: audit show [--since DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue: %1 events waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parked: %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed cursor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  parked %1 at %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is not parked; nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 goes out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes: %1 added, %2 removed, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied: catalog %1 (%2 items) is now active as version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: catalog %1 (%2 items) is valid and verified; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signature file &quot;%1&quot;; a catalog is only loaded with its signature. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog search QUERY [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted: catalogs signed with publisher key %1 (%2) will be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust add-issuer KEY_ID PEM_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted: e-certificates signed with issuer key %1 (%2) can verify as genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog publishers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate issuers (trust list version %1, fetched %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl ecert verify FILE [--holder ID_NUMBER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: %1 %2, issued by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload sha256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust list: version %1, fetched %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (keys added by hand only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl report kpi --from YYYY-MM-DD --to YYYY-MM-DD [--as-of YYYY-MM-DD] [--csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; type dates as 2026-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s last valid day, as the catalog authority announced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2027-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust add-publisher KEY_ID PEM_FILE [--valid-until DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page size: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --require-ocsp or --no-ocsp-stapling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: catalogs signed with publisher key %1 are refused from now on; the active catalog stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: e-certificates signed with issuer key %1 no longer verify as genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the PDF (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;document open&quot; needs --out PDF: where to write the opened document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;terminal init&quot; takes no arguments; the folder is given with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a OneWindow terminal; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new OneWindow terminal was set up in %1 (database and data key). Next: trust the catalog publisher and import a catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not be able to sign in until unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: this catalog is older than catalog %1 (issued %2), which was active; applied as asked (--allow-older) and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: this catalog is older than the active catalog %1 (issued %2); it is applied only with --allow-older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog import FILE [--signature FILE.sig] [--dry-run] [--allow-older]; &quot;%1&quot; is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog import FILE [--signature FILE.sig] [--dry-run] [--allow-older]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;catalog versions&quot; takes no arguments but --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog rollback VERSION [--dry-run], with a version number from &quot;onewindowctl catalog versions&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: version %1 (catalog %2, %3 items) can be made active again; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust revoke KEY_ID CERT_NUMBER [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust unrevoke KEY_ID CERT_NUMBER [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That certificate of issuer &quot;%1&quot; is not revoked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 of issuer key %2 will verify as revoked on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 of issuer key %2 will verify as genuine again on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation lifted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publisher key &quot;%1&quot; is trusted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issuer key &quot;%1&quot; is trusted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust remove-publisher KEY_ID [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs signed with publisher key %1 will be refused, and the versions it signed can no longer be rolled back to; the active catalog stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust remove-issuer KEY_ID [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-certificates signed with issuer key %1 will no longer verify as genuine on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items added, %2 removed, %3 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1 (%2 items) becomes the active catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (catalog %2, %3 items) becomes the active catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (--verbose lists every item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing items: %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not be able to sign in; the account stays in the list and the audit log, and can be reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be able to sign in again (unless locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactivated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared the real name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded the real name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust refresh [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust list version %1 fetched %2: %3 issuer key(s), %4 revocation(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl settings set-town-hall NAME [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town hall is already &quot;%1&quot;; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: receipts and notices would name &quot;%1&quot; (now: %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts and notices name &quot;%1&quot; from now on.</source>
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
    <message>
        <source>The folder %1 holds no OneWindow terminal. Check --data-dir; a new terminal is set up with &quot;onewindowctl terminal init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1. Check --data-dir; a new terminal is set up with &quot;onewindowctl terminal init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataKeys</name>
    <message>
        <source>The data key file %1 is missing, but this database holds data encrypted with it. OneWindow will not make a new key, because that would make the existing data unreadable. Restore the key file from the terminal&apos;s backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not supply random numbers for a new data key. Restart the terminal; if this persists, call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key %1 is not a plain file. Replace it with the key file from the terminal&apos;s backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key %1 may be read by other users of this computer. OneWindow will not use it. Make it private with &quot;chmod 600 %1&quot; (owned by the user that runs OneWindow), and check who may have copied it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key %1 is damaged. Restore it from the terminal&apos;s backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key %1 cannot be written. Check that the data directory is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key %1 does not belong to this database (it may come from another terminal). Restore this terminal&apos;s own key file from its backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key %1 lacks a key that data in this database was encrypted with. Restore the complete key file from the terminal&apos;s backup.</source>
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
    <message>
        <source>The database %1 is already open in this program. Use the connection it has (a worker thread asks it for one); a second opening would drop the locks that keep other programs from deleting its journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written by this user. Nothing was changed. Run OneWindow as the terminal&apos;s user, or give that user read and write permission on the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds %1 (%2 free). Nothing was saved. Free some space on that disk (old files, logs), or ask the terminal&apos;s administrator; what is stored can still be looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another OneWindow program kept the database busy for more than %1 seconds, so &quot;%2&quot; was not done. Try again in a moment; if this keeps happening, check that no onewindowctl command is still running on this terminal&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page could not be started. Check the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be drawn on the printer or PDF file. Check that the printer is on and has paper, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1 (%2). Check that the folder exists and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvelopeParser</name>
    <message>
        <source>The certificate envelope is damaged: &quot;%1&quot; is missing or not what the format says. Ask the issuing authority for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed certificate data has no valid &quot;%1&quot;. The issuer made a faulty certificate; ask them to issue it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-certificate envelope (a JSON object with &quot;format&quot;: &quot;onewindow-ecert&quot;). Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate envelope has a format version this terminal does not know. Update OneWindow or ask the issuer for a version 1 envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s &quot;%1&quot; is not valid base64: the envelope was damaged on the way. Ask the issuing authority for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed certificate data is not a JSON object. The issuer made a faulty certificate; ask them to issue it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>The hall&apos;s events feed is malformed (%1); the terminal keeps its place and tries again later. Tell the hall operator if this stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s events feed went backwards (from %1 to %2); the terminal keeps its place. Tell the hall operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>Personal data could not be encrypted, so it was not saved. Restart the terminal; if this persists, call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored value in %1.%2 is not in OneWindow&apos;s encrypted form; the database was changed outside OneWindow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored value in %1.%2 needs data key %3, which the key file does not have. Restore the complete key file from the terminal&apos;s backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored value in %1.%2 fails its integrity check: it was changed or moved outside OneWindow. It is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the dates as 2026-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period of at most one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be saved in %1: the folder cannot be written or the disk is full. Choose another folder, or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this terminal may not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this terminal may not write in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFieldCheck</name>
    <message>
        <source>Please fill in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can have at most %2 characters; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a number, such as 3 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a date written as year-month-day, such as 2026-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date in &quot;%1&quot; is not possible; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a mobile number of 11 digits starting with 1, or a landline with its area code (020-12345678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an e-mail address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose one of the options for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer &quot;%1&quot; with yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has a type this terminal does not know; please apply at the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters: digits, and X only as the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm &quot;%1&quot;: the application cannot be made without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFieldEditor</name>
    <message>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · asked once for several services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in for you, %1. It cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year-month-day, e.g. 2026-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HallHealth</name>
    <message>
        <source>The hall&apos;s health answer is malformed (%1). Check the hall address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HallSettings</name>
    <message>
        <source>No online service hall is configured. Set its address with onewindowctl terminal enroll --url https://… or in the admin view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall address %1 is not https. The hall is only reached over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is missing (%2). Enrol the terminal with onewindowctl terminal enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall timeout must be between 1 and 300 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthDesk</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free of %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>valid until %1 (%n day left)</numerusform>
            <numerusform>valid until %1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident ID card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is no longer set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is back in the queue and is sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is intact (checked %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: %1. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, but not running: check the setting, then restart the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Started from the command line; nothing is saved for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The saved setting &quot;%2&quot; is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The online service hall cannot be reached: %n event(s) wait to be sent.</source>
        <translation>
            <numerusform>The online service hall cannot be reached: %n event waits to be sent.</numerusform>
            <numerusform>The online service hall cannot be reached: %n events wait to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hall set aside %n event(s); fix the cause, then send again.</source>
        <translation>
            <numerusform>The hall set aside %n event; fix the cause, then send again.</numerusform>
            <numerusform>The hall set aside %n events; fix the cause, then send again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is nearly full: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Everything is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need your attention.</source>
        <translation>
            <numerusform>%n thing needs your attention.</numerusform>
            <numerusform>%n things need your attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the online service hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: cases wait in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled: this terminal works offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside by the hall (%1): fix the cause, then send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked since OneWindow started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (warned %1 days ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hall certificates are configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierCheck</name>
    <message>
        <source>Nothing was entered. Enter an 18-character ID number or credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has %1 characters; a resident ID number has 18 (15 in the old form) and a unified social credit code has 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident ID number (old 15-digit form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a resident ID number nor a credit code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please identify yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place your resident ID card on the reader below the screen. Keep it there until you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card reader is not available. Please type your ID number and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type them in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ID number is used only for this visit and is shown masked. Tap &quot;Show&quot; to check what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityCheckPanel</name>
    <message>
        <source>The records of the person you apply for are shown only with their ID card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see your records, put your ID card on the reader, or let the camera check that it is you. A typed ID number alone is enough to apply for a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… please look at the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with the camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For your privacy the session ends in %n second(s) and everything you entered is forgotten.</source>
        <translation>
            <numerusform>For your privacy the session ends in %n second and everything you entered is forgotten.</numerusform>
            <numerusform>For your privacy the session ends in %n seconds and everything you entered is forgotten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All service items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsuranceCard</name>
    <message>
        <source>Insured in %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) paid</source>
        <translation>
            <numerusform>%n month paid</numerusform>
            <numerusform>%n months paid</numerusform>
        </translation>
    </message>
    <message>
        <source>longest gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) missing in the last 12 months</source>
        <translation>
            <numerusform>%n month missing in the last 12 months</numerusform>
            <numerusform>%n months missing in the last 12 months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>on the spot</source>
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
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent</source>
        <translation>
            <numerusform>%n application waiting to be sent</numerusform>
            <numerusform>%n applications waiting to be sent</numerusform>
        </translation>
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
    <message>
        <source>Please take your card from the reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiDesk</name>
    <message>
        <source>There are no figures to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period runs past today: the figures go up to today, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal&apos;s export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB stick %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed cases of items done wholly online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed cases applied for online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed cases finished online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate (按时办结率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case was filed or completed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-process online handling rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online application rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average visits per completed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to file, hand in corrections and collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings (好差评)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CSV in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of filing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>Full-process online handling rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online application rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average visits per completed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three rates and one number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases without calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI report from %1 to %2, as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average working days to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per item (filed, completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period begins on %1, after today (%2): there are no figures for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period runs past today: the figures go up to %1.</source>
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
    <message>
        <source>The ID card reader: file:PATH or socket:NAME for the simulated reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer&apos;s queue name, or simulated:ready, simulated:out-of-paper or simulated:missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code scanner: file:PATH or socket:NAME for the simulated scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social security card reader: file:PATH or socket:NAME for the simulated reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where removable media are mounted, for loading catalogs (default /media, /run/media and /mnt).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalClock</name>
    <message>
        <source>The case has no valid filing date or time limit; the clock cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension is at least one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension needs a reason that the applicant will be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law allows at most %1 working days of extension for this case; %2 are already granted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To apply, the terminal needs to know who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your social security record is personal: the terminal needs to know who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-certificates are personal: the terminal needs to know who you are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) must be handed in on paper at the service window.</source>
        <translation>
            <numerusform>%n material must be handed in on paper at the service window.</numerusform>
            <numerusform>%n materials must be handed in on paper at the service window.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to hand in on paper: your e-certificates replace every material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (if it applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached from your e-certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in on paper at the window. Your e-certificate cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in on paper at the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2), to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree that the data listed above is used for this application only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data used for this application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergedForm</name>
    <message>
        <source>The items %1 and %2 ask for &quot;%3&quot; in different ways, so they cannot be applied for with one form. Apply for them one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of the form still need attention.</source>
        <translation>
            <numerusform>%n answer of the form still needs attention.</numerusform>
            <numerusform>%n answers of the form still need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTitleBar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be protected (not enough memory or randomness). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password uses only one kind of character: mix letters with digits or other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains the user name: choose one that does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is a well-known one that attackers try first: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayeePicker</name>
    <message>
        <source>Pay for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their ID number (18 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentReceipt</name>
    <message>
        <source>There is no receipt for a payment that has not been confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident contribution receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number, for questions at the service window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PensionCertificationPage</name>
    <message>
        <source>Pension certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the camera above the screen and tap the button. Only a check value of the photo is sent; the photo is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certify now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrincipalPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom are you applying for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have asked me to apply for them and agree that their data is used for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublisherTrust</name>
    <message>
        <source>The publisher key ID &quot;%1&quot; may only use letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot; (1 to 64 characters); use the publisherKeyId written in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is signed with publisher key &quot;%1&quot;, which this terminal does not trust. Nothing was applied. If the catalog authority confirms this key, install it with &quot;onewindowctl trust add-publisher %1 KEY.pem&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names no publisher key (publisherKeyId) that its signature could be checked with, and no trusted key verifies it: it is damaged, cut short or not a signed catalog. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s last valid day, %1, has passed: ask the catalog authority for its current key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher key &quot;%1&quot; was valid until %2. Nothing was applied. Install the catalog authority&apos;s current key, then load a catalog signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushAnswer</name>
    <message>
        <source>The hall&apos;s answer to a push is malformed (%1); nothing was marked as sent and the events go again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall refused this event without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall refused this event (HTTP %1) without saying why.</source>
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
    <name>QrCode</name>
    <message>
        <source>There is nothing to put into the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The data (%n bytes) is too long for one QR code at this error-correction level; shorten it or use a lower level.</source>
        <translation>
            <numerusform>The data (%n byte) is too long for one QR code at this error-correction level; shorten it or use a lower level.</numerusform>
            <numerusform>The data (%n bytes) is too long for one QR code at this error-correction level; shorten it or use a lower level.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made (out of memory). Try again; if it keeps failing, restart the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtDocumentPrinter</name>
    <message>
        <source>There is no printer and the folder %1 for PDF copies cannot be made. Ask the administrator to connect a printer or set a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; reports a fault (paper, cover or ink). Ask staff to check it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; refused the document. Ask staff to check it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no printer set: documents are saved as PDF in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no printer set, and PDFs cannot be saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found on this machine: documents are saved as PDF until it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports a fault (paper, cover or ink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: its last job was aborted; check the print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready, printing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no printer set: documents are kept sealed in %1 (onewindowctl document open writes one out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingFollowUps</name>
    <message>
        <source>Only a supervisor may close the follow-up of a poor rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done about the poor rating before closing its follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution is shown to every supervisor: describe the measure taken, without ID or phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no follow-up for this rating; it may not have been opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up was closed on %1 by %2 and stays closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Acceptance receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for (with their consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>to be confirmed by the service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-certificate (attached by reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper, still to be handed in at the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper, if it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided as</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still missing: %n material(s) on paper. Bring them to the service window; the time limit counts from when everything is complete.</source>
        <translation>
            <numerusform>Still missing: %n material on paper. Bring them to the service window; the time limit counts from when everything is complete.</numerusform>
            <numerusform>Still missing: %n materials on paper. Bring them to the service window; the time limit counts from when everything is complete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing: no paper needs to be handed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data used from your documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are collected at the service window where you applied, or sent as you chose in the form. Bring this receipt and your ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are collected at %1, or sent as you chose in the form. Bring this receipt and your ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track progress at any OneWindow terminal: scan this code or type %1. Check value %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other details of the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate itself, attached by reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptNumber</name>
    <message>
        <source>This is not a receipt number. It is printed under the QR code on your receipt, for example GZTH0007-20261123-00427.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt number can be made (today&apos;s %1 numbers are used up, or the terminal id is not set). Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt number has a typing error: please check each character against your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovableMedia</name>
    <message>
        <source>The folder %1 is not there any more. If it is a USB stick, put it in again and choose it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read (the stick may be write-protected). Choose another folder or unlock the stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal may not write in %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>No ID number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (15 in the old form); this one has %1. Check that no character is missing or doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old 15-digit ID number has only digits; this one has other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number are digits; this one has other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of an ID number is a digit or X; this one ends with another character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first two digits of an ID number are a province code (for example 44 for Guangdong); these are not. Check the first digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7 to 14 of an ID number are the date of birth (year, month, day); these are not a real date. Check the date digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in this ID number is in the future. Check the date digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit (the last character) does not match the other 17: one character of this ID number is wrong. Enter it again carefully.</source>
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
    <name>SealedDocument</name>
    <message>
        <source>The document %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensitiveField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceFinder</name>
    <message>
        <source>Free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information online; apply at the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms online; documents at the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply online; visit once to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully online: no visit needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceFinderPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin or initials, e.g. sbk for 社保卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service catalog is loaded on this terminal yet. Please ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer characters, the pinyin initials, or a theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you need, or pick a theme above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · done within %n working day(s)</source>
        <translation>
            <numerusform>%1 · done within %n working day</numerusform>
            <numerusform>%1 · done within %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · done on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceItemPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) (by law at most %1)</source>
        <translation>
            <numerusform>%n working day (by law at most %1)</numerusform>
            <numerusform>%n working days (by law at most %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (if it applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper needed with an e-certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEvidence</name>
    <message>
        <source>read from the ID card at this terminal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Online service hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of the hall&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol or renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal id, e.g. GZ-TH-KIOSK-0007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall CA (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this terminal offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none ticked: all levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region codes, e.g. 440000, 440300 (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a citizen&apos;s session ends after this long without a touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start in elderly mode (larger type, fewer choices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue name, or empty for PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 天河区政务服务中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed on receipts and notices</source>
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
        <source>Try again in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The publisher key is not a PEM SM2 or P-256 (ES256) key. Ask the catalog authority for its public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be checked with this %1 key (OpenSSL refused the key). Check the trusted publisher key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signature does not match the file: the file was changed after signing, was signed with another key, or (SM2) without the ID 1234567812345678. Nothing was applied; get the original file and its signature from the catalog authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature file does not hold a base64 signature. It must be the base64 text that &quot;openssl dgst … | base64 -w0&quot; prints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatedDocumentPrinter</name>
    <message>
        <source>The printer is out of paper. Ask staff to load A4 paper, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is connected to this terminal. Ask staff for help, or view the document on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of paper (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ready (simulated), %n page(s) printed</source>
        <translation>
            <numerusform>ready (simulated), %n page printed</numerusform>
            <numerusform>ready (simulated), %n pages printed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocialSecurityDesk</name>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s), %1 to %2</source>
        <translation>
            <numerusform>%n month, %1 to %2</numerusform>
            <numerusform>%n months, %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) missing</source>
        <translation>
            <numerusform>%n month missing</numerusform>
            <numerusform>%n months missing</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: monthly contributions (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not draw a pension here, so no certification is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certification on record. Please certify now so that your pension is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified. Your next certification is due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certification is due by %1. Please certify now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification overdue since %1: your pension stops from month 13 until you certify. Please certify now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified on %1. The next certification is due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no printer for statements. Please ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your statement %1 is printed. Its QR code lets the receiver check it at the hall.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialSecurityPage</name>
    <message>
        <source>My social security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall lists no insurance for you. If you think this is wrong, please ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal pension contributions over the years: %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record transferred in %1: from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay contributions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialSecurityParser</name>
    <message>
        <source>The hall&apos;s social security answer is incomplete or damaged (%1), so nothing of it is shown. Please try again later, or ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s answer about the contributions due is incomplete or damaged (%1). Please try again later, or ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialSecurityStatement</name>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialSecurityStatementPage</name>
    <message>
        <source>Social security statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which months should the statement cover?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal part (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialSecurityTerms</name>
    <message>
        <source>Pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical personal account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>A user name has 2 to 32 characters: small letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department code has 1 to 32 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff account &quot;%1&quot;. See them with &quot;onewindowctl staff list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff account &quot;%1&quot; exists already; choose another user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This account is locked for %n more minute(s) after %1 wrong passwords. Wait, or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>This account is locked for %n more minute after %1 wrong passwords. Wait, or ask an administrator to unlock it.</numerusform>
            <numerusform>This account is locked for %n more minutes after %1 wrong passwords. Wait, or ask an administrator to unlock it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked by an administrator. Ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is for case work (%1); sign in at the back office. The administration view is for administrators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators do not work on cases; sign in at the administration view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer acts for one department: choose it (--department on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reviewers belong to a department; leave the department empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot lock your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real name has at most %1 characters, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;: no catalog is active, so there are no departments yet. Load the catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active catalog has no department &quot;%1&quot;. Its departments are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real name is personal data and is stored encrypted with the terminal&apos;s data key, which is not open here; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator of this terminal; without one nobody could manage it. Add, unlock or reactivate another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not deactivated; there is nothing to reactivate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDirectoryModel</name>
    <message>
        <source>locked by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked after wrong passwords until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 was added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset. Hand it over in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked and cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The real name of %1 was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The real name of %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated: the account is kept but cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>OneWindow administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (a-z, 0-9, . _ -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department (reviewers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters, two kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the account %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot sign in until an administrator unlocks the account; a session open now ends at its next action. The lock is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the account %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in. The account stays in the list and in the audit log, its user name is not given to anyone else, and it can be reactivated. The change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message numerus="yes">
        <source>Your session ended after %n minute(s) without activity. Sign in again.</source>
        <translation>
            <numerusform>Your session ended after %n minute without activity. Sign in again.</numerusform>
            <numerusform>Your session ended after %n minutes without activity. Sign in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role (%1) may not do this. Ask a colleague with the right role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Social insurance statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social insurance statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal part (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer part (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online service hall lists no insurance for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are those of the Guangdong online service hall at the time of issue. To check this statement, scan the code or enter the statement number and verification value at the hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification value %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmittedPage</name>
    <message>
        <source>Your application has been submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, due by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied are you with this service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and forget my data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionDesk</name>
    <message>
        <source>Only a supervisor sees these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) run into a year the catalog has no holidays for: they are left out of the on-time and overdue figures. Load a catalog with next year&apos;s calendar.</source>
        <translation>
            <numerusform>%n case runs into a year the catalog has no holidays for: they are left out of the on-time and overdue figures. Load a catalog with next year&apos;s calendar.</numerusform>
            <numerusform>%n cases run into a year the catalog has no holidays for: they are left out of the on-time and overdue figures. Load a catalog with next year&apos;s calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) without a rating 7 days after completion count as 基本满意.</source>
        <translation>
            <numerusform>%n case without a rating 7 days after completion count as 基本满意.</numerusform>
            <numerusform>%n cases without a rating 7 days after completion count as 基本满意.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed case(s) may still be rated.</source>
        <translation>
            <numerusform>%n completed case may still be rated.</numerusform>
            <numerusform>%n completed cases may still be rated.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionPane</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate (按时办结率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average working days to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ratings (好差评)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 completed, %3 on time (%4), %5 working days on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups of poor ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog per service item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n open case(s)</source>
        <translation>
            <numerusform>%1 (%2): %n open case</numerusform>
            <numerusform>%1 (%2): %n open cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day filed (month-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the committed date (承诺时限) now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases past their committed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as in the inbox: against the committed date (承诺时限), the one the kiosk and the receipt told the applicant. The legal limit (法定时限) is the outer bound, shown beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is past its committed date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionReport</name>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last day, of at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no holiday calendar for %1, so on-time figures cannot be counted in working days. Load a catalog that lists the holidays of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which defaulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day in a year whose holidays the catalog does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>committed date (told to the applicant) %1, %n working day(s) over</source>
        <translation>
            <numerusform>committed date (told to the applicant) %1, %n working day over</numerusform>
            <numerusform>committed date (told to the applicant) %1, %n working days over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>legal limit %1, %n working day(s) over</source>
        <translation>
            <numerusform>legal limit %1, %n working day over</numerusform>
            <numerusform>legal limit %1, %n working days over</numerusform>
        </translation>
    </message>
    <message>
        <source>legal limit %1, not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days over the committed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal limit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days over the legal limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>An event is sealed and this program was started without the data key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalConfigurationCheck</name>
    <message>
        <source>The hall address must be an https address with a host name, such as https://hall.gd.gov.cn:8443, without a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall at %1 cannot be reached now (%2). The address is saved anyway; check the network or the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall CA certificate in %1 expired on %2; ask the hall for the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a catalog level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code; a region code has six digits, such as 440000 for Guangdong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk timeout must be between %1 and %2 seconds: long enough for an elderly citizen to read a page, short enough that nobody&apos;s data stays on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language OneWindow is translated into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer &quot;%1&quot;: this terminal has no printer installed. Leave it empty to save documents as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer &quot;%1&quot;. The printers here are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated receipt printer is simulated:ready, simulated:out-of-paper or simulated:missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device this terminal knows: use file:PATH or socket:NAME, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall CA file %1 holds no PEM certificate. Choose the hall CA&apos;s certificate (a .pem file that starts with BEGIN CERTIFICATE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk cannot start in a language it does not offer: offer it too, or start in one of the languages offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the town hall&apos;s name as receipts and notices should print it, such as 天河区政务服务中心.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town hall&apos;s name is %1 characters long; at most %2 fit on a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town hall&apos;s name must be one line of text, without tabs or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalEnrolment</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a terminal id. Use capital letters, digits and dashes, e.g. GZ-TH-KIOSK-0007.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal already has a certificate. Use --renew to make a new key and request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal key could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain a PEM certificate; it cannot be the hall CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no key yet. Run onewindowctl terminal enroll --id ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not belong to this terminal&apos;s key. Install the certificate made from this terminal&apos;s latest request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not issued by the hall CA in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for %1, but this terminal is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid now (valid %1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalHealth</name>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read by the terminal&apos;s user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no certificate (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free space of %1 cannot be read; check that the folder exists and is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalSetupDesk</name>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No card was read in %n second(s). Check the reader&apos;s cable and the card.</source>
        <translation>
            <numerusform>No card was read in %n second. Check the reader&apos;s cable and the card.</numerusform>
            <numerusform>No card was read in %n seconds. Check the reader&apos;s cable and the card.</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expired on %2 — renew it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid until %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1: valid until %2 (%n day left)</numerusform>
            <numerusform>%1: valid until %2 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s). Devices and the hall connection take them at the next start of OneWindow.</source>
        <translation>
            <numerusform>Saved %n setting. Devices and the hall connection take them at the next start of OneWindow.</numerusform>
            <numerusform>Saved %n settings. Devices and the hall connection take them at the next start of OneWindow.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate request is in %1. Send it to the hall; install the signed certificate here when it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signed certificate and the hall CA certificate (PEM files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can read this page, including the Chinese line below, the printer works for OneWindow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test page went to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer &quot;%1&quot;; the test page was saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card reader this terminal knows: use file:PATH or socket:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader works: it read the resident ID card of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader works: it read the social security card of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader answered, but the card could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a card on the reader now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: correct the %n setting(s) marked in red above: %1.</source>
        <translation>
            <numerusform>Nothing was saved: correct the %n setting marked in red above: %1.</numerusform>
            <numerusform>Nothing was saved: correct the %n settings marked in red above: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer configured: the test page was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader configured: type its setting (file:PATH or socket:NAME) first.</source>
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
    <name>TlsProfile</name>
    <message>
        <source>%1 does not contain a PEM certificate; it cannot be the hall CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain a PEM certificate; enrol the terminal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal key %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a private key this terminal can use (EC or RSA, PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal&apos;s certificate expired on %1; renew it with onewindowctl terminal enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s certificate has expired (%1). Nothing was sent. Tell the hall operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s certificate is not valid yet. Check this terminal&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s certificate is for another host name. Nothing was sent. Check the hall address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s certificate has been revoked. Nothing was sent. Tell the hall operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall did not prove that its certificate is still valid (no stapled OCSP response). Nothing was sent. Tell the hall operator; only for a hall that cannot staple may the administrator set hall.ocspStapling to off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s certificate is not signed by the hall CA this terminal trusts. Nothing was sent. Check the hall address and the installed CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s certificate was rejected: %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall offers only an outdated TLS version; TLS 1.2 or newer is required. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall did not accept this terminal&apos;s certificate. Enrol the terminal again or ask the hall operator to register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the hall failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s OCSP response does not prove that its certificate is still valid (%1). Nothing was sent. Tell the hall operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the QR code of your receipt under the scanner, or type the receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GZTH0007-20261123-00427</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 of %2, submitted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by %1; due by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue: please ask at the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the progress is shown. The details (each department&apos;s decision and the reasons given) are shown to the applicant with their ID card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustAdministration</name>
    <message>
        <source>No publisher key &quot;%1&quot; is trusted here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDesk</name>
    <message>
        <source>SM2 with SM3 (国密)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-256 with SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall trust list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s trust list was never fetched: e-certificates are checked against the keys added here only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trust list version %1, fetched %n hour(s) ago.</source>
        <translation>
            <numerusform>Trust list version %1, fetched %n hour ago.</numerusform>
            <numerusform>Trust list version %1, fetched %n hours ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trust list version %1, fetched %n day(s) ago.</source>
        <translation>
            <numerusform>Trust list version %1, fetched %n day ago.</numerusform>
            <numerusform>Trust list version %1, fetched %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is old: check the hall connection on the health page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs signed with publisher key %1 are accepted from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs signed with %1 are refused from now on; the active catalog stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-certificates signed with issuer key %1 are accepted from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-certificates signed with %1 are no longer accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date given; remove it when the publisher replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1: catalogs signed with it are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>valid until %1 (%n day left)</numerusform>
            <numerusform>valid until %1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>no end date: each e-certificate has its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key&apos;s last valid day as 2027-12-31, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fetched from the hall: %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never fetched from the hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 of issuer key %2 now verifies as revoked on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation of certificate %1 of issuer key %2 is lifted; it verifies as genuine again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is not connected to a hall, so there is no trust list to fetch. Set the hall on the settings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the hall&apos;s trust list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s trust list was fetched. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDocument</name>
    <message>
        <source>The hall sent a trust list this terminal cannot use (%1). The cached trust list stays in use; tell the hall operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted since %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-certificate issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last valid day (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting a publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting catalog publisher key %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs signed with this key are refused from now on, and the versions it signed can no longer be rolled back to. The active catalog stays. The change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting an issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting e-certificate issuer key %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-certificates signed with this key no longer verify as genuine on this terminal, so citizens must bring paper instead. The change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch trust list now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked certificates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is revoked on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 · issuer key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift a revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the revocation of certificate %1 of issuer key %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate verifies as genuine again on this terminal. The change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate number, as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke certificate %1 of issuer key %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate verifies as revoked on this terminal from now on, and citizens must bring paper instead. The revocation can be lifted here later. The change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifiedCopy</name>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified copy can only be printed for a certificate whose signature verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified copy of an e-certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, issuer key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code holds the certificate number and the SHA-256 of the signed data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy was printed by a OneWindow terminal after it verified the issuer&apos;s electronic signature. It shows the result at the time of verification; verify the certificate again for later use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingDayCalendar</name>
    <message>
        <source>The catalog has no holiday calendar for %1, so time limits cannot be counted in working days. Load a catalog that lists the holidays of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time limit of %1 working days cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of more than ten years cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::CertificateWallet</name>
    <message>
        <source>Looking up certificates needs the online service hall, which cannot be reached now. Please try again later or ask staff; certificates already shown stay verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall did not send its trust list (HTTP %1). The cached trust list stays in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify yourself first (ID card or ID number) to see your certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended before the certificates arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall refused the certificate lookup (HTTP %1). Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::CitizenSession</name>
    <message>
        <source>Please enter the name as it is printed on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than any name on an ID card; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please identify yourself first, then the person you apply for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own ID card. To apply for yourself, go back and choose &quot;for myself&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you apply for must agree before you can apply for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please identify yourself first: put your ID card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of the person you apply for are shown only with their ID card on the reader. You can still apply for them; bring their documents to the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see your records, put your ID card on the reader, or confirm who you are with a face check at this terminal. A typed ID number alone is enough to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was for someone else. Please start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::ContributionPayment</name>
    <message>
        <source>A payment is already under way. Please finish it, or wait until it is confirmed or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose at least one period to pay for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not due for payment (it may be paid already). Please choose from the periods listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose each period only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment order did not reach the hall, so nothing was charged. Please tap Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall refused this order: these periods are already paid or being paid. Nothing more was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall did not make the payment order (%1). Nothing was charged; please try again or ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s answer about this payment is unclear, so it is not shown as paid. Please do not pay again; ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::HallClient</name>
    <message>
        <source>The hall did not answer in time. The terminal keeps the data and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall cannot be reached (%1). The terminal keeps the data and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to call %1 on the hall: not a path of the hall protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s answer was larger than %1 MiB and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall answered with a redirect (%1), which this terminal does not follow. Check the hall address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s answer is not valid JSON (%1 at byte %2). The terminal keeps the data and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::HallStaffSessions</name>
    <message>
        <source>The sign-in ended or was made again before the hall answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall did not accept this sign-in (%1). You can work on here; your decisions wait on this terminal until a sign-in that the hall accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall could not open a staff session (HTTP %1); your decisions wait on this terminal until your next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s answer to a staff sign-in has no token or expiry; your decisions wait on this terminal until your next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::IdentityConfirmation</name>
    <message>
        <source>The session ended before the check was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not succeed %1 times. Please put your ID card on the reader, or ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please identify yourself first: put your ID card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check is already running. Please look at the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face check needs the online service hall, which cannot be reached just now. Please put your ID card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall refused the check (HTTP %1). Please ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name does not match the record of this ID number. Please check the name you typed, or put your ID card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo does not match the record of this ID number. Please try again facing the camera, or put your ID card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::PayeeLookup</name>
    <message>
        <source>Please enter the ID number of the person you are paying for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid resident ID number: %1 Please check it on their ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall has no resident insurance for this ID number. Please check the number, or ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall could not tell what this person owes just now. Please try again later, or ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::PensionCertifier</name>
    <message>
        <source>The certification is already being sent. Please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall did not confirm the certification, so it is not done yet. Please tap Certify again; it will not be counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall has no pension paid to you here, so there is nothing to certify. Please ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall did not accept the certification (%1). It is not done; please ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s answer did not confirm the certification clearly, so it is not shown as done. Please tap Certify again; it will not be counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::RatingDelivery</name>
    <message>
        <source>The hall could not take a rating (HTTP %1); it is sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::SimulatedCardReader</name>
    <message>
        <source>The simulated card reader cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated card reader watches %1, but its folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; a card is in the reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::SimulatedDeviceSource</name>
    <message>
        <source>not started: check its setting, then restart the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its socket is closed: restart the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 is gone: make it again, then restart the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::SimulatedQrScanner</name>
    <message>
        <source>The simulated QR scanner cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated QR scanner watches %1, but its folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::SocialSecurityFetcher</name>
    <message>
        <source>Social security records are kept by the online service hall, which this terminal cannot reach right now. Please try again later or ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please identify yourself again with your ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall has no social security records for you. If you have paid contributions, please bring your ID card to the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online service hall could not answer just now. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall refused the query (%1). Please ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please identify yourself first: put your ID card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::StatementRegistry</name>
    <message>
        <source>Checking a statement needs the online service hall, which cannot be reached now. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall could not check this statement. Please check the number and the verification value, or ask at the service window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::SyncEngine</name>
    <message>
        <source>The hall had a problem (HTTP %1); the terminal tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall could not send its events (HTTP %1); the terminal tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindow::TrustListRefresh</name>
    <message>
        <source>This terminal is not connected to a hall (no hall address or certificate), so there is no trust list to fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall cannot be reached now (%1); the trust list in use stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall did not send its trust list (HTTP %1); the trust list in use stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>onewindowctl</name>
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
    <message>
        <source>Connect to the hall with this terminal&apos;s TLS settings and report its version and clock skew, or why it was refused (exit 3 for a TLS refusal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this terminal&apos;s key and certificate request, or install the signed certificate and the hall CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a resident ID number or credit code (exit 2 when invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the events waiting for the hall, parked events with their reasons, the last success and the last error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push waiting events to the hall and pull its events now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a parked event back into the queue after fixing the reason it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account; the password is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a staff member&apos;s password (read from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a staff account sign in again and clear a lock-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List staff accounts with role, department and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit chain: ok, or the first changed, removed or re-ordered entry (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the audit log, optionally from a date on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the catalog versions kept on this terminal; * marks the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an earlier catalog version active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find service items by Chinese, full pinyin or pinyin initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a catalog publisher&apos;s SM2 or P-256 public key for its publisherKeyId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust an e-certificate issuer&apos;s SM2 or P-256 public key for its kid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List trusted publisher and issuer keys, revocations and the trust list&apos;s age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify an e-certificate envelope offline: exit 0 genuine, 3 not genuine, 4 expired, 5 revoked, 6 holder mismatch, 2 not an envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the town hall&apos;s KPIs for a period (online handling rates, visits per case, on-time rate, cases per item and day, ratings) as of today or the --as-of day; --csv writes the spreadsheet export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting a catalog publisher&apos;s key (the active catalog stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting an e-certificate issuer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write out a document this terminal kept sealed because it had no printer (statements, verified copies, decision notices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl [--data-dir DIR] COMMAND [ARGUMENTS]

Administer a OneWindow government service terminal.

Options:
  --data-dir DIR   the terminal&apos;s data folder (default: %1)
  --yes            do not ask before a change (a script never is asked)
  --verbose        also print what the program does (migrations, keys)
  --help           show this help; COMMAND --help shows one command&apos;s
  --version        show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindowctl [--data-dir DIR] %1

%2

Options of every command:
  --data-dir DIR   the terminal&apos;s data folder
  --yes            do not ask before a change
  --verbose        also print what the program does (migrations, keys)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean &quot;onewindowctl %2&quot;? Run onewindowctl --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new terminal in the data folder (its database and data key); every other command refuses a folder that holds no terminal (exit 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a staff account from signing in (never the last active administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify, check and apply a signed service catalog (exit 2 invalid, 3 signature or trust failure, 4 older than the active catalog without --allow-older).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a certificate number to a trusted issuer&apos;s revocation list on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift a revocation made on this terminal (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the town hall&apos;s name that receipts and notices print as the service centre (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate a staff account: kept for the audit trail, cannot sign in (never the last active administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate a deactivated staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a staff member&apos;s real name (an empty NAME clears it); stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the hall&apos;s trust list (issuer keys and revocations) now; good syncs fetch it when it is older than six hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
