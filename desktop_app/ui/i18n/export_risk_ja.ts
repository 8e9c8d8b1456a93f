<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>actions</name>
    <message>
        <source>Register databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {label}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction &amp;groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Export Risk Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived {n} {noun}; Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {n} {noun}; Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are not available ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New register database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chosen} already exists. Use Open database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open register database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a table to choose its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the register to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified:
{dest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists. Replace it with the new backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo register loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the demo register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register has no records yet. Load the demo register (30 real export-control measures with their clauses and suspensions, 6 fictional joint ventures, 12 assessments) to explore the application? You can archive the demo records later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Risk Register {version}: export-control measures, joint ventures and their risk.

Register: {register}

Keyboard shortcuts:
{keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Export Risk Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Export Risk Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assessment_form</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After mitigation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: {actor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label of the measure&apos;s clause it depends on (empty: all of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: from the risk level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint venture *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent risk *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit_model</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit_values</name>
    <message>
        <source>Inherent likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit_view</name>
    <message>
        <source>Could not read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search record names and changed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({shown:,} loaded; scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total:,} audit entries{loaded}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {id}: {action} {what}{number} “{entity_label}” by {actor} on {at}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {label} is archived; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed spaces or tabs from the edges of: {names}. Check, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc}
Your entries are still here: press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is loaded; your changes were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record. Save again to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to this {label}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>change_op</name>
    <message>
        <source>Could not {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conflict_dialog</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {noun} was changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this {noun} after you opened it. Nothing has been overwritten.
For each field that differs, choose which value to keep, then save; or load their version and drop your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard_view</name>
    <message>
        <source>Consultation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk heat map (live assessments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top residual risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just happened / coming up (what waits for someone first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unassessed exposure: review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unassessed exposures: review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {today}: {live} live assessments ({by_level}); {ventures_exposed} joint ventures exposed; {overdue} reviews overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} waiting for someone: events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dismiss_dialog</name>
    <message>
        <source>Write why this exposure does not matter: the reason is kept with the dismissal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>events_view</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional, e.g. where you checked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the events as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what waits for someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm not extended…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} events shown; {waiting} waiting for someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the suspension was not extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exposures_view</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venture&apos;s item, or one its activity text names (marked so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input, output, technology in or out; &apos;partner&apos; when a party listing names a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high: recorded codes or countries and a known stage. medium: a country read from the activity text and not confirmed, or an item whose stage is not known. low: the same words only (no vocabulary term describes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What links the measure&apos;s list to the item: a code (HS and CN digits, control numbers and their sub-entries, the crosswalk), the item vocabulary (a term covers its narrower terms, at the stages the list names) or, for names no term describes, the same words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which border the measure acts on (exports, imports, technology, goods made abroad) and the countries that tie the item to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [assessed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [dismissed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the activity text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show assessed and dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint venture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible exposures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts to record (supplier and destination countries) before screening can decide, the most-depended-on first; and flows read from activity texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All joint ventures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{facts:,} facts to record across {ventures_waiting:,} joint ventures. Choose a joint venture to see its data completeness and the flows read from its activity text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs data ({count:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exposures:,} possible exposures in {pairs:,} measure x venture pairs; {total:,} unassessed in the register; {facts:,} facts to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening measures against joint ventures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not screen the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Dismissed by {actor}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} x {venture}
{why}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draft the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does {measure_reference} not matter for &apos;{item_name}&apos; of {venture_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the exposure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>field_choices</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>ISO code or country name, e.g. CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countries or groups by name or code, e.g. United States; EU; EAR:D:5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>filter_bar</name>
    <message>
        <source>{label} YYYY-MM-DD (empty: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{label} records have no form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groups_dialog</name>
    <message>
        <source>Jurisdiction groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other ways files write it, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every country (no members listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction group not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group {code} ({name})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction group not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heat_map</name>
    <message>
        <source>rare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood {li} ({likelihood}) x impact {ii} ({impact}): {label}. {n} {noun}; click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood {li}, impact {ii}, {label}, {n} {noun}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Import from CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see what it changes, field by field (old -&gt; new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the register&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows older than the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file first: nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error_count:,} error(s): fix the file and check it again; nothing can be imported while any row has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unresolved} row(s) carry an older version than the register (someone edited the record after the file was exported): select each and choose to overwrite it with the file or keep the register&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the register already matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. {report}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {w}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_mapping</name>
    <message>
        <source>(ignore this column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: newer edit in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwrite with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the register&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns this file names its own way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Removed spaces or tabs from the start or end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>export ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export licensing requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technology export restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end-user / end-use control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investment screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraterritorial / re-export rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN customs 10-digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China dual-use list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China technology catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU dual-use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ore or concentrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refined chemical or metal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technology in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technology out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technology licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investment approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tariff cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm not extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supersedes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responded to by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint ventures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint ventures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposure dismissal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposure dismissals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jurisdiction group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jurisdiction groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crosswalk row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crosswalk rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ownership rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ownership rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de minimis rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de minimis rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measure_form</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10; ECCN:3A090)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title in the original language, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the targets say beyond countries and groups, e.g. most entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items and jurisdictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses and suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links. Add them with `export-risk link`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measure_time_tab</name>
    <message>
        <source>Add clause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit clause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add suspension window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension windows (on this measure or made by it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today ({day}): {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (clause {clause})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {suspension_reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspends {measure_reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> clause {clause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {starts_on} through {end}{changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a window first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>nothing half-done was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {name__}: {exc}
Nothing was saved. The details below help support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Record forms are not available in this build ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>needs_data_panel</name>
    <message>
        <source>Joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of the venture (or one its activity text names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier countries of an input, destinations of an output: with them recorded, each measure listed either reaches the item or does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many measures cannot be decided until this is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity text, the notes, a foreign partner (for technology nobody names a licensor for), or the venture&apos;s own mine (for ore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record countries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the missing countries of the selected item (audited); the measures waiting on it are then decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this flow on the venture (audited); screening then trusts it fully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not true: screening stops using it and it is not proposed again (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows read from the activity text (used with medium confidence until confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} of &apos;{item_name}&apos; at {venture_name} (ISO codes such as CN, KR; separate them with commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ownership_panel</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by listed parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing ownership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute ownership: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure_reference} ({status}), threshold {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shown above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule with an ownership threshold (record a party listing or a threshold).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <source>rare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search: {noun}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a likelihood and an impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level from the risk matrix: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Default report folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the folder of the last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when the application starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review cadence by risk level (this register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s risk matrix could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reviews are set from these when an assessment is saved. The risk matrix&apos;s grid and level names have no editor in the window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the review cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review cadence was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>record_views</name>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, title, authority, summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, partners, location, activity, owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search measure, joint venture, owner, rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual likelihood {likelihood} x impact {impact}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report_dialog</name>
    <message>
        <source>PDF risk briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel risk workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report kind {kind!r}; use pdf or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the joint ventures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the joint ventures: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file when it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint ventures
(none ticked = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program here opens {suffix} files. The report is saved as {result_path}; use Show in folder to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager is available. The report is in {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {result_path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rows_editor</name>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {noun}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>table_view</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the {noun}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>time_dialogs</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10; ECCN:3A090)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is required (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {text!r} is not a date; write YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(follows its dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &gt;=0.1% by value of China-origin content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New suspension window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference of the suspending measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day suspended *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day suspended (empty: open-ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies again from *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New last day suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (e.g. the instrument)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {label} was changed since (by someone else or another window); undoing would overwrite that change, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo_screening</name>
    <message>
        <source>Dismiss {measure_reference} x {venture_name}: {item_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the exposure back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the exposure again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>venture_form</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key input or output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries (from / to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 125000000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217, e.g. USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key inputs and codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership total: - (a share is not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known shares: {total}% ({OWNERSHIP_INCOMPLETE}: {unknown} not disclosed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rest}% unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{excess}% too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership total: {total}% ({note})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window_status</name>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can browse, search and export, but not change records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file or its folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts unavailable: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{live} · {overdue_reviews:,} reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} failed SQLite&apos;s integrity check ({problem}).

It is now open read-only, so nothing more is written to it. Export what you need, then restore it from a backup with `export-risk restore BACKUP_FILE` (the damaged file is kept as evidence).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window_views</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
