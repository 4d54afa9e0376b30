<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>DigestWindow</name>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="175" />
            <source>(no subject)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="98" />
            <source>Assign to client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="130" />
            <source>Could not read the digest: {e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="72" />
            <source>Digest — Office Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="45" />
            <source>Let through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="45" />
            <source>Let through · not urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="90" />
            <source>Mark handled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="92" />
            <source>Not urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="257" />
            <source>Nothing on this desktop opens {link}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="200" />
            <source>Nothing to go through: no held or let-through items are open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="88" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="46" />
            <source>Released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="102" />
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="94" />
            <source>This break-through was not an emergency (the weekly report counts it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="205" />
            <source>Unknown senders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="46" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="291" />
            <source>Your config file was left as it is: {e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="153" />
            <source>{client} — 1 item, {waiting} waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="155" />
            <source>{client} — {count} items, {waiting} waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="277" />
            <source>{sender} now counts for {client}; the rule is in your config file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="194" />
            <source>{total} items not yet handled in the last 7 days: {waiting} waiting, {through} let through.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FallbackWindow</name>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="37" />
            <source>Focus:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="102" />
            <source>Mail {account}: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="33" />
            <source>Mode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="54" />
            <source>No system tray was found, so Office Hours shows this window instead.
On GNOME, install and enable the "AppIndicator and KStatusNotifierItem Support" extension, then start Office Hours again.

You can also use the command line, for example:
    office-hours mode focus --for 50m
    office-hours status

Closing this window keeps Office Hours running. To bring it back, run:
    office-hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="24" />
            <source>Office Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="109" />
            <source>{source}: {state}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="50" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="61" />
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="125" />
            <source>Choose a client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="70" />
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="76" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="71" />
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="41" />
            <source>Log a call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="62" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="77" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="73" />
            <source>Started at ({zone})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="137" />
            <source>The call was not logged: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="89" />
            <source>There are no clients in your settings yet. Add one as a [[clients]] table in {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="51" />
            <source>(no subject)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="61" />
            <source>Held items are back ({why})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="63" />
            <source>Open the digest from the tray to go through them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reason</name>
        <message>
            <location filename="src/office_hours/domain/report.py" line="191" />
            <source>Agree contact windows and send the contact-terms sheet (office-hours terms {client})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="40" />
            <source>Batch time {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="36" />
            <source>Breaks through focus: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="37" />
            <source>Breaks through off hours: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="42" />
            <source>Business hours began</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="197" />
            <source>Consider whether the working relationship still works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="20" />
            <source>Delivered (you are reachable), but outside the agreed {channel} window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="41" />
            <source>Focus ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="25" />
            <source>Held until business hours ({next_open}): off hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="26" />
            <source>Held until business hours ({next_open}): {client}'s terms allow no contact after hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="24" />
            <source>Held: you are in focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="23" />
            <source>Held: you are in focus until {until}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="196" />
            <source>Move chat to batched mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="200" />
            <source>No contact this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="207" />
            <source>No suggestion: these senders are not matched to a client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="201" />
            <source>No suggestion: {contacts} contacts, {outside_terms} outside terms, {ad_hoc_calls} ad-hoc calls; all within the thresholds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="194" />
            <source>Offer an after-hours support plan or a surcharge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="189" />
            <source>Propose a scheduled weekly call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="190" />
            <source>Propose two scheduled calls a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="195" />
            <source>Raise the rate by {percent}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="33" />
            <source>Through after hours with a {percent}% surcharge ({client}'s terms)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="30" />
            <source>Urgent word: {word}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="31" />
            <source>VIP sender: {sender}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="19" />
            <source>You are reachable: delivered now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="43" />
            <source>You asked for them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="32" />
            <source>{count} contacts from {client} in {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="44" />
            <source>{count} waiting: {clients}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="src/office_hours/domain/report.py" line="206" />
            <source>Unknown senders</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <location filename="src/office_hours/ui/report_charts.py" line="50" />
            <source>Contacts per day, by channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_charts.py" line="132" />
            <source>Four-week trend (outside terms darker)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_charts.py" line="95" />
            <source>Hour of the week</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <location filename="src/office_hours/report_export.py" line="172" />
            <source>Ad-hoc calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="170" />
            <source>After hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="260" />
            <source>Because</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="174" />
            <source>Breakthroughs (not urgent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="166" />
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="167" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="235" />
            <source>Contacts by hour of the week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="223" />
            <source>Contacts per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="179" />
            <source>Contacts, 4 weeks before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="177" />
            <source>Effective rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="173" />
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="175" />
            <source>Logged min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="178" />
            <source>Nominal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="169" />
            <source>Outside terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="273" />
            <source>Refocus cost per contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="274" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="252" />
            <source>Suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="176" />
            <source>Time cost (h)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="193" />
            <source>Time cost = logged minutes + {minutes:g} min refocus per contact (configurable).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="191" />
            <source>Times in {zone}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="171" />
            <source>Weekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="184" />
            <location filename="src/office_hours/report_export.py" line="190" />
            <source>Weekly report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportNumbers</name>
        <message>
            <location filename="src/office_hours/report_export.py" line="50" />
            <source>Ad-hoc calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="63" />
            <source>Ad-hoc calls, 4 weeks before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="66" />
            <source>At the weekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="62" />
            <source>Calls on the busiest day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="61" />
            <source>Chat messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="53" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="56" />
            <source>Effective rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="60" />
            <source>New rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="58" />
            <source>Nominal rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="55" />
            <source>Non-urgent after hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="52" />
            <source>Outside terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="59" />
            <source>Raise (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="54" />
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="72" />
            <source>Share outside terms, 4 weeks before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="67" />
            <source>Surcharge (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="57" />
            <source>Target rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="51" />
            <source>Threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="71" />
            <source>Threshold (weeks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="68" />
            <source>Unbilled hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="70" />
            <source>Weeks looked at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/report_export.py" line="69" />
            <source>Weeks mostly outside terms</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportWindow</name>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="61" />
            <source>4 weeks before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="57" />
            <source>Ad-hoc calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="51" />
            <source>After hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="225" />
            <source>All clients (select a row for one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="53" />
            <source>Breakthroughs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="48" />
            <source>Calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="47" />
            <source>Chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="44" />
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="175" />
            <source>Computing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="45" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="369" />
            <source>Copy message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="287" />
            <source>Could not export: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="55" />
            <source>Effective rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="46" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="256" />
            <source>Export the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="123" />
            <source>Export {format}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="52" />
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="54" />
            <source>Logged min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="49" />
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="96" />
            <source>Next week ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="336" />
            <source>No suggestions this week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="58" />
            <source>Not urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="50" />
            <source>Outside terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="290" />
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="331" />
            <source>Suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="60" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="194" />
            <source>The report could not be computed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="98" />
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="59" />
            <source>Time cost (h)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="349" />
            <source>Time cost = logged minutes + {minutes:g} min refocus per contact (report.refocus_minutes). The default is a judgement below this study's figure: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="204" />
            <source>Times in {zone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="56" />
            <source>Weekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="83" />
            <source>Weekly report — Office Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="94" />
            <source>◀ Previous week</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="91" />
            <source>Could not change the mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="68" />
            <source>Could not read the state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="109" />
            <source>Could not release the held items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="163" />
            <source>No editor could be opened. Your settings file is:
{path}

Office Hours reads it when it starts: restart the app after saving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="115" />
            <source>Nothing is waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="170" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="157" />
            <source>Your settings file is open in your editor:
{path}

Office Hours reads it when it starts: restart the app after saving.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellActions</name>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="73" />
            <source>Could not change start at login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="44" />
            <source>Digest…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="48" />
            <source>Log a call…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="42" />
            <source>Off hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="56" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="29" />
            <source>Reachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="46" />
            <source>Release held items now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="50" />
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="52" />
            <source>Start at login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="39" />
            <source>Until I turn it off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="49" />
            <source>Weekly report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="33" />
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellHost</name>
        <message>
            <location filename="src/office_hours/ui/host.py" line="118" />
            <source>Office Hours is already running</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartupError</name>
        <message>
            <location filename="src/office_hours/ui/startup_error.py" line="19" />
            <source>Office Hours cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/startup_error.py" line="20" />
            <source>Office Hours cannot start:

{problem}

Nothing was changed. Fix the problem and start Office Hours again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="33" />
            <source>Focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="34" />
            <source>Off hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="83" />
            <source>Office Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="32" />
            <source>Reachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="70" />
            <source>back at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="74" />
            <source>next batch {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="67" />
            <source>{count} waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="58" />
            <source>{mode} until you turn it off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="61" />
            <source>{mode} until {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TermsSheet</name>
        <message>
            <location filename="src/office_hours/terms_export.py" line="235" />
            <source>A marked emergency reaches the Contractor at once, also during focused work. Please reserve it for real emergencies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="158" />
            <source>All times in this document are local times in the time zone {zone} ({offset} on {date}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="206" />
            <source>An emergency is a fault that stops the Client's business from operating and cannot wait until the next business day, for example a service outage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="263" />
            <source>Appendix to the agreement between {client} and {contractor}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="246" />
            <source>Batched replies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="156" />
            <source>Business hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="195" />
            <source>Calls and meetings outside these windows take place by prior arrangement only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="175" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="121" />
            <source>Chat and messengers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="267" />
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="262" />
            <source>Contact terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="174" />
            <source>Contact windows and response times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="268" />
            <source>Contractor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="269" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="168" />
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="185" />
            <source>During business hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="120" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="204" />
            <source>Emergencies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="168" />
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="272" />
            <source>Made with Office Hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="123" />
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="248" />
            <source>Messages that are not emergencies are read and answered in batches, at {times}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="191" />
            <source>No fixed time; replies within business hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="171" />
            <source>No regular business hours are set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="182" />
            <source>Not used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="202" />
            <source>Outside business hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="135" />
            <source>Outside business hours, only emergencies are handled (see “Emergencies”). Other messages are answered on the next business day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="141" />
            <source>Outside business hours, requests are handled at a surcharge of {percent}% on the agreed hourly rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="146" />
            <source>Outside business hours, requests are handled at a surcharge to be agreed separately.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="122" />
            <source>Phone and video calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="228" />
            <source>Repeated contact also counts as urgent: {count} or more contacts within {minutes} min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="175" />
            <source>Response time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="129" />
            <source>The Contractor is not available outside business hours, emergencies included. Messages received outside business hours are answered on the next business day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="223" />
            <source>These words also mark an emergency: {words}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="215" />
            <source>To mark a message as an emergency, put one of these words in its subject or first line: {words}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="175" />
            <source>When to contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/terms_export.py" line="187" />
            <source>Within {hours} h during business hours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrayApp</name>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="167" />
            <source>Week {week}: see who interrupted how often, and what to propose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="166" />
            <source>Your weekly report is ready</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <location filename="src/office_hours/ui/tray.py" line="34" />
            <source>Focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/tray.py" line="77" />
            <source>Mail {account}: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/tray.py" line="90" />
            <source>{source}: {state}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="24" />
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="20" />
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="25" />
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="26" />
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="23" />
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="21" />
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="22" />
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="src/office_hours/cli.py" line="488" />
            <source>  contacts {n} ({channels}); outside terms {o}; after hours {a}; held {h}; breakthroughs {b}; logged {m} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="517" />
            <source>  effective rate {eff} {cur}/h (nominal {nom})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="503" />
            <source>  weekend {w}; ad-hoc calls {ad}; not urgent {nu}; time cost {t} h; 4 weeks before: {trend}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="159" />
            <source> until you turn it off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="65" />
            <source>'schedule' returns to your business hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="185" />
            <source>'schedule' takes no --for or --until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="390" />
            <source>--at {text} is not a time like 14:00 or 2026-11-23 14:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="431" />
            <source>--format pdf needs --out FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="410" />
            <source>--minutes must be between 1 and 1440, got {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="52" />
            <source>Focus for freelancers: holds client contact, lets emergencies through, and counts every interruption.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="265" />
            <source>Held: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="420" />
            <source>Logged {minutes} min with {client}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="268" />
            <source>Next batch: {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="252" />
            <source>Nothing was waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="591" />
            <source>Office Hours is already running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="479" />
            <source>Time cost: logged minutes + {m:g} min refocus per contact. {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="272" />
            <source>Tray app: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="477" />
            <source>Week {week} ({tz})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="98" />
            <source>a meeting, not a call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="97" />
            <source>a short note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="79" />
            <source>bring back everything held, now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="470" />
            <location filename="src/office_hours/cli.py" line="457" />
            <source>cannot write {path}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="90" />
            <source>client id or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="101" />
            <source>e.g. 2026-W47; default this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="91" />
            <source>how long it took</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="72" />
            <source>how long, e.g. 25m, 90m, 1h30m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="106" />
            <source>json follows docs/report-schema.md; pdf needs --out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="77" />
            <location filename="src/office_hours/cli.py" line="80" />
            <source>machine-readable output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="112" />
            <source>mail accounts: save a password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="405" />
            <source>no client {name} in {path} (known: {known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="403" />
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="273" />
            <source>not running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="326" />
            <source>office-hours ingest: line {n}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="574" />
            <source>office-hours: the config file has a problem and was left as it is:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="86" />
            <source>print one JSON result per line once it is stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="82" />
            <source>read items as JSON lines on standard input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="89" />
            <source>record a call or meeting no integration sees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="273" />
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="115" />
            <source>save an account's password in the keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="61" />
            <source>set focus, reachable or off hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="123" />
            <source>stop after this long (0: never)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="117" />
            <source>the account id from config.toml</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="76" />
            <source>the current mode and what is held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="100" />
            <source>the weekly interruption report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="74" />
            <source>until a time today, e.g. 14:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="120" />
            <source>watch the mail accounts without the tray (JSON lines)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="110" />
            <source>what is configured, reachable and missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="95" />
            <source>when it started: 14:00, 2026-11-23 14:00 or ISO 8601</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="108" />
            <source>write to FILE instead of the screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="160" />
            <source>{mode} until {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="347" />
            <source>{new} new, {seen} already seen, {bad} bad lines</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>doctor</name>
        <message>
            <location filename="src/office_hours/doctor.py" line="124" />
            <source>DAMAGED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="156" />
            <source>No problems found.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="100" />
            <source>config has a problem (left unchanged): {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="96" />
            <source>config: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="123" />
            <source>database: {path} ({n} items, integrity {state})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="47" />
            <source>desktop notifications: available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="33" />
            <source>keyring: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="64" />
            <source>mail account {id} ({user} at {host}): {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="149" />
            <source>mail and chat accounts: none configured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="112" />
            <source>no clients defined: every contact goes to 'unknown'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="89" />
            <source>no config file yet; it is created with defaults at first start: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="132" />
            <source>no database yet; it is created at first use: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="42" />
            <source>no desktop session bus: notifications fall back to the tray's own (install libnotify-bin and log in to a desktop session)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="27" />
            <source>no keyring service found: passwords for mail and chat accounts cannot be saved. On GNOME install gnome-keyring, on KDE enable KWallet; on a headless machine run gnome-keyring-daemon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="38" />
            <source>plyer is missing: notifications fall back to the tray's own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="24" />
            <source>the keyring package is missing; reinstall Office Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="105" />
            <source>time zone {tz}; {n} clients: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="140" />
            <source>tray app: not running (start it with: office-hours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="138" />
            <source>tray app: running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/doctor.py" line="154" />
            <source>{n} problems found
</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mode</name>
        <message>
            <location filename="src/office_hours/cli.py" line="151" />
            <source>Focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="152" />
            <source>Off hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="src/office_hours/cli.py" line="150" />
            <source>Reachable</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
