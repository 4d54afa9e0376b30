<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th" sourcelanguage="en">
    <context>
        <name>AutoReply</name>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="103" />
            <source>In focus</source>
            <translation>ขณะโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="121" />
            <source>Note in</source>
            <translation>ข้อความเป็นภาษา</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="104" />
            <source>Off hours</source>
            <translation>นอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="202" />
            <source>Office Hours answers held mail only for the clients whose settings name a mode, once per sender in the period, never to lists, robots or automatic mail. The account needs an SMTP server.</source>
            <translation>Office Hours ตอบอีเมลที่พักไว้เฉพาะลูกค้าที่ตั้งค่าระบุโหมดไว้ ตอบผู้ส่งแต่ละรายหนึ่งครั้งในช่วงเวลาที่กำหนด และไม่ตอบรายชื่อส่งเมล ระบบอัตโนมัติ หรืออีเมลอัตโนมัติ บัญชีต้องมีเซิร์ฟเวอร์ SMTP</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="130" />
            <source>Preview</source>
            <translation>ตัวอย่างที่ลูกค้าจะเห็น</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="128" />
            <source>Text</source>
            <translation>ข้อความ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="110" />
            <source>Use the built-in note</source>
            <translation>ใช้ข้อความในตัว</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="113" />
            <source>You may use {batch_times}, {next_batch}, {next_business_day} and {urgent_line}; the preview shows what a client would read.</source>
            <translation>ใช้ {batch_times}, {next_batch}, {next_business_day} และ {urgent_line} ได้ ตัวอย่างจะแสดงสิ่งที่ลูกค้าจะอ่าน</translation>
        </message>
    </context>
    <context>
        <name>Buttons</name>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="46" />
            <source>&amp;Finish</source>
            <translation>เ&amp;สร็จสิ้น</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="45" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;ถัดไป &gt;</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="44" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;ย้อนกลับ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="32" />
            <location filename="src/office_hours/ui/widgets.py" line="47" />
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="34" />
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="33" />
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="31" />
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="121" />
            <source>Agreed with {client}: contact by this channel at these times.</source>
            <translation>ตกลงกับ {client}: ติดต่อผ่านช่องทางนี้ในช่วงเวลาดังกล่าว</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="120" />
            <source>Contact window: {channel}</source>
            <translation>ช่วงเวลาติดต่อ: {channel}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="79" />
            <source>Office hours</source>
            <translation>เวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="110" />
            <source>Office hours (reachable)</source>
            <translation>เวลาทำการ (ติดต่อได้)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="77" />
            <source>Office hours: {client}</source>
            <translation>เวลาทำการ: {client}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="73" />
            <source>the contractor</source>
            <translation>ผู้รับจ้าง</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="111" />
            <source>{name} is reachable. Times are in {zone}.</source>
            <translation>{name} พร้อมให้ติดต่อ เวลาเป็นไปตามเขตเวลา {zone}</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="43" />
            <source>Calls</source>
            <translation>การโทร</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="42" />
            <source>Chat</source>
            <translation>แชต</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="41" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="44" />
            <source>Meetings</source>
            <translation>การประชุม</translation>
        </message>
    </context>
    <context>
        <name>Choice</name>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="202" />
            <source>During focus</source>
            <translation>ระหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="198" />
            <source>Emergencies only</source>
            <translation>เฉพาะกรณีฉุกเฉิน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="197" />
            <source>Never</source>
            <translation>ไม่อนุญาต</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="203" />
            <source>Outside business hours</source>
            <translation>นอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="201" />
            <source>STARTTLS (port 143)</source>
            <translation>STARTTLS (พอร์ต 143)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="200" />
            <source>TLS (IMAPS, port 993)</source>
            <translation>TLS (IMAPS, พอร์ต 993)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="199" />
            <source>With surcharge</source>
            <translation>คิดค่าบริการเพิ่ม</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTest</name>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="149" />
            <source>Connecting to {host}:{port}…</source>
            <translation>กำลังเชื่อมต่อกับ {host}:{port}…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="175" />
            <source>Problem:</source>
            <translation>เกิดปัญหา:</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="175" />
            <source>Success:</source>
            <translation>สำเร็จ:</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="125" />
            <source>Test connection</source>
            <translation>ทดสอบการเชื่อมต่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="60" />
            <source>the certificate of {host} is not trusted, so nothing was sent to it. If this is your own server, set its CA file in the settings; otherwise someone may be intercepting the connection.</source>
            <translation>ใบรับรองของ {host} ไม่น่าเชื่อถือ จึงไม่ได้ส่งข้อมูลใดไป หากเป็นเซิร์ฟเวอร์ของคุณเอง ให้ระบุไฟล์ CA ในการตั้งค่า มิฉะนั้นอาจมีผู้ดักฟังการเชื่อมต่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="39" />
            <source>the server name {host} was not found: check its spelling.</source>
            <translation>ไม่พบเซิร์ฟเวอร์ชื่อ {host}: ตรวจสอบการสะกด</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="52" />
            <source>{host} did not answer within {seconds} seconds: check the server name, the port and your network.</source>
            <translation>{host} ไม่ตอบภายใน {seconds} วินาที: ตรวจสอบชื่อเซิร์ฟเวอร์ พอร์ต และเครือข่ายของคุณ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="45" />
            <source>{host} refused the connection on port {port}: check the port and the security setting.</source>
            <translation>{host} ปฏิเสธการเชื่อมต่อที่พอร์ต {port}: ตรวจสอบพอร์ตและการตั้งค่าความปลอดภัย</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="69" />
            <source>{host} refused the user name or password: check both.</source>
            <translation>{host} ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน: ตรวจสอบทั้งสองอย่าง</translation>
        </message>
    </context>
    <context>
        <name>DigestWindow</name>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="223" />
            <source>(no subject)</source>
            <translation>(ไม่มีหัวเรื่อง)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="123" />
            <source>Assign to client</source>
            <translation>กำหนดให้ลูกค้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="261" />
            <source>Automatic answers sent — {n}</source>
            <translation>ส่งการตอบกลับอัตโนมัติแล้ว — {n}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="44" />
            <source>Channel</source>
            <translation>ช่องทาง</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="178" />
            <source>Could not read the digest: {e}</source>
            <translation>อ่านสรุปรายการไม่สำเร็จ: {e}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="88" />
            <source>Digest — Office Hours</source>
            <translation>สรุปรายการ — Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="61" />
            <source>Let through</source>
            <translation>ปล่อยผ่าน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="61" />
            <source>Let through · not urgent</source>
            <translation>ปล่อยผ่าน · ไม่เร่งด่วน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="115" />
            <source>Mark handled</source>
            <translation>ทำเครื่องหมายว่าจัดการแล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="129" />
            <source>Never count this sender again (a recruiter, a newsletter); undo it in the settings, General, Not clients</source>
            <translation>ไม่นับผู้ส่งรายนี้อีก (เช่น ผู้สรรหางาน จดหมายข่าว) ยกเลิกได้ในการตั้งค่า ทั่วไปและภาษา รายการ ไม่ใช่ลูกค้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="127" />
            <source>Not a client</source>
            <translation>ไม่ใช่ลูกค้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="117" />
            <source>Not urgent</source>
            <translation>ไม่เร่งด่วน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="346" />
            <source>Nothing on this desktop opens {link}</source>
            <translation>ไม่มีโปรแกรมบนเดสก์ท็อปนี้ที่เปิด {link} ได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="248" />
            <source>Nothing to go through: no held or let-through items are open.</source>
            <translation>ไม่มีอะไรต้องตรวจ: ไม่มีรายการที่พักไว้หรือปล่อยผ่านค้างอยู่</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="113" />
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="46" />
            <source>Received</source>
            <translation>ได้รับเมื่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="62" />
            <source>Released</source>
            <translation>ปล่อยแล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="136" />
            <source>Reload</source>
            <translation>โหลดใหม่</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="43" />
            <source>Sender</source>
            <translation>ผู้ส่ง</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="47" />
            <source>State</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="45" />
            <source>Subject</source>
            <translation>หัวเรื่อง</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="119" />
            <source>This break-through was not an emergency (the weekly report counts it)</source>
            <translation>รายการที่แทรกเข้ามานี้ไม่ใช่เรื่องฉุกเฉิน (รายงานประจำสัปดาห์จะนับไว้)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="291" />
            <source>Unknown senders</source>
            <translation>ผู้ส่งที่ไม่รู้จัก</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="62" />
            <source>Waiting</source>
            <translation>รออยู่</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="164" />
            <source>Waiting for an answer:</source>
            <translation>รอคำตอบ:</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="48" />
            <source>Why</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="402" />
            <source>Your config file was left as it is: {e}</source>
            <translation>ไฟล์การตั้งค่าไม่ได้ถูกแก้ไข: {e}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="274" />
            <source>auto-reply sent</source>
            <translation>ส่งการตอบกลับอัตโนมัติแล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="53" />
            <source>call</source>
            <translation>โทร</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="52" />
            <source>chat</source>
            <translation>แชท</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="51" />
            <source>mail</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="54" />
            <source>meeting</source>
            <translation>ประชุม</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="201" />
            <source>{client} — 1 item, {waiting} waiting</source>
            <translation>{client} — 1 รายการ, รออยู่ {waiting}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="203" />
            <source>{client} — {count} items, {waiting} waiting</source>
            <translation>{client} — {count} รายการ, รออยู่ {waiting}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="286" />
            <source>{n} automatic answers sent in the last 7 days.</source>
            <translation>ส่งการตอบกลับอัตโนมัติ {n} ครั้งใน 7 วันที่ผ่านมา</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="384" />
            <source>{sender} is not a client: never counted again. To undo, remove it from Not clients in the settings (General).</source>
            <translation>{sender} ไม่ใช่ลูกค้า จะไม่ถูกนับอีก หากต้องการยกเลิก ให้ลบออกจากรายการ ไม่ใช่ลูกค้า ในการตั้งค่า (ทั่วไปและภาษา)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="366" />
            <source>{sender} now counts for {client}; the rule is in your config file.</source>
            <translation>{sender} นับเป็นของ {client} แล้ว กฎนี้อยู่ในไฟล์การตั้งค่าของคุณ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="242" />
            <source>{total} items not yet handled in the last 7 days: {waiting} waiting, {through} let through.</source>
            <translation>รายการที่ยังไม่ได้จัดการใน 7 วันที่ผ่านมา {total} รายการ: รออยู่ {waiting}, ปล่อยผ่าน {through}</translation>
        </message>
    </context>
    <context>
        <name>FallbackWindow</name>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="37" />
            <source>Focus:</source>
            <translation>โฟกัส:</translation>
        </message>
        <message>
            <source>Mail {account}: {state}</source>
            <translation type="vanished">อีเมล {account}: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="33" />
            <source>Mode:</source>
            <translation>โหมด:</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="60" />
            <source>No system tray was found, so Office Hours shows this window instead.
On GNOME, install and enable the "AppIndicator and KStatusNotifierItem Support" extension, then start Office Hours again.

You can also use the command line, for example:
    office-hours mode focus --for 50m
    office-hours status

Closing this window keeps Office Hours running. To bring it back, run:
    office-hours</source>
            <translation>ไม่พบถาดระบบ Office Hours จึงแสดงหน้าต่างนี้แทน
บน GNOME ให้ติดตั้งและเปิดใช้ส่วนขยาย "AppIndicator and KStatusNotifierItem Support" แล้วเริ่ม Office Hours อีกครั้ง

คุณยังใช้บรรทัดคำสั่งได้ เช่น
    office-hours mode focus --for 50m
    office-hours status

การปิดหน้าต่างนี้ไม่ได้หยุด Office Hours หากต้องการเปิดกลับมา ให้รัน:
    office-hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="24" />
            <source>Office Hours</source>
            <translation>Office Hours</translation>
        </message>
        <message>
            <source>{source}: {state}</source>
            <translation type="vanished">{source}: {state}</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="221" />
            <source>Batch times</source>
            <translation>เวลารอบส่งต่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="210" />
            <source>Business hours</source>
            <translation>เวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="222" />
            <source>In focus, non-urgent contact is held and released at these times.</source>
            <translation>ระหว่างช่วงโฟกัส การติดต่อที่ไม่เร่งด่วนจะพักไว้และปล่อยตามเวลาเหล่านี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="402" />
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="410" />
            <source>Mail account (optional)</source>
            <translation>บัญชีอีเมล (ไม่บังคับ)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="417" />
            <source>Office Hours can watch your mailbox (IMAP) and count each client's mail. Leave the server empty to skip this; the settings can add it later. The account starts being watched at the next start.</source>
            <translation>Office Hours เฝ้าดูกล่องจดหมายของคุณ (IMAP) และนับอีเมลของลูกค้าแต่ละรายได้ หากต้องการข้ามขั้นตอนนี้ ให้เว้นช่องเซิร์ฟเวอร์ว่างไว้ แล้วเพิ่มภายหลังในการตั้งค่าได้ ระบบจะเริ่มเฝ้าดูบัญชีนี้เมื่อเริ่มโปรแกรมครั้งถัดไป</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="394" />
            <source>Office Hours keeps you in focus when you choose, lets clients through when you are reachable, holds the rest for a few batches a day, and once a week shows what each client's contact costs you. A few questions, and it is ready.</source>
            <translation>Office Hours ช่วยให้คุณมีสมาธิเมื่อต้องการ ให้ลูกค้าติดต่อได้เมื่อคุณพร้อม พักเรื่องอื่นไว้เป็นรอบไม่กี่ครั้งต่อวัน และสัปดาห์ละครั้งจะแสดงว่าการติดต่อของลูกค้าแต่ละรายทำให้คุณเสียเวลาเท่าไร ตอบคำถามอีกไม่กี่ข้อก็พร้อมใช้งาน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="429" />
            <source>Password</source>
            <translation>รหัสผ่าน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="338" />
            <source>The password was not stored in your keyring ({reason}), so nothing was saved yet. Press Finish to try again, or clear the server field to finish without the mail account.</source>
            <translation>ไม่ได้เก็บรหัสผ่านไว้ในพวงกุญแจ ({reason}) จึงยังไม่มีการบันทึกใด ๆ กด เสร็จสิ้น เพื่อลองอีกครั้ง หรือล้างช่องเซิร์ฟเวอร์เพื่อเสร็จสิ้นโดยไม่มีบัญชีอีเมล</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="204" />
            <location filename="src/office_hours/ui/first_run.py" line="392" />
            <source>Welcome to Office Hours</source>
            <translation>ยินดีต้อนรับสู่ Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="211" />
            <source>When are you reachable? Outside these hours contact waits for the next working day. Ranges like 09:00-12:30, 13:30-18:00; leave a day empty when you do not work.</source>
            <translation>คุณติดต่อได้ในช่วงเวลาใด นอกเวลาเหล่านี้ การติดต่อจะรอจนถึงวันทำการถัดไป ระบุเป็นช่วงเวลา เช่น 09:00-12:30, 13:30-18:00 และเว้นว่างวันที่คุณไม่ได้ทำงาน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="231" />
            <source>Who contacts you, and on what terms? Addresses may be *@domain for a whole company. With the rate and the hours a week the client pays for, the weekly report can show your effective rate and when to ask for a raise. You can add more clients in the settings.</source>
            <translation>ใครติดต่อคุณ และภายใต้เงื่อนไขใด ที่อยู่อาจเป็น *@domain สำหรับทั้งบริษัท เมื่อมีอัตราค่าจ้างและจำนวนชั่วโมงต่อสัปดาห์ที่ลูกค้าจ่าย รายงานประจำสัปดาห์จะแสดงอัตราที่แท้จริงและบอกว่าเมื่อใดควรขอขึ้นราคา คุณเพิ่มลูกค้ารายอื่นได้ในการตั้งค่า</translation>
        </message>
        <message>
            <source>Who contacts you, and on what terms? Addresses may be *@domain for a whole company. You can add more clients in the settings.</source>
            <translation type="vanished">ใครติดต่อคุณ และด้วยเงื่อนไขใด ใช้ที่อยู่แบบ *@domain เพื่อครอบคลุมทั้งบริษัทได้ คุณเพิ่มลูกค้ารายอื่นได้ในการตั้งค่า</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="230" />
            <source>Your first client</source>
            <translation>ลูกค้ารายแรกของคุณ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="412" />
            <source>kept in your keyring, never in a file</source>
            <translation>อยู่ในที่เก็บรหัสผ่าน ไม่บันทึกลงไฟล์</translation>
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="52" />
            <source> min</source>
            <translation> นาที</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="63" />
            <source>Call</source>
            <translation>การโทร</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="138" />
            <source>Choose a client.</source>
            <translation>โปรดเลือกลูกค้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="72" />
            <source>Client</source>
            <translation>ลูกค้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="78" />
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="73" />
            <source>Length</source>
            <translation>ระยะเวลา</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="42" />
            <location filename="src/office_hours/ui/log_call.py" line="157" />
            <source>Log a call</source>
            <translation>บันทึกการโทร</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="64" />
            <source>Meeting</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="79" />
            <source>Note</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="75" />
            <source>Started at ({zone})</source>
            <translation>เริ่มเวลา ({zone})</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="150" />
            <source>The call was not logged: {error}</source>
            <translation>ไม่ได้บันทึกการโทร: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="92" />
            <source>There are no clients in your settings yet. Add one as a [[clients]] table in {path}.</source>
            <translation>ยังไม่มีลูกค้าในการตั้งค่า เพิ่มลูกค้าเป็นตาราง [[clients]] ใน {path}</translation>
        </message>
    </context>
    <context>
        <name>Month</name>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="194" />
            <source>Apr</source>
            <translation>เม.ย.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="198" />
            <source>Aug</source>
            <translation>ส.ค.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="202" />
            <source>Dec</source>
            <translation>ธ.ค.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="192" />
            <source>Feb</source>
            <translation>ก.พ.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="191" />
            <source>Jan</source>
            <translation>ม.ค.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="197" />
            <source>Jul</source>
            <translation>ก.ค.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="196" />
            <source>Jun</source>
            <translation>มิ.ย.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="193" />
            <source>Mar</source>
            <translation>มี.ค.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="195" />
            <source>May</source>
            <translation>พ.ค.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="201" />
            <source>Nov</source>
            <translation>พ.ย.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="200" />
            <source>Oct</source>
            <translation>ต.ค.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="199" />
            <source>Sep</source>
            <translation>ก.ย.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="77" />
            <source>(no subject)</source>
            <translation>(ไม่มีหัวเรื่อง)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="65" />
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="87" />
            <source>Held items are back ({why})</source>
            <translation>รายการที่พักไว้กลับมาแล้ว ({why})</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="59" />
            <source>Not urgent</source>
            <translation>ไม่ด่วน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="58" />
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="65" />
            <source>Open the digest</source>
            <translation>เปิดสรุปรายการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="89" />
            <source>Open the digest from the tray to go through them.</source>
            <translation>เปิดสรุปรายการจากถาดระบบเพื่อดูรายการเหล่านี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="60" />
            <source>Remind me at the next batch</source>
            <translation>เตือนอีกครั้งในรอบถัดไป</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="364" />
            <source>Reminder: {title}</source>
            <translation>เตือนความจำ: {title}</translation>
        </message>
    </context>
    <context>
        <name>Option</name>
        <message>
            <source>Ad hoc calls per week</source>
            <translation type="vanished">โทรโดยไม่นัดต่อสัปดาห์</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation type="vanished">ที่อยู่อีเมล</translation>
        </message>
        <message>
            <source>After hours</source>
            <translation type="vanished">การติดต่อนอกเวลาทำการ</translation>
        </message>
        <message>
            <source>After hours non urgent</source>
            <translation type="vanished">ไม่เร่งด่วนนอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>After-hours surcharge (%)</source>
            <translation>ค่าบริการเพิ่มนอกเวลาทำการ (%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>After-hours surcharge to propose (%)</source>
            <translation>ค่าบริการเพิ่มนอกเวลาที่จะเสนอ (%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Agreed contact times</source>
            <translation>เวลาติดต่อที่ตกลงกัน</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Also answer unknown senders in</source>
            <translation>ตอบผู้ส่งที่ไม่รู้จักด้วยในโหมด</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Also record notifications that match no client</source>
            <translation>บันทึกการแจ้งเตือนที่ไม่ตรงกับลูกค้ารายใดด้วย</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Always let these senders through</source>
            <translation>ให้ผู้ส่งเหล่านี้ผ่านเสมอ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Answer a sender at most once in (days)</source>
            <translation>ตอบผู้ส่งแต่ละรายไม่เกินหนึ่งครั้งใน (วัน)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Answer held mail automatically in</source>
            <translation>ตอบอีเมลที่พักไว้โดยอัตโนมัติในโหมด</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Answer within (hours)</source>
            <translation>ตอบภายใน (ชม.)</translation>
        </message>
        <message>
            <source>Api url</source>
            <translation type="vanished">URL ของ API</translation>
        </message>
        <message>
            <source>Apps</source>
            <translation type="vanished">แอป</translation>
        </message>
        <message>
            <source>Backfill days</source>
            <translation type="vanished">จำนวนวันย้อนหลัง</translation>
        </message>
        <message>
            <source>Batch times</source>
            <translation type="vanished">เวลารอบส่งต่อ</translation>
        </message>
        <message>
            <source>Billed hours per week</source>
            <translation type="vanished">ชั่วโมงที่เรียกเก็บต่อสัปดาห์</translation>
        </message>
        <message>
            <source>Blocks</source>
            <translation type="vanished">ช่วงโฟกัส</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation type="vanished">ไฟล์ CA</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation type="vanished">ช่อง</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Channels where mentions count</source>
            <translation>ช่องที่นับการกล่าวถึง</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Chat rooms</source>
            <translation>ห้องแชท</translation>
        </message>
        <message>
            <source>Chat share</source>
            <translation type="vanished">สัดส่วนแชต</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Chat user ids</source>
            <translation>รหัสผู้ใช้แชท</translation>
        </message>
        <message>
            <source>Chat users</source>
            <translation type="vanished">ผู้ใช้แชต</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Check Slack every (s)</source>
            <translation>ตรวจ Slack ทุก (วินาที)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Check every (s)</source>
            <translation>ตรวจทุก (วินาที)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Connection security</source>
            <translation>ความปลอดภัยของการเชื่อมต่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Contact after your hours</source>
            <translation>การติดต่อนอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Contact name</source>
            <translation>ชื่อผู้ติดต่อ</translation>
        </message>
        <message>
            <source>Count automated</source>
            <translation type="vanished">นับอีเมลอัตโนมัติ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Count mail of the last (days)</source>
            <translation>นับอีเมลย้อนหลัง (วัน)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Count newsletters and automatic mail</source>
            <translation>นับจดหมายข่าวและอีเมลอัตโนมัติ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Count other apps' desktop notifications</source>
            <translation>นับการแจ้งเตือนของแอปอื่น</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Counted within (min)</source>
            <translation>นับภายใน (นาที)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Currency</source>
            <translation>สกุลเงิน</translation>
        </message>
        <message>
            <source>Default minutes</source>
            <translation type="vanished">ระยะเวลาเริ่มต้น (นาที)</translation>
        </message>
        <message>
            <source>Desktop dnd</source>
            <translation type="vanished">ห้ามรบกวนบนเดสก์ท็อป</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation type="vanished">เปิดใช้งาน</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Extra urgency words</source>
            <translation>คำด่วนเพิ่มเติม</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>File by client</source>
            <translation>จัดเก็บตามลูกค้า</translation>
        </message>
        <message>
            <source>Focus dnd</source>
            <translation type="vanished">ห้ามรบกวนระหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Focus length when none is given (min)</source>
            <translation>ระยะโฟกัสเริ่มต้น (นาที)</translation>
        </message>
        <message>
            <source>Focus presence</source>
            <translation type="vanished">สถานะออนไลน์ระหว่างโฟกัส</translation>
        </message>
        <message>
            <source>Focus status</source>
            <translation type="vanished">สถานะระหว่างโฟกัส</translation>
        </message>
        <message>
            <source>Focus status emoji</source>
            <translation type="vanished">อีโมจิสถานะระหว่างโฟกัส</translation>
        </message>
        <message>
            <source>Focus status text</source>
            <translation type="vanished">ข้อความสถานะระหว่างโฟกัส</translation>
        </message>
        <message>
            <source>Folders</source>
            <translation type="vanished">โฟลเดอร์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Folders to watch</source>
            <translation>โฟลเดอร์ที่เฝ้าดู</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Friday</source>
            <translation>วันศุกร์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Group rooms where mentions count</source>
            <translation>ห้องกลุ่มที่นับการกล่าวถึง</translation>
        </message>
        <message>
            <source>Homeserver</source>
            <translation type="vanished">โฮมเซิร์ฟเวอร์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Homeserver address</source>
            <translation>ที่อยู่โฮมเซิร์ฟเวอร์</translation>
        </message>
        <message>
            <source>Host</source>
            <translation type="vanished">เซิร์ฟเวอร์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Hourly rate</source>
            <translation>อัตราต่อชั่วโมง</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Hours a week the client pays for</source>
            <translation>ชั่วโมงต่อสัปดาห์ที่ลูกค้าจ่าย</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>IMAP server</source>
            <translation>เซิร์ฟเวอร์ IMAP</translation>
        </message>
        <message>
            <source>Id</source>
            <translation type="vanished">รหัส</translation>
        </message>
        <message>
            <source>Ignore apps</source>
            <translation type="vanished">แอปที่ละเว้น</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Language of automatic answers</source>
            <translation>ภาษาของการตอบกลับอัตโนมัติ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Mail addresses</source>
            <translation>ที่อยู่อีเมล</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Monday</source>
            <translation>วันจันทร์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Never record these apps</source>
            <translation>ไม่บันทึกแอปเหล่านี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Not clients (never counted)</source>
            <translation>ไม่ใช่ลูกค้า (ไม่นับ)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in English, in focus</source>
            <translation>ข้อความภาษาอังกฤษ ขณะโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in English, off hours</source>
            <translation>ข้อความภาษาอังกฤษ นอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in Russian, in focus</source>
            <translation>ข้อความภาษารัสเซีย ขณะโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in Russian, off hours</source>
            <translation>ข้อความภาษารัสเซีย นอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in Thai, in focus</source>
            <translation>ข้อความภาษาไทย ขณะโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in Thai, off hours</source>
            <translation>ข้อความภาษาไทย นอกเวลาทำการ</translation>
        </message>
        <message>
            <source>Notification match</source>
            <translation type="vanished">กฎจับคู่การแจ้งเตือน</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation type="vanished">การแจ้งเตือน</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation type="vanished">แจ้งเมื่อรายงานพร้อม</translation>
        </message>
        <message>
            <source>Notify at</source>
            <translation type="vanished">เวลาแจ้งเตือน</translation>
        </message>
        <message>
            <source>Outside terms share</source>
            <translation type="vanished">สัดส่วนนอกเงื่อนไข</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Own server's CA certificate</source>
            <translation>ใบรับรอง CA ของเซิร์ฟเวอร์ตนเอง</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Phone numbers</source>
            <translation>หมายเลขโทรศัพท์</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation type="vanished">หมายเลขโทรศัพท์</translation>
        </message>
        <message>
            <source>Poll seconds</source>
            <translation type="vanished">ความถี่ในการตรวจสอบ (วินาที)</translation>
        </message>
        <message>
            <source>Port</source>
            <translation type="vanished">พอร์ต</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Port (0: the usual one)</source>
            <translation>พอร์ต (0: ค่าปกติ)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Raise cap</source>
            <translation>เพดานการขึ้นอัตรา</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation type="vanished">อัตราค่าจ้าง</translation>
        </message>
        <message>
            <source>Rate shortfall</source>
            <translation type="vanished">อัตราต่ำกว่าเป้าหมาย</translation>
        </message>
        <message>
            <source>Record unmatched</source>
            <translation type="vanished">บันทึกรายการที่ไม่รู้จัก</translation>
        </message>
        <message>
            <source>Refocus minutes</source>
            <translation type="vanished">เวลากลับมาโฟกัส (นาที)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Refocus time per interruption (min)</source>
            <translation>เวลากลับมาโฟกัสต่อการขัดจังหวะ (นาที)</translation>
        </message>
        <message>
            <source>Relationship weeks</source>
            <translation type="vanished">ทบทวนความร่วมมือ (สัปดาห์)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Release held items at</source>
            <translation>ปล่อยรายการที่พักไว้เวลา</translation>
        </message>
        <message>
            <source>Repeat count</source>
            <translation type="vanished">จำนวนการติดต่อซ้ำ</translation>
        </message>
        <message>
            <source>Repeat minutes</source>
            <translation type="vanished">ช่วงเวลาติดต่อซ้ำ (นาที)</translation>
        </message>
        <message>
            <source>Response hours</source>
            <translation type="vanished">ระยะเวลาตอบกลับ (ชม.)</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation type="vanished">ห้องแชต</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP connection security</source>
            <translation>ความปลอดภัยการเชื่อมต่อ SMTP</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP port (0: the usual one)</source>
            <translation>พอร์ต SMTP (0: พอร์ตปกติ)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP server (for automatic answers)</source>
            <translation>เซิร์ฟเวอร์ SMTP (สำหรับการตอบกลับอัตโนมัติ)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP user name (empty: as IMAP)</source>
            <translation>ชื่อผู้ใช้ SMTP (ว่าง: เหมือน IMAP)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Saturday</source>
            <translation>วันเสาร์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Say it at</source>
            <translation>แจ้งเวลา</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Say on Monday when the weekly report is ready</source>
            <translation>แจ้งวันจันทร์เมื่อรายงานประจำสัปดาห์พร้อม</translation>
        </message>
        <message>
            <source>Security</source>
            <translation type="vanished">ความปลอดภัยของการเชื่อมต่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Short id</source>
            <translation>รหัสสั้น</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Show desktop notifications</source>
            <translation>แสดงการแจ้งเตือนบนเดสก์ท็อป</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Show me as unavailable while in focus</source>
            <translation>แสดงว่าไม่ว่างระหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Slack API address</source>
            <translation>ที่อยู่ API ของ Slack</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Slack status while in focus</source>
            <translation>สถานะ Slack ระหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Snooze Slack notifications while in focus</source>
            <translation>หยุดการแจ้งเตือน Slack ชั่วคราวระหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Status emoji while in focus</source>
            <translation>อีโมจิสถานะระหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Status message while in focus</source>
            <translation>ข้อความสถานะระหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest a raise when the effective rate is this far below target</source>
            <translation>แนะนำให้ขึ้นราคาเมื่ออัตราที่แท้จริงต่ำกว่าเป้าหมายเท่านี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest an after-hours plan from this many non-urgent after-hours contacts</source>
            <translation>แนะนำแผนนอกเวลาเมื่อมีการติดต่อนอกเวลาที่ไม่ด่วนเท่านี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest batched mail when chat is this much of all contact</source>
            <translation>แนะนำให้รวมเป็นอีเมลเมื่อแชทมีสัดส่วนเท่านี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest contact windows when this much contact is outside the terms</source>
            <translation>แนะนำช่วงเวลาติดต่อเมื่อการติดต่อนอกเงื่อนไขมีสัดส่วนเท่านี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest reviewing a relationship after this many weeks outside the terms</source>
            <translation>แนะนำให้ทบทวนความสัมพันธ์หลังจากนอกเงื่อนไขเท่านี้สัปดาห์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest scheduled calls from this many ad-hoc calls a week</source>
            <translation>แนะนำการนัดโทรเมื่อมีการโทรไม่ได้นัดเท่านี้ครั้งต่อสัปดาห์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Sunday</source>
            <translation>วันอาทิตย์</translation>
        </message>
        <message>
            <source>Surcharge percent</source>
            <translation type="vanished">ค่าบริการเพิ่ม (%)</translation>
        </message>
        <message>
            <source>Target rate</source>
            <translation type="vanished">อัตราเป้าหมาย</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Their desktop notifications mention</source>
            <translation>การแจ้งเตือนของลูกค้ามีคำว่า</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Thursday</source>
            <translation>วันพฤหัสบดี</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Time zone</source>
            <translation>เขตเวลา</translation>
        </message>
        <message>
            <source>Timezone</source>
            <translation type="vanished">เขตเวลา</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Tuesday</source>
            <translation>วันอังคาร</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Turn on the desktop's do-not-disturb while in focus</source>
            <translation>เปิดห้ามรบกวนของเดสก์ท็อประหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Urgent from this many contacts in a row</source>
            <translation>ด่วนเมื่อติดต่อติดกันเท่านี้ครั้ง</translation>
        </message>
        <message>
            <source>User id</source>
            <translation type="vanished">รหัสผู้ใช้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>User name</source>
            <translation>ชื่อผู้ใช้</translation>
        </message>
        <message>
            <source>Username</source>
            <translation type="vanished">ชื่อผู้ใช้</translation>
        </message>
        <message>
            <source>VIP senders</source>
            <translation type="vanished">ผู้ส่ง VIP</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch Matrix</source>
            <translation>เฝ้าดู Matrix</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch Slack</source>
            <translation>เฝ้าดู Slack</translation>
        </message>
        <message>
            <source>Watch notifications</source>
            <translation type="vanished">เฝ้าดูการแจ้งเตือน</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch only these apps</source>
            <translation>เฝ้าดูเฉพาะแอปเหล่านี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Wednesday</source>
            <translation>วันพุธ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Weekly focus blocks</source>
            <translation>ช่วงโฟกัสประจำสัปดาห์</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation type="vanished">ช่วงเวลาติดต่อ</translation>
        </message>
        <message>
            <source>Words</source>
            <translation type="vanished">คำเร่งด่วน</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your Matrix user id</source>
            <translation>รหัสผู้ใช้ Matrix ของคุณ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your address on this account</source>
            <translation>ที่อยู่อีเมลของคุณในบัญชีนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your name or business name</source>
            <translation>ชื่อของคุณหรือชื่อธุรกิจ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your target hourly rate</source>
            <translation>อัตราต่อชั่วโมงเป้าหมายของคุณ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="111" />
            <source>comma-separated, e.g. a, b</source>
            <translation>คั่นด้วยจุลภาค เช่น a, b</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="142" />
            <source>each client's own rate</source>
            <translation>อัตราของลูกค้าแต่ละราย</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="139" />
            <source>none</source>
            <translation>ไม่มี</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="104" />
            <source>none; e.g. 09:00-12:30, 13:30-18:00</source>
            <translation>ไม่มี เช่น 09:00-12:30, 13:30-18:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="105" />
            <source>none; e.g. 10:00, 13:30, 17:00</source>
            <translation>ไม่มี เช่น 10:00, 13:30, 17:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="303" />
            <source>none; e.g. 14:00-16:00</source>
            <translation>ไม่มี เช่น 14:00-16:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="109" />
            <source>none; e.g. {example}</source>
            <translation>ไม่มี เช่น {example}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="138" />
            <source>not agreed</source>
            <translation>ไม่ได้ตกลงไว้</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="140" />
            <location filename="src/office_hours/ui/option_editors.py" line="141" />
            <source>not set</source>
            <translation>ยังไม่กำหนด</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="143" />
            <location filename="src/office_hours/ui/option_editors.py" line="144" />
            <source>the usual one</source>
            <translation>ค่าปกติ</translation>
        </message>
    </context>
    <context>
        <name>OptionDoc</name>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>A self-hosted server's own CA certificate (PEM); empty: the system's trusted CAs.</source>
            <translation>ใบรับรอง CA ของเซิร์ฟเวอร์ที่โฮสต์เอง (PEM) หากเว้นว่างจะใช้ CA ที่ระบบเชื่อถือ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>After-hours surcharge proposed for clients whose terms name none, in percent.</source>
            <translation>ค่าบริการเพิ่มนอกเวลาทำการที่จะเสนอให้ลูกค้าซึ่งเงื่อนไขไม่ได้ระบุไว้ เป็นเปอร์เซ็นต์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Agreed response time in hours (0: not agreed).</source>
            <translation>ระยะเวลาตอบกลับที่ตกลงไว้ เป็นชั่วโมง (0: ไม่ได้ตกลงไว้)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Also answer senders who are no client, in the modes chosen (none: never).</source>
            <translation>ตอบผู้ส่งที่ไม่ใช่ลูกค้าด้วยในโหมดที่เลือกไว้ (ไม่เลือกเลย: ไม่ตอบ)</translation>
        </message>
        <message>
            <source>Also answer senders who are no client, in these modes, e.g. ["off_hours"]; [] never.</source>
            <translation type="vanished">ตอบผู้ส่งที่ไม่ใช่ลูกค้าด้วยในโหมดเหล่านี้ เช่น ["off_hours"]; [] ไม่ตอบเลย</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Also record notifications that match no client (as 'unknown').</source>
            <translation>บันทึกการแจ้งเตือนที่ไม่ตรงกับลูกค้ารายใดด้วย (เป็น 'unknown')</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Answer one sender at most once in this many days.</source>
            <translation>ตอบผู้ส่งแต่ละรายไม่เกินหนึ่งครั้งในจำนวนวันนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Answer this client's held mail once with a polite note in the modes chosen (none: never); the account needs an SMTP server.</source>
            <translation>ตอบอีเมลที่พักไว้ของลูกค้ารายนี้ครั้งเดียวด้วยข้อความสุภาพในโหมดที่เลือกไว้ (ไม่เลือกเลย: ไม่ตอบ) บัญชีต้องมีเซิร์ฟเวอร์ SMTP</translation>
        </message>
        <message>
            <source>Answer this client's held mail once with a polite note in these modes, e.g. ["off_hours"]; [] never (the account needs an SMTP server).</source>
            <translation type="vanished">ตอบอีเมลที่พักไว้ของลูกค้ารายนี้หนึ่งครั้งด้วยข้อความสุภาพในโหมดเหล่านี้ เช่น ["off_hours"]; [] ไม่ตอบเลย (บัญชีต้องมีเซิร์ฟเวอร์ SMTP)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>At the first connection, this many days of mail go into the report, not notified.</source>
            <translation>เมื่อเชื่อมต่อครั้งแรก อีเมลย้อนหลังตามจำนวนวันนี้จะเข้าไปอยู่ในรายงานโดยไม่แจ้งเตือน</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Friday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>เวลาทำการวันศุกร์ เช่น ["09:00-12:30", "13:30-18:00"] ใส่ [] หากเป็นวันหยุด</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Monday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>เวลาทำการวันจันทร์ เช่น ["09:00-12:30", "13:30-18:00"] ใส่ [] หากเป็นวันหยุด</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Saturday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>เวลาทำการวันเสาร์ เช่น ["09:00-12:30", "13:30-18:00"] ใส่ [] หากเป็นวันหยุด</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Sunday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>เวลาทำการวันอาทิตย์ เช่น ["09:00-12:30", "13:30-18:00"] ใส่ [] หากเป็นวันหยุด</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Thursday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>เวลาทำการวันพฤหัสบดี เช่น ["09:00-12:30", "13:30-18:00"] ใส่ [] หากเป็นวันหยุด</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Tuesday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>เวลาทำการวันอังคาร เช่น ["09:00-12:30", "13:30-18:00"] ใส่ [] หากเป็นวันหยุด</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Wednesday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>เวลาทำการวันพุธ เช่น ["09:00-12:30", "13:30-18:00"] ใส่ [] หากเป็นวันหยุด</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Channel ids where mentions of you count, e.g. ["C024BE91L"]; DMs always count.</source>
            <translation>รหัสช่องที่นับการกล่าวถึงคุณ เช่น ["C024BE91L"] ส่วนข้อความส่วนตัว (DM) จะนับเสมอ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Chat rooms or channels that belong to this client.</source>
            <translation>ห้องแชตหรือช่องที่เป็นของลูกค้ารายนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Chat user ids, e.g. @anna:matrix.org or U024BE7LH.</source>
            <translation>รหัสผู้ใช้แชต เช่น @anna:matrix.org หรือ U024BE7LH</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Contact after your business hours: never, emergencies_only or with_surcharge.</source>
            <translation>การติดต่อหลังเวลาทำการของคุณ: never, emergencies_only หรือ with_surcharge</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Count mailing lists, newsletters and auto-replies as contact (normally skipped).</source>
            <translation>นับเมลลิงลิสต์ จดหมายข่าว และการตอบกลับอัตโนมัติเป็นการติดต่อ (ปกติจะข้ามไป)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Currency shown beside rates.</source>
            <translation>สกุลเงินที่แสดงคู่กับอัตราค่าจ้าง</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Desktop notifications of this client: text in the title, body or app name, e.g. ["Anna Petrova", "ACME*"] (case-insensitive; * and ? make a glob for a whole field).</source>
            <translation>การแจ้งเตือนบนเดสก์ท็อปของลูกค้ารายนี้: ข้อความในหัวเรื่อง เนื้อหา หรือชื่อแอป เช่น ["Anna Petrova", "ACME*"] (ไม่แยกตัวพิมพ์เล็กพิมพ์ใหญ่ หากมี * หรือ ? จะเป็นรูปแบบ glob ที่เทียบกับทั้งช่อง)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Extra urgency words beside the built-in English, Russian and Thai ones.</source>
            <translation>คำเร่งด่วนเพิ่มเติมนอกเหนือจากคำภาษาอังกฤษ รัสเซีย และไทยที่มีอยู่ในตัว</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Folders to watch, e.g. ["INBOX", "Clients"].</source>
            <translation>โฟลเดอร์ที่จะเฝ้าดู เช่น ["INBOX", "Clients"]</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Group rooms (ids or #aliases) where messages mentioning you are recorded too.</source>
            <translation>ห้องกลุ่ม (รหัสหรือ #ชื่อแทน) ที่จะบันทึกข้อความที่กล่าวถึงคุณด้วย</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Hold the desktop's notifications while in focus (dunst, GNOME); restored after.</source>
            <translation>พักการแจ้งเตือนของเดสก์ท็อปไว้ระหว่างโฟกัส (dunst, GNOME) แล้วคืนค่าเดิมภายหลัง</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Hours a week this client pays for.</source>
            <translation>จำนวนชั่วโมงต่อสัปดาห์ที่ลูกค้ารายนี้จ่าย</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>How often to ask Slack for new messages (Slack limits how often one may ask).</source>
            <translation>ความถี่ในการขอข้อความใหม่จาก Slack (Slack จำกัดความถี่ในการขอ)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>How often to look for mail without IDLE, and to check the folder while idling.</source>
            <translation>ความถี่ในการตรวจหาอีเมลเมื่อไม่ใช้ IDLE และการตรวจโฟลเดอร์ระหว่างรอแบบ IDLE</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>IMAP port; 0: 993 for tls, 143 for starttls.</source>
            <translation>พอร์ต IMAP; 0: ใช้ 993 สำหรับ TLS และ 143 สำหรับ STARTTLS</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>IMAP server name, e.g. imap.example.com.</source>
            <translation>ชื่อเซิร์ฟเวอร์ IMAP เช่น imap.example.com</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Interface and documents: en, ru or th.</source>
            <translation>ภาษาของอินเทอร์เฟซและเอกสาร: en, ru หรือ th</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Length of a focus block started without a length.</source>
            <translation>ความยาวของช่วงโฟกัสที่เริ่มโดยไม่ได้ระบุความยาว</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Linux: record other apps' desktop notifications that a client's notification_match names (the watch runs only when some client has such rules, or record_unmatched).</source>
            <translation>Linux: บันทึกการแจ้งเตือนบนเดสก์ท็อปของแอปอื่นที่ตรงกับ notification_match ของลูกค้า (จะเฝ้าดูเฉพาะเมื่อมีลูกค้าบางรายตั้งกฎดังกล่าวไว้ หรือเปิด record_unmatched)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Login name on the server.</source>
            <translation>ชื่อสำหรับเข้าสู่ระบบบนเซิร์ฟเวอร์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Mail addresses, or *@domain for a whole domain.</source>
            <translation>ที่อยู่อีเมล หรือ *@domain สำหรับทั้งโดเมน</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Minutes of refocus cost counted per interruption (see the report for the source).</source>
            <translation>จำนวนนาทีที่ใช้กลับมาโฟกัสซึ่งนับต่อการขัดจังหวะหนึ่งครั้ง (ดูแหล่งที่มาในรายงาน)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Move each client's mail into a folder named after the client once it is counted (unknown senders stay; `office-hours mail file --undo` moves it back).</source>
            <translation>ย้ายอีเมลของลูกค้าแต่ละรายไปยังโฟลเดอร์ที่ตั้งชื่อตามลูกค้าเมื่อนับแล้ว (อีเมลจากผู้ส่งที่ไม่รู้จักอยู่ที่เดิม; `office-hours mail file --undo` ย้ายกลับ)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Never record these apps' notifications (beside the built-in system ones).</source>
            <translation>ไม่บันทึกการแจ้งเตือนของแอปเหล่านี้ (นอกเหนือจากแอประบบที่กำหนดไว้ในตัว)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Phone numbers, in any format.</source>
            <translation>หมายเลขโทรศัพท์ ในรูปแบบใดก็ได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP login name; empty: the IMAP username and password.</source>
            <translation>ชื่อเข้าสู่ระบบ SMTP; ว่าง: ใช้ชื่อผู้ใช้และรหัสผ่าน IMAP</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP port; 0: 465 for tls, 587 for starttls.</source>
            <translation>พอร์ต SMTP; 0: 465 สำหรับ tls, 587 สำหรับ starttls</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP server for auto-replies, e.g. smtp.example.com.</source>
            <translation>เซิร์ฟเวอร์ SMTP สำหรับการตอบกลับอัตโนมัติ เช่น smtp.example.com</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Say on Monday morning that last week's report is ready.</source>
            <translation>แจ้งในเช้าวันจันทร์ว่ารายงานของสัปดาห์ที่แล้วพร้อมแล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Senders of this client who always get through.</source>
            <translation>ผู้ส่งของลูกค้ารายนี้ที่ปล่อยผ่านเสมอ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Senders who always get through: addresses, *@domain, chat ids.</source>
            <translation>ผู้ส่งที่ปล่อยผ่านเสมอ: ที่อยู่อีเมล *@domain และรหัสผู้ใช้แชต</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Senders who are not clients (a recruiter, a newsletter): never counted or notified. Remove one to count it again.</source>
            <translation>ผู้ส่งที่ไม่ใช่ลูกค้า (เช่น ผู้สรรหางาน จดหมายข่าว): ไม่นับและไม่แจ้งเตือน ลบออกเพื่อให้นับอีกครั้ง</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Short id of this account, e.g. work; the keyring key.</source>
            <translation>รหัสสั้นของบัญชีนี้ เช่น work ใช้เป็นคีย์ในที่เก็บรหัสผ่าน</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Short id used on the command line, e.g. acme.</source>
            <translation>รหัสสั้นที่ใช้ในบรรทัดคำสั่ง เช่น acme</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Show desktop notifications for delivered items.</source>
            <translation>แสดงการแจ้งเตือนบนเดสก์ท็อปสำหรับรายการที่ส่งถึงแล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Snooze Slack notifications (do not disturb) in focus.</source>
            <translation>พักการแจ้งเตือนของ Slack (ห้ามรบกวน) ระหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Status message while in focus.</source>
            <translation>ข้อความสถานะระหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest a raise when the effective rate is this share below target.</source>
            <translation>แนะนำให้ขึ้นอัตราเมื่ออัตราที่ได้จริงต่ำกว่าเป้าหมายตามสัดส่วนนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest an after-hours plan from this many non-urgent after-hours contacts.</source>
            <translation>แนะนำแผนบริการนอกเวลาทำการเมื่อมีการติดต่อนอกเวลาทำการที่ไม่เร่งด่วนตั้งแต่จำนวนนี้ขึ้นไป</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest batched mail when chat is this share of contact.</source>
            <translation>แนะนำให้ใช้อีเมลที่ตอบเป็นรอบเมื่อแชตมีสัดส่วนของการติดต่อถึงระดับนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest contact windows when this share of contact is outside terms.</source>
            <translation>แนะนำช่วงเวลาติดต่อเมื่อการติดต่อในสัดส่วนนี้อยู่นอกเงื่อนไข</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest reviewing the relationship when, besides this week, this many of the four weeks before also had most contact outside the agreed terms.</source>
            <translation>แนะนำให้ทบทวนความร่วมมือเมื่อนอกจากสัปดาห์นี้แล้ว ใน 4 สัปดาห์ก่อนหน้ายังมีสัปดาห์ที่การติดต่อส่วนใหญ่อยู่นอกเงื่อนไขที่ตกลงไว้ตามจำนวนนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest scheduled calls from this many ad-hoc calls a week.</source>
            <translation>แนะนำให้นัดเวลาโทรเมื่อมีการโทรโดยไม่นัดตั้งแต่จำนวนนี้ต่อสัปดาห์ขึ้นไป</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Surcharge for after-hours contact, in percent.</source>
            <translation>ค่าบริการเพิ่มสำหรับการติดต่อนอกเวลาทำการ เป็นเปอร์เซ็นต์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The Slack Web API address; change it only for a test stand-in.</source>
            <translation>ที่อยู่ของ Slack Web API เปลี่ยนเฉพาะเมื่อใช้ตัวจำลองสำหรับทดสอบ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The client's name as you want to see it.</source>
            <translation>ชื่อลูกค้าตามที่คุณต้องการให้แสดง</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The language of auto-replies to this client: en, ru or th; empty: yours.</source>
            <translation>ภาษาของการตอบกลับอัตโนมัติถึงลูกค้ารายนี้: en, ru หรือ th; ว่าง: ภาษาของคุณ</translation>
        </message>
        <message>
            <source>The largest raise the report proposes, as a share (0.2: 20%); the rest of the gap is offered as billed calls or a retainer.</source>
            <translation type="vanished">การขึ้นอัตราสูงสุดที่รายงานจะเสนอ เป็นสัดส่วน (0.2 คือ 20%) ส่วนต่างที่เหลือจะเสนอเป็นการคิดค่าโทรหรือค่าบริการรายเดือน</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The largest raise the report proposes; the rest of the gap is offered as billed calls or a retainer.</source>
            <translation>การขึ้นอัตราสูงสุดที่รายงานจะเสนอ ส่วนต่างที่เหลือจะเสนอเป็นการคิดค่าโทรหรือค่าบริการรายเดือน</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in en while in focus; empty: the built-in one.</source>
            <translation>ข้อความภาษาอังกฤษ (en) ขณะโฟกัส; ว่าง: ใช้ข้อความในตัว</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in en while in off hours; empty: the built-in one.</source>
            <translation>ข้อความภาษาอังกฤษ (en) นอกเวลาทำการ; ว่าง: ใช้ข้อความในตัว</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in ru while in focus; empty: the built-in one.</source>
            <translation>ข้อความภาษารัสเซีย (ru) ขณะโฟกัส; ว่าง: ใช้ข้อความในตัว</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in ru while in off hours; empty: the built-in one.</source>
            <translation>ข้อความภาษารัสเซีย (ru) นอกเวลาทำการ; ว่าง: ใช้ข้อความในตัว</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in th while in focus; empty: the built-in one.</source>
            <translation>ข้อความภาษาไทย (th) ขณะโฟกัส; ว่าง: ใช้ข้อความในตัว</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in th while in off hours; empty: the built-in one.</source>
            <translation>ข้อความภาษาไทย (th) นอกเวลาทำการ; ว่าง: ใช้ข้อความในตัว</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The person you write to, e.g. Anna Petrova: drafted messages greet them by name.</source>
            <translation>บุคคลที่คุณติดต่อ เช่น Anna Petrova ร่างข้อความจะทักทายด้วยชื่อนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The status emoji while in focus.</source>
            <translation>อีโมจิสถานะระหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The window for repeat_count, in minutes.</source>
            <translation>ช่วงเวลาสำหรับ repeat_count เป็นนาที</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>This many contacts from one client within repeat_minutes count as urgent.</source>
            <translation>การติดต่อจากลูกค้ารายเดียวกันจำนวนเท่านี้ภายใน repeat_minutes ถือเป็นเรื่องเร่งด่วน</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch Slack: direct messages, group DMs, mentions.</source>
            <translation>เฝ้าดู Slack: ข้อความส่วนตัว ข้อความส่วนตัวแบบกลุ่ม และการกล่าวถึง</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch a Matrix account for direct messages.</source>
            <translation>เฝ้าดูข้อความส่วนตัวในบัญชี Matrix</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch only these apps' notifications, e.g. ["Telegram", "Slack"] (a name also matches within a longer one: "Telegram Desktop"); [] for all.</source>
            <translation>เฝ้าดูการแจ้งเตือนเฉพาะของแอปเหล่านี้ เช่น ["Telegram", "Slack"] (ชื่อจะตรงกับชื่อที่ยาวกว่าซึ่งมีชื่อนั้นอยู่ด้วย เช่น "Telegram Desktop") ใส่ [] สำหรับทุกแอป</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Weekly focus blocks within business hours, e.g. { monday = ["09:00-12:00"], tuesday = ["09:00-12:00"] }; {} for none.</source>
            <translation>ช่วงโฟกัสประจำสัปดาห์ภายในเวลาทำการ เช่น { monday = ["09:00-12:00"], tuesday = ["09:00-12:00"] } ใส่ {} หากไม่มี</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>When contact on this channel is agreed, per weekday.</source>
            <translation>ช่วงเวลาที่ตกลงให้ติดต่อผ่านช่องทางนี้ แยกตามวันในสัปดาห์</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>When held items are released together, in your time zone.</source>
            <translation>เวลาที่ปล่อยรายการที่พักไว้พร้อมกัน ตามเขตเวลาของคุณ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>When on Monday to say so, in your time zone; the earliest of these is used.</source>
            <translation>เวลาที่จะแจ้งในวันจันทร์ ตามเขตเวลาของคุณ โดยใช้เวลาที่เร็วที่สุดในรายการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>While in focus, show you as unavailable with focus_status; restored afterwards.</source>
            <translation>ระหว่างโฟกัส แสดงว่าคุณไม่ว่างพร้อมข้อความ focus_status แล้วคืนค่าเดิมภายหลัง</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your IANA time zone, e.g. Europe/Berlin. Hours, batches and reports use it.</source>
            <translation>เขตเวลา IANA ของคุณ เช่น Europe/Berlin ใช้กับเวลาทำการ รอบส่งต่อ และรายงาน</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your Matrix user id, e.g. @me:example.org.</source>
            <translation>รหัสผู้ใช้ Matrix ของคุณ เช่น @me:example.org</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your Slack status while in focus; the previous one comes back afterwards.</source>
            <translation>สถานะ Slack ของคุณระหว่างโฟกัส หลังจากนั้นจะกลับเป็นสถานะเดิม</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your address on this account, for auto-replies; empty: the username if it is one.</source>
            <translation>ที่อยู่อีเมลของคุณในบัญชีนี้ สำหรับการตอบกลับอัตโนมัติ; ว่าง: ใช้ชื่อผู้ใช้หากเป็นที่อยู่อีเมล</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your homeserver, e.g. https://matrix.example.org.</source>
            <translation>โฮมเซิร์ฟเวอร์ของคุณ เช่น https://matrix.example.org</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your name or business name, as the contact-terms sheet states it; empty leaves a blank.</source>
            <translation>ชื่อของคุณหรือชื่อธุรกิจตามที่จะระบุในเอกสารเงื่อนไขการติดต่อ หากเว้นว่างจะเว้นช่องว่างไว้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your nominal hourly rate for this client.</source>
            <translation>อัตราค่าจ้างรายชั่วโมงตามสัญญาของคุณสำหรับลูกค้ารายนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your target hourly rate; 0 compares each client with its own nominal rate.</source>
            <translation>อัตราค่าจ้างรายชั่วโมงเป้าหมายของคุณ หากเป็น 0 จะเทียบลูกค้าแต่ละรายกับอัตราตามสัญญาของลูกค้ารายนั้น</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>starttls (submission) or tls; certificates are always verified.</source>
            <translation>starttls (submission) หรือ tls; ตรวจสอบใบรับรองเสมอ</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>tls (IMAPS) or starttls; certificates are always verified.</source>
            <translation>tls (IMAPS) หรือ starttls โดยจะตรวจสอบใบรับรองเสมอ</translation>
        </message>
    </context>
    <context>
        <name>Popup</name>
        <message>
            <location filename="src/office_hours/ui/popup.py" line="45" />
            <source>Office Hours: {title}</source>
            <translation>Office Hours: {title}</translation>
        </message>
    </context>
    <context>
        <name>Reason</name>
        <message>
            <location filename="src/office_hours/domain/report.py" line="237" />
            <source>Agree contact windows and send the contact-terms sheet</source>
            <translation>ตกลงช่วงเวลาติดต่อและส่งเอกสารเงื่อนไขการติดต่อ</translation>
        </message>
        <message>
            <source>Agree contact windows and send the contact-terms sheet (office-hours terms {client})</source>
            <translation type="vanished">ตกลงช่วงเวลาติดต่อและส่งเอกสารเงื่อนไขการติดต่อ (office-hours terms {client})</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="40" />
            <source>Batch time {time}</source>
            <translation>รอบส่งต่อเวลา {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="36" />
            <source>Breaks through focus: {why}</source>
            <translation>แทรกช่วงโฟกัส: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="37" />
            <source>Breaks through off hours: {why}</source>
            <translation>แทรกนอกเวลาทำการ: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="42" />
            <source>Business hours began</source>
            <translation>เริ่มเวลาทำการแล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="241" />
            <source>Consider whether the working relationship still works</source>
            <translation>พิจารณาว่าความร่วมมือนี้ยังเหมาะสมหรือไม่</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="20" />
            <source>Delivered (you are reachable), but outside the agreed {channel} window</source>
            <translation>ส่งถึงแล้ว (คุณติดต่อได้) แต่อยู่นอกช่วงเวลาที่ตกลงไว้สำหรับ {channel}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="41" />
            <source>Focus ended</source>
            <translation>สิ้นสุดช่วงโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="25" />
            <source>Held until business hours ({next_open}): off hours</source>
            <translation>พักไว้จนถึงเวลาทำการ ({next_open}): นอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="26" />
            <source>Held until business hours ({next_open}): {client}'s terms allow no contact after hours</source>
            <translation>พักไว้จนถึงเวลาทำการ ({next_open}): เงื่อนไขของ {client} ไม่อนุญาตให้ติดต่อนอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="24" />
            <source>Held: you are in focus</source>
            <translation>พักไว้: คุณอยู่ในช่วงโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="23" />
            <source>Held: you are in focus until {until}</source>
            <translation>พักไว้: คุณอยู่ในช่วงโฟกัสถึง {until}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="284" />
            <source>Most contact came outside the agreed terms in {weeks_outside} of the last {weeks} weeks (suggested from {threshold} weeks); share outside terms, oldest week first: {shares}.</source>
            <translation>การติดต่อส่วนใหญ่อยู่นอกเงื่อนไขใน {weeks_outside} จาก {weeks} สัปดาห์ล่าสุด (เสนอเมื่อถึง {threshold} สัปดาห์) สัดส่วนนอกเงื่อนไข เริ่มจากสัปดาห์เก่าสุด: {shares}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="240" />
            <source>Move chat to batched mail</source>
            <translation>ย้ายการคุยจากแชตไปเป็นอีเมลที่ตอบเป็นรอบ</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="73" />
            <source>No auto-reply: bulk or list mail</source>
            <translation>ไม่ตอบอัตโนมัติ: อีเมลจำนวนมากหรือรายชื่อส่งเมล</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="80" />
            <source>No auto-reply: mail from yourself</source>
            <translation>ไม่ตอบอัตโนมัติ: อีเมลจากตัวคุณเอง</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="72" />
            <source>No auto-reply: mailing list</source>
            <translation>ไม่ตอบอัตโนมัติ: รายชื่อส่งเมล</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="74" />
            <source>No auto-reply: no return path (a bounce or a notice)</source>
            <translation>ไม่ตอบอัตโนมัติ: ไม่มีที่อยู่ส่งกลับ (อีเมลตีกลับหรือประกาศ)</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="67" />
            <source>No auto-reply: not turned on</source>
            <translation>ไม่ตอบอัตโนมัติ: ไม่ได้เปิดใช้</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="68" />
            <source>No auto-reply: not turned on for this mode</source>
            <translation>ไม่ตอบอัตโนมัติ: ไม่ได้เปิดใช้สำหรับโหมดนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="69" />
            <source>No auto-reply: the message was sent automatically</source>
            <translation>ไม่ตอบอัตโนมัติ: ข้อความถูกส่งโดยอัตโนมัติ</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="84" />
            <source>No auto-reply: the sender asked for none</source>
            <translation>ไม่ตอบอัตโนมัติ: ผู้ส่งขอไม่ให้ตอบ</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="77" />
            <source>No auto-reply: the sender is a robot or a list address</source>
            <translation>ไม่ตอบอัตโนมัติ: ผู้ส่งเป็นระบบอัตโนมัติหรือที่อยู่รายชื่อส่งเมล</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="85" />
            <source>No auto-reply: the sender is not a client</source>
            <translation>ไม่ตอบอัตโนมัติ: ผู้ส่งไม่ใช่ลูกค้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="88" />
            <source>No auto-reply: this sender had one recently</source>
            <translation>ไม่ตอบอัตโนมัติ: ผู้ส่งรายนี้ได้รับไปแล้วเมื่อเร็ว ๆ นี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="81" />
            <source>No auto-reply: you are not in To or Cc</source>
            <translation>ไม่ตอบอัตโนมัติ: คุณไม่อยู่ในช่องถึงหรือสำเนา</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="289" />
            <source>No contact this week</source>
            <translation>สัปดาห์นี้ไม่มีการติดต่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="290" />
            <source>No suggestion: contacts {contacts}, outside terms {outside_terms}, unplanned calls {ad_hoc_calls}; all within the thresholds</source>
            <translation>ไม่มีคำแนะนำ: ติดต่อ {contacts} ครั้ง นอกเงื่อนไข {outside_terms} ครั้ง โทรโดยไม่นัด {ad_hoc_calls} ครั้ง ทั้งหมดอยู่ในเกณฑ์</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="296" />
            <source>No suggestion: these senders are not matched to a client</source>
            <translation>ไม่มีคำแนะนำ: ผู้ส่งเหล่านี้ไม่ได้ผูกกับลูกค้ารายใด</translation>
        </message>
        <message>
            <source>No suggestion: {contacts} contacts, {outside_terms} outside terms, {ad_hoc_calls} ad-hoc calls; all within the thresholds</source>
            <translation type="vanished">ไม่มีคำแนะนำ: ติดต่อ {contacts} ครั้ง นอกเงื่อนไข {outside_terms} ครั้ง โทรโดยไม่นัด {ad_hoc_calls} ครั้ง ทั้งหมดอยู่ในเกณฑ์</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="238" />
            <source>Offer an after-hours support plan or a surcharge</source>
            <translation>เสนอแผนบริการนอกเวลาทำการหรือค่าบริการเพิ่ม</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="235" />
            <source>Propose a scheduled weekly call</source>
            <translation>เสนอการโทรตามนัดสัปดาห์ละครั้ง</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="236" />
            <source>Propose two scheduled calls a week</source>
            <translation>เสนอการโทรตามนัดสัปดาห์ละสองครั้ง</translation>
        </message>
        <message>
            <source>Raise the rate by {percent}%</source>
            <translation type="vanished">ขึ้นอัตราค่าจ้าง {percent}%</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="239" />
            <source>Raise the rate to {new_rate} per hour (+{percent}%)</source>
            <translation>ขึ้นอัตราเป็น {new_rate} ต่อชั่วโมง (+{percent}%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="268" />
            <source>The effective rate was below {threshold} an hour in {short_weeks} of the last {weeks} weeks; on average {effective} an hour against a target of {target}, with {unbilled} unbilled hours a week beside {billed} billed. Reaching the target needs +{needed}%.</source>
            <translation>อัตราที่ได้จริงต่ำกว่า {threshold} ต่อชั่วโมงใน {short_weeks} จาก {weeks} สัปดาห์ล่าสุด เฉลี่ย {effective} ต่อชั่วโมง เทียบกับเป้าหมาย {target} มีชั่วโมงที่ไม่ได้คิดเงิน {unbilled} ชั่วโมงต่อสัปดาห์ เทียบกับที่คิดเงิน {billed} ชั่วโมง การถึงเป้าหมายต้องขึ้น +{needed}%</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="260" />
            <source>The effective rate was below {threshold} an hour in {short_weeks} of the last {weeks} weeks; on average {effective} an hour against a target of {target}, with {unbilled} unbilled hours a week beside {billed} billed. Reaching the target needs +{needed}%; the raise is capped at +{cap}%.</source>
            <translation>อัตราที่ได้จริงต่ำกว่า {threshold} ต่อชั่วโมงใน {short_weeks} จาก {weeks} สัปดาห์ล่าสุด เฉลี่ย {effective} ต่อชั่วโมง เทียบกับเป้าหมาย {target} มีชั่วโมงที่ไม่ได้คิดเงิน {unbilled} ชั่วโมงต่อสัปดาห์ เทียบกับที่คิดเงิน {billed} ชั่วโมง การถึงเป้าหมายต้องขึ้น +{needed}% แต่การขึ้นอัตราจำกัดไว้ที่ +{cap}%</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="33" />
            <source>Through after hours with a {percent}% surcharge ({client}'s terms)</source>
            <translation>ส่งถึงนอกเวลาทำการโดยมีค่าบริการเพิ่ม {percent}% (ตามเงื่อนไขของ {client})</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="30" />
            <source>Urgent word: {word}</source>
            <translation>คำเร่งด่วน: {word}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="31" />
            <source>VIP sender: {sender}</source>
            <translation>ผู้ส่ง VIP: {sender}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="19" />
            <source>You are reachable: delivered now</source>
            <translation>คุณติดต่อได้: ส่งถึงทันที</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="43" />
            <source>You asked for them</source>
            <translation>ตามที่คุณขอ</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="244" />
            <source>{ad_hoc_calls} unplanned calls this week (suggested from {threshold}), up to {busiest} on one day; in the four weeks before: {previous}.</source>
            <translation>สัปดาห์นี้มีการโทรที่ไม่ได้นัด {ad_hoc_calls} ครั้ง (เสนอเมื่อถึง {threshold}) มากสุด {busiest} ครั้งต่อวัน สี่สัปดาห์ก่อนหน้า: {previous}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="255" />
            <source>{after_hours_non_urgent} after-hours contacts could have waited (suggested from {threshold}); {weekend} contacts at the weekend; proposed surcharge {surcharge}%.</source>
            <translation>การติดต่อนอกเวลาทำการที่รอได้ {after_hours_non_urgent} รายการ (เสนอเมื่อถึง {threshold}) ติดต่อวันหยุดสุดสัปดาห์ {weekend} รายการ ค่าบริการเพิ่มที่เสนอ {surcharge}%</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="274" />
            <source>{base} The rest of the gap, {gap} a week, as the client's choice: bill {hours} hours of calls and after-hours work at {new_rate} (about {billed_week} a week), or an availability retainer of {retainer} a month.</source>
            <translation>{base} ส่วนต่างที่เหลือ {gap} ต่อสัปดาห์ ให้ลูกค้าเลือก: คิดค่าการโทรและงานนอกเวลา {hours} ชั่วโมงในอัตรา {new_rate} (ประมาณ {billed_week} ต่อสัปดาห์) หรือค่าบริการพร้อมติดต่อรายเดือน {retainer}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="313" />
            <source>{base}; paid after-hours contact ({surcharge_contacts}) earned {surcharge}</source>
            <translation>{base} การติดต่อนอกเวลาที่มีค่าบริการเพิ่ม {surcharge_contacts} รายการ ได้ค่าบริการเพิ่ม {surcharge}</translation>
        </message>
        <message>
            <source>{base}; {surcharge_contacts} paid after-hours contacts earned {surcharge}</source>
            <translation type="vanished">{base} การติดต่อนอกเวลาที่มีค่าบริการเพิ่ม {surcharge_contacts} รายการ ได้ค่าบริการเพิ่ม {surcharge}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="280" />
            <source>{chat} of {contacts} contacts ({share}%) were chat messages (suggested from {threshold}%).</source>
            <translation>ข้อความแชท {chat} จาก {contacts} รายการ ({share}% เสนอเมื่อถึง {threshold}%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="32" />
            <source>{count} contacts from {client} in {minutes} min</source>
            <translation>{client} ติดต่อมา {count} ครั้งใน {minutes} นาที</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="44" />
            <source>{count} waiting: {clients}</source>
            <translation>รออยู่ {count} รายการ: {clients}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="299" />
            <source>{name} cost you {hours} unbilled hours this week, {amount} at your rate; contact after hours: {after_hours} of {contacts}</source>
            <translation>{name} ใช้เวลาที่ไม่ได้คิดเงินของคุณ {hours} ชั่วโมงในสัปดาห์นี้ คิดเป็น {amount} ตามอัตราของคุณ ติดต่อนอกเวลาทำการ {after_hours} จาก {contacts} รายการ</translation>
        </message>
        <message>
            <source>{name} cost you {hours} unbilled hours this week, {amount} at your rate; {after_hours} of {contacts} contacts after hours</source>
            <translation type="vanished">{name} ใช้เวลาที่ไม่ได้คิดเงินของคุณ {hours} ชั่วโมงในสัปดาห์นี้ คิดเป็น {amount} ตามอัตราของคุณ ติดต่อนอกเวลาทำการ {after_hours} จาก {contacts} รายการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="304" />
            <source>{name} cost you {hours} unbilled hours this week; contact after hours: {after_hours} of {contacts}</source>
            <translation>{name} ใช้เวลาที่ไม่ได้คิดเงินของคุณ {hours} ชั่วโมงในสัปดาห์นี้ ติดต่อนอกเวลาทำการ {after_hours} จาก {contacts} รายการ</translation>
        </message>
        <message>
            <source>{name} cost you {hours} unbilled hours this week; {after_hours} of {contacts} contacts after hours</source>
            <translation type="vanished">{name} ใช้เวลาที่ไม่ได้คิดเงินของคุณ {hours} ชั่วโมงในสัปดาห์นี้ ติดต่อนอกเวลาทำการ {after_hours} จาก {contacts} รายการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="309" />
            <source>{name}: all contact this week within the agreed terms ({contacts})</source>
            <translation>{name}: สัปดาห์นี้ติดต่อ {contacts} รายการ ทั้งหมดอยู่ในเงื่อนไขที่ตกลงกัน</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="312" />
            <source>{name}: no contact this week</source>
            <translation>{name}: สัปดาห์นี้ไม่มีการติดต่อ</translation>
        </message>
        <message>
            <source>{name}: {contacts} contacts this week, all within the agreed terms</source>
            <translation type="vanished">{name}: สัปดาห์นี้ติดต่อ {contacts} รายการ ทั้งหมดอยู่ในเงื่อนไขที่ตกลงกัน</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="249" />
            <source>{outside_terms} of {contacts} contacts ({share}%) came outside the agreed terms (suggested from {threshold}%): {after_hours} after hours, {outside_window} in business hours but outside the agreed times for that channel.</source>
            <translation>การติดต่อ {outside_terms} จาก {contacts} รายการ ({share}%) อยู่นอกเงื่อนไข (เสนอเมื่อถึง {threshold}%): นอกเวลาทำการ {after_hours} รายการ ในเวลาทำการแต่นอกช่วงเวลาที่ตกลงสำหรับช่องทางนั้น {outside_window} รายการ</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="src/office_hours/domain/report.py" line="295" />
            <location filename="src/office_hours/ui/status_text.py" line="91" />
            <source>Unknown senders</source>
            <translation>ผู้ส่งที่ไม่รู้จัก</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="27" />
            <source>Calls</source>
            <translation>โทร</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="26" />
            <source>Chat</source>
            <translation>แชท</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="165" />
            <source>Contacts by hour of the week</source>
            <translation>การติดต่อตามชั่วโมงของสัปดาห์</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="120" />
            <source>Contacts per day, by channel</source>
            <translation>การติดต่อรายวัน แยกตามช่องทาง</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="25" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="229" />
            <source>Four weeks: contacts within and outside terms</source>
            <translation>สี่สัปดาห์: การติดต่อในและนอกเงื่อนไข</translation>
        </message>
        <message>
            <source>Four-week trend (outside terms darker)</source>
            <translation type="vanished">แนวโน้ม 4 สัปดาห์ (นอกเงื่อนไขแสดงสีเข้มกว่า)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="35" />
            <source>Fri</source>
            <translation>ศ.</translation>
        </message>
        <message>
            <source>Hour of the week</source>
            <translation type="vanished">ชั่วโมงของสัปดาห์</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="28" />
            <source>Meetings</source>
            <translation>ประชุม</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="31" />
            <source>Mon</source>
            <translation>จ.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="236" />
            <location filename="src/office_hours/documents/charts.py" line="264" />
            <source>Outside terms</source>
            <translation>นอกเงื่อนไข</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="36" />
            <source>Sat</source>
            <translation>ส.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="205" />
            <location filename="src/office_hours/documents/charts.py" line="172" />
            <source>Scale (contacts in an hour):</source>
            <translation>มาตราส่วน (การติดต่อต่อชั่วโมง):</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="37" />
            <source>Sun</source>
            <translation>อา.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="34" />
            <source>Thu</source>
            <translation>พฤ.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="32" />
            <source>Tue</source>
            <translation>อ.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="33" />
            <source>Wed</source>
            <translation>พ.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="236" />
            <location filename="src/office_hours/documents/charts.py" line="263" />
            <source>Within terms</source>
            <translation>ในเงื่อนไข</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>Ad-hoc calls</source>
            <translation type="vanished">โทรโดยไม่นัด</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="329" />
            <source>After hours</source>
            <translation>นอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="443" />
            <source>All clients</source>
            <translation>ลูกค้าทั้งหมด</translation>
        </message>
        <message>
            <source>Because</source>
            <translation type="vanished">เนื่องจาก</translation>
        </message>
        <message>
            <source>Breakthroughs (not urgent)</source>
            <translation type="vanished">แทรกเข้ามา (ไม่เร่งด่วน)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="332" />
            <source>Broke through</source>
            <translation>ทะลุผ่าน</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="325" />
            <source>Client</source>
            <translation>ลูกค้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="326" />
            <source>Contacts</source>
            <translation>การติดต่อ</translation>
        </message>
        <message>
            <source>Contacts by hour of the week</source>
            <translation type="vanished">การติดต่อตามชั่วโมงของสัปดาห์</translation>
        </message>
        <message>
            <source>Contacts per day</source>
            <translation type="vanished">การติดต่อรายวัน</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="335" />
            <source>Contacts, 4 weeks before</source>
            <translation>การติดต่อ 4 สัปดาห์ก่อนหน้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="334" />
            <source>Effective rate</source>
            <translation>อัตราที่ได้จริง</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="327" />
            <source>Email · chat · calls · meetings</source>
            <translation>อีเมล · แชท · โทร · ประชุม</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="409" />
            <source>Figure</source>
            <translation>ตัวเลข</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="331" />
            <source>Held</source>
            <translation>พักไว้</translation>
        </message>
        <message>
            <source>Logged min</source>
            <translation type="vanished">บันทึก (นาที)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="412" />
            <source>Mark</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Nominal</source>
            <translation type="vanished">อัตราตามสัญญา</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="328" />
            <source>Outside terms</source>
            <translation>นอกเงื่อนไข</translation>
        </message>
        <message>
            <source>Refocus cost per contact</source>
            <translation type="vanished">เวลาที่ใช้กลับมาโฟกัสต่อการติดต่อ</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="vanished">แหล่งที่มา</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation type="vanished">คำแนะนำ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="410" />
            <source>This week</source>
            <translation>สัปดาห์นี้</translation>
        </message>
        <message>
            <source>Time cost (h)</source>
            <translation type="vanished">เวลาที่เสียไป (ชม.)</translation>
        </message>
        <message>
            <source>Time cost = logged minutes + {minutes:g} min refocus per contact (configurable).</source>
            <translation type="vanished">เวลาที่เสียไป = นาทีที่บันทึก + {minutes:g} นาทีสำหรับกลับมาโฟกัสต่อการติดต่อหนึ่งครั้ง (ปรับได้)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="394" />
            <source>Times in {zone}.</source>
            <translation>เวลาตามเขตเวลา {zone}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="333" />
            <source>Unbilled hours</source>
            <translation>ชม. ไม่ได้คิดเงิน</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="294" />
            <source>Unbilled time = logged calls and meetings + {minutes:g} min refocus for each contact that broke focus or the terms (outside the agreed times, after hours, unplanned calls, break-throughs); contact inside the agreed windows costs nothing. Source of the {minutes:g} minutes: {source}</source>
            <translation>เวลาที่ไม่ได้คิดเงิน = การโทรและประชุมที่บันทึกไว้ + {minutes:g} นาทีสำหรับกลับมาโฟกัส ต่อการติดต่อแต่ละครั้งที่ขัดจังหวะโฟกัสหรือผิดเงื่อนไข (นอกช่วงเวลาที่ตกลง นอกเวลาทำการ การโทรที่ไม่ได้นัด การทะลุผ่าน) การติดต่อในช่วงเวลาที่ตกลงไม่มีต้นทุน ที่มาของ {minutes:g} นาที: {source}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="330" />
            <source>Unplanned calls</source>
            <translation>โทรไม่ได้นัด</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation type="vanished">วันหยุดสุดสัปดาห์</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="382" />
            <location filename="src/office_hours/documents/report.py" line="392" />
            <source>Weekly report</source>
            <translation>รายงานประจำสัปดาห์</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="263" />
            <source>Weekly report {week} ({dates}), times in {zone}</source>
            <translation>รายงานประจำสัปดาห์ {week} ({dates}) เวลาตามเขต {zone}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="411" />
            <source>Weeks before (mean)</source>
            <translation>สัปดาห์ก่อนหน้า (เฉลี่ย)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="305" />
            <source>interrupted work was resumed after about 25 minutes on average (time until return, not all of it lost).</source>
            <translation>งานที่ถูกขัดจังหวะกลับมาทำต่อโดยเฉลี่ยหลังประมาณ 25 นาที (เป็นเวลาจนกว่าจะกลับมาทำ ไม่ได้เสียไปทั้งหมด)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="273" />
            <source>weeks before: {value}</source>
            <translation>สัปดาห์ก่อนหน้า: {value}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="290" />
            <source>{n} automatic answers sent this week.</source>
            <translation>ส่งการตอบกลับอัตโนมัติ {n} ครั้งในสัปดาห์นี้</translation>
        </message>
    </context>
    <context>
        <name>ReportFigures</name>
        <message>
            <location filename="src/office_hours/documents/report.py" line="129" />
            <source>After hours</source>
            <translation>นอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="153" />
            <source>Effective rate</source>
            <translation>อัตราที่ได้จริง</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="166" />
            <source>Held / broke through</source>
            <translation>พักไว้ / ทะลุผ่าน</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="115" />
            <source>Outside terms</source>
            <translation>นอกเงื่อนไข</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="174" />
            <source>Surcharge earned</source>
            <translation>ค่าบริการเพิ่มที่ได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="103" />
            <source>Unbilled hours</source>
            <translation>ชั่วโมงที่ไม่ได้คิดเงิน</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="140" />
            <source>Unplanned calls</source>
            <translation>การโทรที่ไม่ได้นัด</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="91" />
            <source>against the agreed terms</source>
            <translation>ขัดกับเงื่อนไขที่ตกลงกัน</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="159" />
            <source>below your target of {target}</source>
            <translation>ต่ำกว่าเป้าหมาย {target}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="92" />
            <source>more than in the weeks before</source>
            <translation>มากกว่าสัปดาห์ก่อนหน้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="175" />
            <source>{amount} for {n} paid after-hours contacts</source>
            <translation>{amount} จากการติดต่อนอกเวลาที่มีค่าบริการเพิ่ม {n} รายการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="116" />
            <source>{n} of {total} ({share}%)</source>
            <translation>{n} จาก {total} ({share}%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="154" />
            <source>{rate} an hour (agreed {nominal})</source>
            <translation>{rate} ต่อชั่วโมง (ตามสัญญา {nominal})</translation>
        </message>
    </context>
    <context>
        <name>ReportNumbers</name>
        <message>
            <source>Ad-hoc calls</source>
            <translation type="vanished">โทรโดยไม่นัด</translation>
        </message>
        <message>
            <source>Ad-hoc calls, 4 weeks before</source>
            <translation type="vanished">โทรโดยไม่นัด 4 สัปดาห์ก่อนหน้า</translation>
        </message>
        <message>
            <source>At the weekend</source>
            <translation type="vanished">ในวันหยุดสุดสัปดาห์</translation>
        </message>
        <message>
            <source>Calls on the busiest day</source>
            <translation type="vanished">การโทรในวันที่มากที่สุด</translation>
        </message>
        <message>
            <source>Chat messages</source>
            <translation type="vanished">ข้อความแชต</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation type="vanished">การติดต่อ</translation>
        </message>
        <message>
            <source>Effective rate</source>
            <translation type="vanished">อัตราที่ได้จริง</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation type="vanished">อัตราใหม่</translation>
        </message>
        <message>
            <source>Nominal rate</source>
            <translation type="vanished">อัตราตามสัญญา</translation>
        </message>
        <message>
            <source>Non-urgent after hours</source>
            <translation type="vanished">ไม่เร่งด่วนนอกเวลาทำการ</translation>
        </message>
        <message>
            <source>Outside terms</source>
            <translation type="vanished">นอกเงื่อนไข</translation>
        </message>
        <message>
            <source>Raise (%)</source>
            <translation type="vanished">ขึ้นอัตรา (%)</translation>
        </message>
        <message>
            <source>Share</source>
            <translation type="vanished">สัดส่วน</translation>
        </message>
        <message>
            <source>Share outside terms, 4 weeks before</source>
            <translation type="vanished">สัดส่วนนอกเงื่อนไข 4 สัปดาห์ก่อนหน้า</translation>
        </message>
        <message>
            <source>Surcharge (%)</source>
            <translation type="vanished">ค่าบริการเพิ่ม (%)</translation>
        </message>
        <message>
            <source>Target rate</source>
            <translation type="vanished">อัตราเป้าหมาย</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation type="vanished">เกณฑ์</translation>
        </message>
        <message>
            <source>Threshold (weeks)</source>
            <translation type="vanished">เกณฑ์ (สัปดาห์)</translation>
        </message>
        <message>
            <source>Unbilled hours</source>
            <translation type="vanished">ชั่วโมงที่ไม่ได้เรียกเก็บ</translation>
        </message>
        <message>
            <source>Weeks looked at</source>
            <translation type="vanished">จำนวนสัปดาห์ที่พิจารณา</translation>
        </message>
        <message>
            <source>Weeks mostly outside terms</source>
            <translation type="vanished">สัปดาห์ที่ส่วนใหญ่อยู่นอกเงื่อนไข</translation>
        </message>
    </context>
    <context>
        <name>ReportWindow</name>
        <message>
            <source>4 weeks before</source>
            <translation type="vanished">4 สัปดาห์ก่อนหน้า</translation>
        </message>
        <message>
            <source>Ad-hoc calls</source>
            <translation type="vanished">โทรโดยไม่นัด</translation>
        </message>
        <message>
            <source>After hours</source>
            <translation type="vanished">นอกเวลาทำการ</translation>
        </message>
        <message>
            <source>All clients (select a row for one)</source>
            <translation type="vanished">ลูกค้าทั้งหมด (เลือกแถวเพื่อดูรายเดียว)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="283" />
            <source>Back to the overview</source>
            <translation>กลับไปที่ภาพรวม</translation>
        </message>
        <message>
            <source>Breakthroughs</source>
            <translation type="vanished">แทรกเข้ามา</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation type="vanished">โทร</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation type="vanished">แชต</translation>
        </message>
        <message>
            <source>Client</source>
            <translation type="vanished">ลูกค้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="216" />
            <source>Computing…</source>
            <translation>กำลังคำนวณ…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation type="vanished">การติดต่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="359" />
            <source>Copy message</source>
            <translation>คัดลอกข้อความ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="406" />
            <source>Could not export: {error}</source>
            <translation>ส่งออกไม่สำเร็จ: {error}</translation>
        </message>
        <message>
            <source>Effective rate</source>
            <translation type="vanished">อัตราที่ได้จริง</translation>
        </message>
        <message>
            <source>Email</source>
            <translation type="vanished">อีเมล</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="378" />
            <source>Export the report</source>
            <translation>ส่งออกรายงาน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="114" />
            <source>Export {format}</source>
            <translation>ส่งออก {format}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="89" />
            <location filename="src/office_hours/ui/report_window.py" line="283" />
            <source>Full table</source>
            <translation>ตารางเต็ม</translation>
        </message>
        <message>
            <source>Held</source>
            <translation type="vanished">พักไว้</translation>
        </message>
        <message>
            <source>Logged min</source>
            <translation type="vanished">บันทึก (นาที)</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation type="vanished">ประชุม</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="83" />
            <source>Next week ▶</source>
            <translation>สัปดาห์ถัดไป ▶</translation>
        </message>
        <message>
            <source>No suggestions this week.</source>
            <translation type="vanished">สัปดาห์นี้ไม่มีคำแนะนำ</translation>
        </message>
        <message>
            <source>Not urgent</source>
            <translation type="vanished">ไม่เร่งด่วน</translation>
        </message>
        <message>
            <source>Outside terms</source>
            <translation type="vanished">นอกเงื่อนไข</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="409" />
            <source>Saved {path}</source>
            <translation>บันทึกแล้ว: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="340" />
            <source>Suggestions</source>
            <translation>คำแนะนำ</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="vanished">เป้าหมาย</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="235" />
            <source>The report could not be computed: {error}</source>
            <translation>คำนวณรายงานไม่สำเร็จ: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="85" />
            <location filename="src/office_hours/ui/report_window.py" line="307" />
            <source>This week</source>
            <translation>สัปดาห์นี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="128" />
            <source>This week against the weeks before</source>
            <translation>สัปดาห์นี้เทียบกับสัปดาห์ก่อนหน้า</translation>
        </message>
        <message>
            <source>Time cost (h)</source>
            <translation type="vanished">เวลาที่เสียไป (ชม.)</translation>
        </message>
        <message>
            <source>Time cost = logged minutes + {minutes:g} min refocus per contact (report.refocus_minutes). The default is a judgement below this study's figure: {source}</source>
            <translation type="vanished">เวลาที่เสียไป = นาทีที่บันทึก + {minutes:g} นาทีสำหรับกลับมาโฟกัสต่อการติดต่อหนึ่งครั้ง (report.refocus_minutes) ค่าเริ่มต้นเป็นการประมาณที่ต่ำกว่าตัวเลขของงานวิจัยนี้: {source}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="247" />
            <source>Times in {zone}</source>
            <translation>เวลาตามเขต {zone}</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation type="vanished">วันหยุดสุดสัปดาห์</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="70" />
            <source>Weekly report — Office Hours</source>
            <translation>รายงานประจำสัปดาห์ — Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="307" />
            <source>Weeks before</source>
            <translation>สัปดาห์ก่อนหน้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="254" />
            <source>{hours} unbilled h</source>
            <translation>ไม่ได้คิดเงิน {hours} ชม.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="81" />
            <source>◀ Previous week</source>
            <translation>◀ สัปดาห์ก่อน</translation>
        </message>
    </context>
    <context>
        <name>Secret</name>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>A Slack user token (xoxp-…) with the scopes in the README.</source>
            <translation>โทเค็นผู้ใช้ Slack (xoxp-…) ที่มีขอบเขตสิทธิ์ตามที่ระบุใน README</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Matrix access token</source>
            <translation>โทเค็นการเข้าถึง Matrix</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Slack token</source>
            <translation>โทเค็น Slack</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The access token of your Matrix account.</source>
            <translation>โทเค็นการเข้าถึงของบัญชี Matrix ของคุณ</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="52" />
            <source>no keyring available: passwords cannot be kept safely on this machine. On GNOME install gnome-keyring, on KDE enable KWallet; on a machine without a desktop start gnome-keyring-daemon (with dbus-run-session). Office Hours never stores passwords in a file.</source>
            <translation>ไม่มีที่เก็บรหัสผ่าน (keyring): เก็บรหัสผ่านบนเครื่องนี้อย่างปลอดภัยไม่ได้ บน GNOME ให้ติดตั้ง gnome-keyring บน KDE ให้เปิด KWallet บนเครื่องที่ไม่มีเดสก์ท็อปให้เริ่ม gnome-keyring-daemon (ด้วย dbus-run-session) Office Hours ไม่เคยเก็บรหัสผ่านไว้ในไฟล์</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="58" />
            <source>the only keyring found keeps passwords in plain text; </source>
            <translation>ที่เก็บรหัสผ่านเดียวที่พบเก็บรหัสผ่านเป็นข้อความธรรมดา; </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>A new language applies after Office Hours restarts.</source>
            <translation type="vanished">ภาษาใหม่จะมีผลหลังจากเริ่ม Office Hours ใหม่</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="134" />
            <source>Accounts</source>
            <translation>บัญชี</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="214" />
            <source>Add</source>
            <translation>เพิ่ม</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="145" />
            <source>Automatic answers</source>
            <translation>การตอบกลับอัตโนมัติ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="41" />
            <source>Business hours</source>
            <translation>เวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="307" />
            <source>Chat tokens (kept in your keyring)</source>
            <translation>โทเค็นแชต (อยู่ในที่เก็บรหัสผ่าน)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="111" />
            <source>Clients and terms</source>
            <translation>ลูกค้าและเงื่อนไข</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="100" />
            <source>Contact windows and response times</source>
            <translation>ช่วงเวลาติดต่อและระยะเวลาตอบกลับ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="141" />
            <source>Contact-terms sheet</source>
            <translation>เอกสารเงื่อนไขการติดต่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="94" />
            <source>Contact-terms sheet…</source>
            <translation>เอกสารเงื่อนไขการติดต่อ…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="47" />
            <source>Desktop notifications</source>
            <translation>การแจ้งเตือนบนเดสก์ท็อป</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="48" />
            <source>Do not disturb in focus</source>
            <translation>ห้ามรบกวนระหว่างโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="42" />
            <source>Focus and batches</source>
            <translation>โฟกัสและรอบส่งต่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="40" />
            <source>General and language</source>
            <translation>ทั่วไปและภาษา</translation>
        </message>
        <message>
            <source>Mail accounts and chat sources are connected when Office Hours starts: restart it after changing them. Everything else applies at once.</source>
            <translation type="vanished">บัญชีอีเมลและแหล่งแชตจะเชื่อมต่อเมื่อ Office Hours เริ่มทำงาน โปรดเริ่มแอปใหม่หลังแก้ไข การตั้งค่าอื่นจะมีผลทันที</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="46" />
            <source>Matrix</source>
            <translation>Matrix</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="107" />
            <source>New client</source>
            <translation>ลูกค้าใหม่</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="125" />
            <source>No mail account yet. Press Add to let Office Hours watch a mailbox (IMAP) and count each client's mail; the password goes to your keyring.</source>
            <translation>ยังไม่มีบัญชีอีเมล กด เพิ่ม เพื่อให้ Office Hours เฝ้าดูกล่องจดหมาย (IMAP) และนับอีเมลของลูกค้าแต่ละราย รหัสผ่านจะเก็บไว้ในที่เก็บรหัสผ่าน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="74" />
            <source>Office Hours settings</source>
            <translation>การตั้งค่า Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="176" />
            <source>Password</source>
            <translation>รหัสผ่าน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="216" />
            <source>Remove</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="137" />
            <source>Save this client first.</source>
            <translation>โปรดบันทึกลูกค้ารายนี้ก่อน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="264" />
            <source>Settings saved, but not the password for {user}: {why}</source>
            <translation>บันทึกการตั้งค่าแล้ว แต่บันทึกรหัสผ่านของ {user} ไม่สำเร็จ: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="45" />
            <source>Slack</source>
            <translation>Slack</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="43" />
            <source>Urgency</source>
            <translation>ความเร่งด่วน</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="44" />
            <source>Weekly report</source>
            <translation>รายงานประจำสัปดาห์</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="154" />
            <source>Written: {path}</source>
            <translation>บันทึกแล้ว: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="49" />
            <source>no keyring: cannot be saved (see above)</source>
            <translation>ไม่มีที่เก็บรหัสผ่าน: บันทึกไม่ได้ (ดูด้านบน)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="66" />
            <source>not set</source>
            <translation>ยังไม่ได้ตั้ง</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation type="vanished">ไม่เปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="67" />
            <source>unchanged (kept in your keyring)</source>
            <translation>ไม่เปลี่ยนแปลง (อยู่ในที่เก็บรหัสผ่าน)</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="98" />
            <source>Could not change the mode</source>
            <translation>เปลี่ยนโหมดไม่สำเร็จ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="75" />
            <source>Could not read the state</source>
            <translation>อ่านสถานะไม่สำเร็จ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="116" />
            <source>Could not release the held items</source>
            <translation>ปล่อยรายการที่พักไว้ไม่สำเร็จ</translation>
        </message>
        <message>
            <source>No editor could be opened. Your settings file is:
{path}

Office Hours reads it when it starts: restart the app after saving.</source>
            <translation type="vanished">เปิดโปรแกรมแก้ไขไม่ได้ ไฟล์การตั้งค่าของคุณอยู่ที่:
{path}

Office Hours อ่านไฟล์นี้ตอนเริ่มทำงาน โปรดเริ่มแอปใหม่หลังบันทึก</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="122" />
            <source>Nothing is waiting</source>
            <translation>ไม่มีรายการรออยู่</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation type="vanished">การตั้งค่า</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="199" />
            <source>Your settings file has an error; the previous settings stay in use</source>
            <translation>ไฟล์การตั้งค่ามีข้อผิดพลาด จึงยังใช้การตั้งค่าเดิมอยู่</translation>
        </message>
        <message>
            <source>Your settings file is open in your editor:
{path}

Office Hours reads it when it starts: restart the app after saving.</source>
            <translation type="vanished">ไฟล์การตั้งค่าเปิดอยู่ในโปรแกรมแก้ไขแล้ว:
{path}

Office Hours อ่านไฟล์นี้ตอนเริ่มทำงาน โปรดเริ่มแอปใหม่หลังบันทึก</translation>
        </message>
    </context>
    <context>
        <name>ShellActions</name>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="92" />
            <source>Could not change start at login</source>
            <translation>เปลี่ยนการเริ่มเมื่อเข้าสู่ระบบไม่สำเร็จ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="66" />
            <source>Digest…</source>
            <translation>สรุปรายการ…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="68" />
            <source>Log a call…</source>
            <translation>บันทึกการโทร…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="65" />
            <source>Off hours</source>
            <translation>นอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="72" />
            <source>Quit</source>
            <translation>ออก</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="63" />
            <source>Reachable</source>
            <translation>ติดต่อได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="67" />
            <source>Release held items now</source>
            <translation>ปล่อยรายการที่พักไว้ตอนนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="70" />
            <source>Settings…</source>
            <translation>การตั้งค่า…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="71" />
            <source>Start at login</source>
            <translation>เริ่มเมื่อเข้าสู่ระบบ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="64" />
            <source>Until I turn it off</source>
            <translation>จนกว่าจะปิดเอง</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="69" />
            <source>Weekly report…</source>
            <translation>รายงานประจำสัปดาห์…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="75" />
            <source>{minutes} min</source>
            <translation>{minutes} นาที</translation>
        </message>
    </context>
    <context>
        <name>ShellHost</name>
        <message>
            <location filename="src/office_hours/ui/host.py" line="124" />
            <source>Office Hours is already running</source>
            <translation>Office Hours ทำงานอยู่แล้ว</translation>
        </message>
    </context>
    <context>
        <name>SourceState</name>
        <message>
            <location filename="src/office_hours/state_words.py" line="74" />
            <source>Desktop notifications</source>
            <translation>การแจ้งเตือนบนเดสก์ท็อป</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="72" />
            <source>Mail {account}</source>
            <translation>อีเมล {account}</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="38" />
            <source>a library is missing: reinstall Office Hours with this part</source>
            <translation>ไม่มีไลบรารีที่จำเป็น: ติดตั้ง Office Hours ใหม่พร้อมส่วนนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="45" />
            <source>cannot open the database</source>
            <translation>เปิดฐานข้อมูลไม่ได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="47" />
            <source>cannot run</source>
            <translation>ทำงานไม่ได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="29" />
            <source>certificate not trusted: if this is your own server, set ca_file to its CA certificate; otherwise someone may be intercepting the connection</source>
            <translation>ใบรับรองไม่น่าเชื่อถือ: หากเป็นเซิร์ฟเวอร์ของคุณเอง ให้ตั้ง ca_file เป็นใบรับรอง CA ของเซิร์ฟเวอร์ มิฉะนั้นอาจมีผู้ดักการเชื่อมต่ออยู่</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="20" />
            <source>connected</source>
            <translation>เชื่อมต่อแล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="46" />
            <source>connected, but folders cannot be opened</source>
            <translation>เชื่อมต่อแล้ว แต่เปิดโฟลเดอร์ไม่ได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="22" />
            <source>connection lost</source>
            <translation>การเชื่อมต่อขาดหาย</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="26" />
            <source>login refused: check the password or token saved in the keyring</source>
            <translation>เข้าสู่ระบบไม่สำเร็จ: ตรวจสอบรหัสผ่านหรือโทเค็นที่บันทึกไว้ในคีย์ริง</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="41" />
            <source>no desktop session bus: log in to a desktop session</source>
            <translation>ไม่มีบัสของเซสชันเดสก์ท็อป: เข้าสู่ระบบเซสชันเดสก์ท็อป</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="34" />
            <source>no keyring available: passwords and tokens cannot be read (see office-hours doctor)</source>
            <translation>ไม่มีคีย์ริง: อ่านรหัสผ่านและโทเค็นไม่ได้ (ดู office-hours doctor)</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="37" />
            <source>no password or token saved yet</source>
            <translation>ยังไม่ได้บันทึกรหัสผ่านหรือโทเค็น</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="23" />
            <source>server not reachable</source>
            <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="19" />
            <source>starting</source>
            <translation>กำลังเริ่ม</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="49" />
            <source>stopped</source>
            <translation>หยุดแล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="48" />
            <source>stopped after an internal error (see the log)</source>
            <translation>หยุดหลังเกิดข้อผิดพลาดภายใน (ดูบันทึก)</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="25" />
            <source>the server asked us to wait</source>
            <translation>เซิร์ฟเวอร์ขอให้รอ</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="24" />
            <source>the server did not answer in time</source>
            <translation>เซิร์ฟเวอร์ไม่ตอบภายในเวลา</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="44" />
            <source>the session bus refused monitoring</source>
            <translation>บัสของเซสชันไม่อนุญาตให้เฝ้าดู</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="21" />
            <source>watching</source>
            <translation>กำลังเฝ้าดู</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="66" />
            <source>{source}: {state}</source>
            <translation>{source}: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="57" />
            <source>{state} ({detail})</source>
            <translation>{state} ({detail})</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="60" />
            <source>{state}; next try in {seconds} s</source>
            <translation>{state} ลองใหม่ใน {seconds} วินาที</translation>
        </message>
    </context>
    <context>
        <name>StartupError</name>
        <message>
            <location filename="src/office_hours/ui/startup_error.py" line="19" />
            <source>Office Hours cannot start</source>
            <translation>Office Hours เริ่มทำงานไม่ได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/startup_error.py" line="20" />
            <source>Office Hours cannot start:

{problem}

Nothing was changed. Fix the problem and start Office Hours again.</source>
            <translation>Office Hours เริ่มทำงานไม่ได้:

{problem}

ไม่มีการเปลี่ยนแปลงใด ๆ โปรดแก้ไขปัญหาแล้วเริ่ม Office Hours อีกครั้ง</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="95" />
            <source>+{count} more</source>
            <translation>อีก {count}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="108" />
            <source>Emergency waiting: {title}</source>
            <translation>มีเรื่องด่วนรออยู่: {title}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="33" />
            <source>Focus</source>
            <translation>โฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="34" />
            <source>Off hours</source>
            <translation>นอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="100" />
            <source>Office Hours</source>
            <translation>Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="32" />
            <source>Reachable</source>
            <translation>ติดต่อได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="70" />
            <source>back at {time}</source>
            <translation>กลับมาเวลา {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="76" />
            <source>next batch {time}</source>
            <translation>รอบถัดไป {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="67" />
            <source>{count} waiting</source>
            <translation>รออยู่ {count}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="58" />
            <source>{mode} until you turn it off</source>
            <translation>{mode} จนกว่าคุณจะปิด</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="61" />
            <source>{mode} until {time}</source>
            <translation>{mode} ถึง {time}</translation>
        </message>
    </context>
    <context>
        <name>TermsSheet</name>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="233" />
            <source>A marked emergency reaches the Contractor at once, also during focused work. Please reserve it for real emergencies.</source>
            <translation>ข้อความที่ระบุว่าเป็นกรณีฉุกเฉินจะถึงผู้รับจ้างทันที แม้ในช่วงที่ทำงานอย่างมีสมาธิ โปรดใช้เฉพาะกรณีฉุกเฉินจริงเท่านั้น</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="158" />
            <source>All times in this document are local times in the time zone {zone} ({offset} on {date}).</source>
            <translation>เวลาทั้งหมดในเอกสารนี้เป็นเวลาท้องถิ่นตามเขตเวลา {zone} ({offset} ณ วันที่ {date})</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="204" />
            <source>An emergency is a fault that stops the Client's business from operating and cannot wait until the next business day, for example a service outage.</source>
            <translation>กรณีฉุกเฉิน หมายถึง ความขัดข้องที่ทำให้ธุรกิจของผู้ว่าจ้างดำเนินการต่อไม่ได้ และไม่อาจรอถึงวันทำการถัดไป เช่น ระบบหรือบริการล่ม</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="271" />
            <source>Appendix to the agreement between {client} and {contractor}</source>
            <translation>ภาคผนวกแนบท้ายสัญญาระหว่าง {client} และ {contractor}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="244" />
            <source>Batched replies</source>
            <translation>การตอบกลับเป็นรอบ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="156" />
            <source>Business hours</source>
            <translation>เวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="193" />
            <source>Calls and meetings outside these windows take place by prior arrangement only.</source>
            <translation>การโทรและการประชุมนอกช่วงเวลาดังกล่าวต้องนัดหมายล่วงหน้าเท่านั้น</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="173" />
            <source>Channel</source>
            <translation>ช่องทาง</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="121" />
            <source>Chat and messengers</source>
            <translation>แชตและแอปส่งข้อความ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="261" />
            <location filename="src/office_hours/documents/terms.py" line="275" />
            <source>Client</source>
            <translation>ผู้ว่าจ้าง</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="270" />
            <source>Contact terms</source>
            <translation>เงื่อนไขการติดต่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="172" />
            <source>Contact windows and response times</source>
            <translation>ช่วงเวลาติดต่อและระยะเวลาตอบกลับ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="261" />
            <location filename="src/office_hours/documents/terms.py" line="276" />
            <source>Contractor</source>
            <translation>ผู้รับจ้าง</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="265" />
            <location filename="src/office_hours/documents/terms.py" line="265" />
            <location filename="src/office_hours/documents/terms.py" line="277" />
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="166" />
            <source>Days</source>
            <translation>วัน</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="183" />
            <source>During business hours</source>
            <translation>ในเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="120" />
            <source>Email</source>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="202" />
            <source>Emergencies</source>
            <translation>กรณีฉุกเฉิน</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="166" />
            <source>Hours</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="280" />
            <source>Made with Office Hours.</source>
            <translation>จัดทำด้วย Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="123" />
            <source>Meetings</source>
            <translation>การประชุม</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="246" />
            <source>Messages that are not emergencies are read and answered in batches, at {times}.</source>
            <translation>ข้อความที่ไม่ใช่กรณีฉุกเฉินจะได้รับการอ่านและตอบกลับเป็นรอบ ในเวลา {times} น.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="189" />
            <source>No fixed time; replies within business hours</source>
            <translation>ไม่กำหนดระยะเวลา ตอบกลับในเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="169" />
            <source>No regular business hours are set.</source>
            <translation>ไม่ได้กำหนดเวลาทำการประจำ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="180" />
            <source>Not used</source>
            <translation>ไม่ใช้ช่องทางนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="200" />
            <source>Outside business hours</source>
            <translation>นอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="135" />
            <source>Outside business hours, only emergencies are handled (see “Emergencies”). Other messages are answered on the next business day.</source>
            <translation>นอกเวลาทำการ ผู้รับจ้างจะดำเนินการเฉพาะกรณีฉุกเฉินเท่านั้น (ดูหัวข้อ “กรณีฉุกเฉิน”) ข้อความอื่นจะได้รับการตอบกลับในวันทำการถัดไป</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="141" />
            <source>Outside business hours, requests are handled at a surcharge of {percent}% on the agreed hourly rate.</source>
            <translation>นอกเวลาทำการ คำขอจะได้รับการดำเนินการโดยคิดค่าบริการเพิ่ม {percent}% จากอัตราค่าจ้างรายชั่วโมงที่ตกลงกันไว้</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="146" />
            <source>Outside business hours, requests are handled at a surcharge to be agreed separately.</source>
            <translation>นอกเวลาทำการ คำขอจะได้รับการดำเนินการโดยคิดค่าบริการเพิ่มตามอัตราที่ตกลงกันเป็นกรณีไป</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="122" />
            <source>Phone and video calls</source>
            <translation>การโทรและวิดีโอคอล</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="226" />
            <source>Repeated contact also counts as urgent: {count} or more contacts within {minutes} min.</source>
            <translation>การติดต่อซ้ำถือเป็นเรื่องเร่งด่วนเช่นกัน: ติดต่อตั้งแต่ {count} ครั้งขึ้นไปภายใน {minutes} นาที</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="173" />
            <source>Response time</source>
            <translation>ระยะเวลาตอบกลับ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="264" />
            <location filename="src/office_hours/documents/terms.py" line="264" />
            <source>Signature</source>
            <translation>ลายมือชื่อ</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="260" />
            <source>Signatures</source>
            <translation>ลงนามทั้งสองฝ่าย</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="129" />
            <source>The Contractor is not available outside business hours, emergencies included. Messages received outside business hours are answered on the next business day.</source>
            <translation>ผู้รับจ้างไม่สามารถติดต่อได้นอกเวลาทำการ รวมถึงกรณีฉุกเฉิน ข้อความที่ได้รับนอกเวลาทำการจะได้รับการตอบกลับในวันทำการถัดไป</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="221" />
            <source>These words also mark an emergency: {words}.</source>
            <translation>คำต่อไปนี้ใช้ระบุกรณีฉุกเฉินได้เช่นกัน: {words}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="213" />
            <source>To mark a message as an emergency, put one of these words in its subject or first line: {words}.</source>
            <translation>หากต้องการระบุว่าข้อความเป็นกรณีฉุกเฉิน ให้ใส่คำใดคำหนึ่งต่อไปนี้ในหัวเรื่องหรือบรรทัดแรกของข้อความ: {words}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="173" />
            <source>When to contact</source>
            <translation>ช่วงเวลาที่ติดต่อได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="185" />
            <source>Within {hours} h during business hours</source>
            <translation>ภายใน {hours} ชั่วโมงในเวลาทำการ</translation>
        </message>
    </context>
    <context>
        <name>TrayApp</name>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="329" />
            <source>Settings file not applied: {problem}</source>
            <translation>ไม่ได้ใช้ไฟล์การตั้งค่า: {problem}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="387" />
            <source>Week {week}: see who interrupted how often, and what to propose.</source>
            <translation>สัปดาห์ {week}: ดูว่าใครขัดจังหวะบ่อยแค่ไหน และควรเสนออะไร</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="386" />
            <source>Your weekly report is ready</source>
            <translation>รายงานประจำสัปดาห์พร้อมแล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="338" />
            <source>{target}: {state}</source>
            <translation>{target}: {state}</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <location filename="src/office_hours/ui/tray.py" line="69" />
            <source>Focus</source>
            <translation>โฟกัส</translation>
        </message>
        <message>
            <source>Mail {account}: {state}</source>
            <translation type="vanished">อีเมล {account}: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray.py" line="142" />
            <source>Waiting</source>
            <translation>รอคำตอบ</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray.py" line="144" />
            <source>Waiting ({n} overdue)</source>
            <translation>รอคำตอบ (เลยกำหนด {n})</translation>
        </message>
        <message>
            <source>{source}: {state}</source>
            <translation type="vanished">{source}: {state}</translation>
        </message>
    </context>
    <context>
        <name>Unread</name>
        <message>
            <location filename="src/office_hours/unread_words.py" line="35" />
            <source>due in {age}</source>
            <translation>ครบกำหนดในอีก {age}</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="34" />
            <source>overdue by {age}</source>
            <translation>เลยกำหนดมา {age}</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="40" />
            <source>{client}: {count} unread, oldest {age}</source>
            <translation>{client}: ยังไม่อ่าน {count} ฉบับ เก่าสุด {age}</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="44" />
            <source>{line}, {due}</source>
            <translation>{line}, {due}</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="25" />
            <source>{n} d</source>
            <translation>{n} วัน</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="24" />
            <source>{n} h</source>
            <translation>{n} ชม.</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="22" />
            <source>{n} min</source>
            <translation>{n} นาที</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="186" />
            <location filename="src/office_hours/ui/status_text.py" line="24" />
            <source>Fri</source>
            <translation>ศ.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="43" />
            <source>Friday</source>
            <translation>วันศุกร์</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="182" />
            <location filename="src/office_hours/ui/status_text.py" line="20" />
            <source>Mon</source>
            <translation>จ.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="39" />
            <source>Monday</source>
            <translation>วันจันทร์</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="187" />
            <location filename="src/office_hours/ui/status_text.py" line="25" />
            <source>Sat</source>
            <translation>ส.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="44" />
            <source>Saturday</source>
            <translation>วันเสาร์</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="188" />
            <location filename="src/office_hours/ui/status_text.py" line="26" />
            <source>Sun</source>
            <translation>อา.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="45" />
            <source>Sunday</source>
            <translation>วันอาทิตย์</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="185" />
            <location filename="src/office_hours/ui/status_text.py" line="23" />
            <source>Thu</source>
            <translation>พฤ.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="42" />
            <source>Thursday</source>
            <translation>วันพฤหัสบดี</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="183" />
            <location filename="src/office_hours/ui/status_text.py" line="21" />
            <source>Tue</source>
            <translation>อ.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="40" />
            <source>Tuesday</source>
            <translation>วันอังคาร</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="184" />
            <location filename="src/office_hours/ui/status_text.py" line="22" />
            <source>Wed</source>
            <translation>พ.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="41" />
            <source>Wednesday</source>
            <translation>วันพุธ</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>  contacts {n} ({channels}); outside terms {o}; after hours {a}; held {h}; breakthroughs {b}; logged {m} min</source>
            <translation type="vanished">  ติดต่อ {n} ({channels}); นอกเงื่อนไข {o}; นอกเวลาทำการ {a}; พักไว้ {h}; แทรกเข้ามา {b}; บันทึก {m} นาที</translation>
        </message>
        <message>
            <source>  effective rate {eff} {cur}/h (nominal {nom})</source>
            <translation type="vanished">  อัตราที่ได้จริง {eff} {cur}/ชม. (ตามสัญญา {nom})</translation>
        </message>
        <message>
            <source>  weekend {w}; ad-hoc calls {ad}; not urgent {nu}; time cost {t} h; 4 weeks before: {trend}</source>
            <translation type="vanished">  วันหยุดสุดสัปดาห์ {w}; โทรโดยไม่นัด {ad}; ไม่เร่งด่วน {nu}; เวลาที่เสียไป {t} ชม.; 4 สัปดาห์ก่อนหน้า: {trend}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="217" />
            <source> until you turn it off</source>
            <translation> จนกว่าคุณจะปิด</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="66" />
            <source>'schedule' returns to your business hours</source>
            <translation>'schedule' กลับไปใช้ตารางเวลาทำการของคุณ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="243" />
            <source>'schedule' takes no --for or --until</source>
            <translation>'schedule' ไม่รับ --for หรือ --until</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="501" />
            <source>--at {text} is not a time like 14:00 or 2026-11-23 14:00</source>
            <translation>--at {text} ไม่ใช่เวลาในรูปแบบ 14:00 หรือ 2026-11-23 14:00</translation>
        </message>
        <message>
            <source>--format pdf needs --out FILE</source>
            <translation type="vanished">--format pdf ต้องระบุ --out ไฟล์</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="521" />
            <source>--minutes must be between 1 and 1440, got {n}</source>
            <translation>--minutes ต้องอยู่ระหว่าง 1 ถึง 1440 แต่ได้ {n}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="397" />
            <source>; did you mean {name}?</source>
            <translation>; หมายถึง {name} หรือไม่?</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="53" />
            <source>Focus for freelancers: holds client contact, lets emergencies through, and counts every interruption.</source>
            <translation>โฟกัสสำหรับฟรีแลนซ์: พักการติดต่อจากลูกค้าไว้ ปล่อยเรื่องฉุกเฉินผ่าน และนับทุกการขัดจังหวะ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="336" />
            <source>Held: {n}</source>
            <translation>พักไว้: {n}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="89" />
            <source>Logged in as {user} (device {device}); the access token is in the keyring, the password was not kept.</source>
            <translation>เข้าสู่ระบบเป็น {user} แล้ว (อุปกรณ์ {device}) โทเค็นการเข้าถึงเก็บไว้ในพวงกุญแจ ไม่ได้เก็บรหัสผ่าน</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="531" />
            <location filename="src/office_hours/ui/log_call.py" line="153" />
            <source>Logged {minutes} min with {client}</source>
            <translation>บันทึกแล้ว {minutes} นาทีกับ {client}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="75" />
            <source>Matrix password for {user}: </source>
            <translation>รหัสผ่าน Matrix ของ {user}: </translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="447" />
            <source>NUL characters removed from {field}</source>
            <translation>ลบอักขระ NUL ออกจาก {field} แล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="339" />
            <source>Next batch: {time}</source>
            <translation>รอบถัดไป: {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="321" />
            <source>Nothing was waiting.</source>
            <translation>ไม่มีรายการที่รออยู่</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/start.py" line="17" />
            <source>Office Hours is already running.</source>
            <translation>Office Hours ทำงานอยู่แล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="98" />
            <source>Set [matrix] homeserver = "{hs}" and user_id = "{user}" in {path}.</source>
            <translation>ตั้งค่า [matrix] homeserver = "{hs}" และ user_id = "{user}" ใน {path}</translation>
        </message>
        <message>
            <source>Time cost: logged minutes + {m:g} min refocus per contact. {source}</source>
            <translation type="vanished">เวลาที่เสียไป: นาทีที่บันทึก + {m:g} นาทีสำหรับกลับมาโฟกัสต่อการติดต่อหนึ่งครั้ง {source}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="343" />
            <source>Tray app: {state}</source>
            <translation>แอปในถาดระบบ: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="350" />
            <source>Waiting for an answer:</source>
            <translation>รอคำตอบ:</translation>
        </message>
        <message>
            <source>Week {week} ({tz})</source>
            <translation type="vanished">สัปดาห์ {week} ({tz})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="28" />
            <source>a client's contact-terms sheet (md, html, pdf)</source>
            <translation>เอกสารเงื่อนไขการติดต่อของลูกค้า (md, html, pdf)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="99" />
            <source>a meeting, not a call</source>
            <translation>การประชุม ไม่ใช่การโทร</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="98" />
            <source>a short note</source>
            <translation>บันทึกสั้น ๆ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="36" />
            <source>add this client's own contact windows</source>
            <translation>เพิ่มช่วงเวลาติดต่อเฉพาะของลูกค้ารายนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="80" />
            <source>bring back everything held, now</source>
            <translation>ปล่อยทุกรายการที่พักไว้ตอนนี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="449" />
            <source>bytes that are not UTF-8 replaced</source>
            <translation>แทนที่ไบต์ที่ไม่ใช่ UTF-8 แล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="471" />
            <source>cannot be stored: {why}</source>
            <translation>บันทึกไม่ได้: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="588" />
            <location filename="src/office_hours/cli/commands.py" line="573" />
            <location filename="src/office_hours/cli/terms.py" line="101" />
            <source>cannot write {path}: {why}</source>
            <translation>เขียน {path} ไม่ได้: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="91" />
            <location filename="src/office_hours/cli/terms.py" line="29" />
            <source>client id or name</source>
            <translation>รหัสหรือชื่อลูกค้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="128" />
            <source>default: matrix.homeserver</source>
            <translation>ค่าเริ่มต้น: matrix.homeserver</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="129" />
            <source>default: matrix.user_id</source>
            <translation>ค่าเริ่มต้น: matrix.user_id</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="102" />
            <source>e.g. 2026-W47; default this week</source>
            <translation>เช่น 2026-W47 ค่าเริ่มต้นคือสัปดาห์นี้</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="32" />
            <location filename="src/office_hours/cli/terms.py" line="37" />
            <source>en, ru or th (default: general.language)</source>
            <translation>en, ru หรือ th (ค่าเริ่มต้น: general.language)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="62" />
            <source>give the homeserver (--homeserver https://…) or set matrix.homeserver</source>
            <translation>ระบุเซิร์ฟเวอร์ (--homeserver https://…) หรือตั้งค่า matrix.homeserver</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="69" />
            <source>give your user id (--user @me:example.org) or set matrix.user_id</source>
            <translation>ระบุรหัสผู้ใช้ของคุณ (--user @me:example.org) หรือตั้งค่า matrix.user_id</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="92" />
            <source>how long it took</source>
            <translation>ใช้เวลานานเท่าใด</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="73" />
            <source>how long, e.g. 25m, 90m, 1h30m</source>
            <translation>นานเท่าใด เช่น 25m, 90m, 1h30m</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="450" />
            <source>invalid characters replaced in {field}</source>
            <translation>แทนที่อักขระที่ไม่ถูกต้องใน {field} แล้ว</translation>
        </message>
        <message>
            <source>json follows docs/report-schema.md; pdf needs --out</source>
            <translation type="vanished">json เป็นไปตาม docs/report-schema.md; pdf ต้องระบุ --out</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="107" />
            <source>json follows docs/report-schema.md; pdf without --out writes a named file</source>
            <translation>json เป็นไปตาม docs/report-schema.md; pdf ที่ไม่มี --out จะเขียนเป็นไฟล์ที่ตั้งชื่อให้</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="138" />
            <source>list what would move; move nothing</source>
            <translation>แสดงสิ่งที่จะถูกย้าย โดยไม่ย้ายจริง</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="126" />
            <source>log in to Matrix once; keeps only the access token</source>
            <translation>เข้าสู่ระบบ Matrix ครั้งเดียว เก็บเฉพาะโทเค็นการเข้าถึง</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="78" />
            <location filename="src/office_hours/cli/commands.py" line="81" />
            <source>machine-readable output</source>
            <translation>ผลลัพธ์สำหรับโปรแกรมอ่าน</translation>
        </message>
        <message>
            <source>mail accounts: save a password</source>
            <translation type="vanished">บัญชีอีเมล: บันทึกรหัสผ่าน</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="117" />
            <source>mail and chat accounts: save a password, log in</source>
            <translation>บัญชีอีเมลและแชต: บันทึกรหัสผ่าน เข้าสู่ระบบ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="131" />
            <source>mail: file each client's mail into its folder</source>
            <translation>อีเมล: จัดเก็บอีเมลของลูกค้าแต่ละรายลงโฟลเดอร์ของลูกค้า</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="31" />
            <source>md, html or pdf (default md)</source>
            <translation>md, html หรือ pdf (ค่าเริ่มต้น md)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="134" />
            <source>move client mail into client folders (file_by_client = true)</source>
            <translation>ย้ายอีเมลของลูกค้าไปยังโฟลเดอร์ของลูกค้า (file_by_client = true)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="143" />
            <source>move everything filed back (file_by_client off first)</source>
            <translation>ย้ายทุกอย่างที่จัดเก็บแล้วกลับ (ปิด file_by_client ก่อน)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="516" />
            <location filename="src/office_hours/documents/terms.py" line="393" />
            <source>no client {name} in {path} (known: {known})</source>
            <translation>ไม่มีลูกค้า {name} ใน {path} (ที่มีอยู่: {known})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="79" />
            <source>no password given; nothing was saved</source>
            <translation>ไม่ได้ใส่รหัสผ่าน ไม่ได้บันทึกสิ่งใด</translation>
        </message>
        <message>
            <location filename="src/office_hours/i18n.py" line="102" />
            <source>no translation catalogue for {lang} at {path}</source>
            <translation>ไม่พบแคตตาล็อกคำแปลสำหรับ {lang} ที่ {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="514" />
            <location filename="src/office_hours/documents/terms.py" line="394" />
            <source>none yet</source>
            <translation>ยังไม่มี</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="344" />
            <source>not running</source>
            <translation>ไม่ได้ทำงาน</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="438" />
            <source>office-hours ingest: line {n}: {problem}</source>
            <translation>office-hours ingest: บรรทัด {n}: {problem}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="183" />
            <source>office-hours: filing is off for {id}: set file_by_client = true in its [[accounts]] table (try --dry-run first)</source>
            <translation>office-hours: การจัดเก็บปิดอยู่สำหรับ {id}: ตั้งค่า file_by_client = true ในตาราง [[accounts]] ของบัญชีนั้น (ลอง --dry-run ก่อน)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="194" />
            <source>office-hours: no account has file_by_client = true (try --dry-run first)</source>
            <translation>office-hours: ไม่มีบัญชีใดตั้งค่า file_by_client = true (ลอง --dry-run ก่อน)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="173" />
            <source>office-hours: no such mail account {id!r} (known: {known})</source>
            <translation>office-hours: ไม่มีบัญชีอีเมล {id!r} (ที่มีอยู่: {known})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="655" />
            <source>office-hours: the config file has a problem and was left as it is:</source>
            <translation>office-hours: ไฟล์การตั้งค่ามีปัญหา และไม่ได้ถูกแก้ไข:</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="209" />
            <source>office-hours: {id}: set file_by_client = false first, or the running app files the mail again</source>
            <translation>office-hours: {id}: ตั้งค่า file_by_client = false ก่อน มิฉะนั้นแอปที่ทำงานอยู่จะจัดเก็บอีเมลอีกครั้ง</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="136" />
            <source>only this account id</source>
            <translation>เฉพาะบัญชีนี้ (id)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="87" />
            <source>print one JSON result per line once it is stored</source>
            <translation>พิมพ์ผลลัพธ์ JSON บรรทัดละหนึ่งรายการเมื่อบันทึกแล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="83" />
            <source>read items as JSON lines on standard input</source>
            <translation>อ่านรายการเป็น JSON ทีละบรรทัดจากอินพุตมาตรฐาน</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="90" />
            <source>record a call or meeting no integration sees</source>
            <translation>บันทึกการโทรหรือการประชุมที่ไม่มีการเชื่อมต่อใดเห็น</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="344" />
            <source>running</source>
            <translation>กำลังทำงาน</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="123" />
            <source>save a chat token (Slack) in the keyring</source>
            <translation>บันทึกโทเค็นแชต (Slack) ในที่เก็บรหัสผ่าน</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="120" />
            <source>save an account's password in the keyring</source>
            <translation>บันทึกรหัสผ่านของบัญชีในที่เก็บรหัสผ่าน</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="62" />
            <source>set focus, reachable or off hours</source>
            <translation>ตั้งโหมดโฟกัส ติดต่อได้ หรือนอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="152" />
            <source>stop after this long (0: never)</source>
            <translation>หยุดหลังจากเวลานี้ (0: ไม่หยุด)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="122" />
            <source>the account id from config.toml</source>
            <translation>รหัสบัญชีจาก config.toml</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="77" />
            <source>the current mode and what is held</source>
            <translation>โหมดปัจจุบันและรายการที่พักไว้</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="101" />
            <source>the weekly interruption report</source>
            <translation>รายงานการขัดจังหวะประจำสัปดาห์</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="78" />
            <location filename="src/office_hours/documents/terms.py" line="411" />
            <source>unknown format {fmt}; choose one of: {choices}</source>
            <translation>ไม่รู้จักรูปแบบ {fmt} โปรดเลือกจาก: {choices}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="65" />
            <location filename="src/office_hours/documents/terms.py" line="417" />
            <source>unknown language {lang}; choose one of: {choices}</source>
            <translation>ไม่รู้จักภาษา {lang} โปรดเลือกจาก: {choices}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="75" />
            <source>until a time today, e.g. 14:00</source>
            <translation>จนถึงเวลาที่ระบุของวันนี้ เช่น 14:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="149" />
            <source>watch every configured source without the tray (JSON lines)</source>
            <translation>เฝ้าดูทุกแหล่งที่ตั้งค่าไว้โดยไม่ใช้ถาดระบบ (บรรทัด JSON)</translation>
        </message>
        <message>
            <source>watch the mail accounts without the tray (JSON lines)</source>
            <translation type="vanished">เฝ้าดูบัญชีอีเมลโดยไม่ใช้ถาดระบบ (JSON ทีละบรรทัด)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="556" />
            <source>week {week}: too close to the edge of the calendar to report on</source>
            <translation>สัปดาห์ {week}: ใกล้ขอบปฏิทินเกินกว่าจะทำรายงานได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="111" />
            <source>what is configured, reachable and missing</source>
            <translation>สิ่งที่ตั้งค่าแล้ว ติดต่อได้ และยังขาดอยู่</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="96" />
            <source>when it started: 14:00, 2026-11-23 14:00 or ISO 8601</source>
            <translation>เริ่มเมื่อใด: 14:00, 2026-11-23 14:00 หรือ ISO 8601</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="124" />
            <source>which chat the token is for, e.g. slack</source>
            <translation>แชตที่ใช้โทเค็นนี้ เช่น slack</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="109" />
            <source>write to FILE instead of the screen</source>
            <translation>เขียนลงไฟล์แทนการแสดงบนหน้าจอ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="33" />
            <location filename="src/office_hours/cli/terms.py" line="38" />
            <source>write to PATH instead of the screen</source>
            <translation>เขียนลงพาธที่ระบุแทนการแสดงบนหน้าจอ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="35" />
            <source>your office hours as an iCalendar file</source>
            <translation>เวลาทำการของคุณเป็นไฟล์ iCalendar</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="445" />
            <source>{field} cut to {n} characters</source>
            <translation>ตัด {field} เหลือ {n} อักขระ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="256" />
            <source>{id}: moved UID {uid} from {sender} to {folder}</source>
            <translation>{id}: ย้าย UID {uid} จาก {sender} ไปที่ {folder} แล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="254" />
            <source>{id}: would move UID {uid} from {sender} to {folder}</source>
            <translation>{id}: จะย้าย UID {uid} จาก {sender} ไปที่ {folder}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="222" />
            <source>{id}: would move {mid} back from {folder}</source>
            <translation>{id}: จะย้าย {mid} กลับจาก {folder}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="231" />
            <source>{id}: {n} messages moved back, {missing} not found</source>
            <translation>{id}: ย้ายกลับ {n} ฉบับ ไม่พบ {missing} ฉบับ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="270" />
            <source>{id}: {n} messages moved; {left} left alone (no Message-ID)</source>
            <translation>{id}: ย้ายแล้ว {n} ฉบับ; ไม่ย้าย {left} ฉบับ (ไม่มี Message-ID)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="268" />
            <source>{id}: {n} messages would move; {left} left alone (no Message-ID)</source>
            <translation>{id}: จะย้าย {n} ฉบับ; จะไม่ย้าย {left} ฉบับ (ไม่มี Message-ID)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="218" />
            <source>{mode} until {time}</source>
            <translation>{mode} ถึง {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="428" />
            <source>{new} new, {seen} already seen, {bad} bad lines</source>
            <translation>ใหม่ {new}, เคยเห็นแล้ว {seen}, บรรทัดผิดรูปแบบ {bad}</translation>
        </message>
    </context>
    <context>
        <name>desktop</name>
        <message>
            <location filename="src/office_hours/sources/desktop.py" line="104" />
            <source>Desktop notifications</source>
            <translation>การแจ้งเตือนบนเดสก์ท็อป</translation>
        </message>
        <message>
            <location filename="src/office_hours/sources/desktop.py" line="40" />
            <source>no session bus (DBUS_SESSION_BUS_ADDRESS is unset): log in to a desktop session</source>
            <translation>ไม่มี session bus (ไม่ได้ตั้งค่า DBUS_SESSION_BUS_ADDRESS): โปรดเข้าสู่ระบบเดสก์ท็อป</translation>
        </message>
        <message>
            <source>the jeepney package is missing: reinstall Office Hours with it</source>
            <translation type="vanished">ไม่มีแพ็กเกจ jeepney: โปรดติดตั้ง Office Hours ใหม่พร้อมแพ็กเกจนี้</translation>
        </message>
        <message>
            <source>the session bus cannot be reached ({error})</source>
            <translation type="vanished">เชื่อมต่อ session bus ไม่ได้ ({error})</translation>
        </message>
        <message>
            <source>the session bus connection was lost; reconnecting</source>
            <translation type="vanished">การเชื่อมต่อกับ session bus ขาดหาย กำลังเชื่อมต่อใหม่</translation>
        </message>
        <message>
            <source>the session bus did not answer within {s:g} s</source>
            <translation type="vanished">session bus ไม่ตอบสนองภายใน {s:g} วินาที</translation>
        </message>
        <message>
            <source>the session bus refused monitoring ({error})</source>
            <translation type="vanished">session bus ปฏิเสธการเฝ้าดู ({error})</translation>
        </message>
        <message>
            <source>watching</source>
            <translation type="vanished">กำลังเฝ้าดู</translation>
        </message>
        <message>
            <source>{problem}; trying again in {s} s</source>
            <translation type="vanished">{problem} จะลองใหม่ใน {s} วินาที</translation>
        </message>
    </context>
    <context>
        <name>doctor</name>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="275" />
            <source>DAMAGED</source>
            <translation>เสียหาย</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="167" />
            <source>Matrix {user} at {hs}: {state}</source>
            <translation>Matrix {user} ที่ {hs}: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="320" />
            <source>No problems found.
</source>
            <translation>ไม่พบปัญหา
</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="158" />
            <source>Slack: {problem}</source>
            <translation>Slack: {problem}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="159" />
            <source>Slack: {state}</source>
            <translation>Slack: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="141" />
            <source>auto-replies are turned on for some clients, but no mail account has an SMTP server (smtp_host): nothing is sent</source>
            <translation>เปิดการตอบกลับอัตโนมัติไว้สำหรับลูกค้าบางราย แต่ไม่มีบัญชีอีเมลใดมีเซิร์ฟเวอร์ SMTP (smtp_host): จะไม่มีการส่งใด ๆ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="111" />
            <source>auto-replies from {id}: SMTP at {where} fails: {why}</source>
            <translation>การตอบกลับอัตโนมัติจาก {id}: SMTP ที่ {where} ใช้ไม่ได้: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="120" />
            <source>auto-replies from {id}: SMTP login at {where} works</source>
            <translation>การตอบกลับอัตโนมัติจาก {id}: เข้าสู่ระบบ SMTP ที่ {where} ได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="129" />
            <source>auto-replies from {id}: your address is unknown (the user name is no address); set address = "you@example.com" or no mail is answered</source>
            <translation>การตอบกลับอัตโนมัติจาก {id}: ไม่ทราบที่อยู่อีเมลของคุณ (ชื่อผู้ใช้ไม่ใช่ที่อยู่อีเมล) โปรดตั้ง address = "you@example.com" มิฉะนั้นจะไม่มีการตอบอีเมลใด</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="251" />
            <source>config has a problem (left unchanged): {error}</source>
            <translation>ไฟล์การตั้งค่ามีปัญหา (ไม่ได้แก้ไขไฟล์): {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="247" />
            <source>config: {path}</source>
            <translation>ไฟล์การตั้งค่า: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="170" />
            <source>connected</source>
            <translation>เชื่อมต่อแล้ว</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="274" />
            <source>database: {path} ({n} items, integrity {state})</source>
            <translation>ฐานข้อมูล: {path} ({n} รายการ, ความสมบูรณ์ {state})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="67" />
            <source>desktop notifications: available</source>
            <translation>การแจ้งเตือนบนเดสก์ท็อป: ใช้ได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="198" />
            <source>desktop notifications: not watched (no client has notification_match rules)</source>
            <translation>การแจ้งเตือนบนเดสก์ท็อป: ไม่ได้เฝ้าดู (ไม่มีลูกค้ารายใดมีกฎ notification_match)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="193" />
            <source>desktop notifications: off (desktop.watch_notifications)</source>
            <translation>การแจ้งเตือนบนเดสก์ท็อป: ปิดอยู่ (desktop.watch_notifications)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="34" />
            <source>keyring: {name}</source>
            <translation>ที่เก็บรหัสผ่าน: {name}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="85" />
            <source>mail account {id} ({user} at {host}): {state}</source>
            <translation>บัญชีอีเมล {id} ({user} ที่ {host}): {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="303" />
            <source>mail and chat accounts: none configured</source>
            <translation>บัญชีอีเมลและแชต: ยังไม่ได้ตั้งค่า</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="263" />
            <source>no clients defined: every contact goes to 'unknown'</source>
            <translation>ยังไม่ได้กำหนดลูกค้า: การติดต่อทั้งหมดจะอยู่ใน 'unknown'</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="240" />
            <source>no config file yet; it is created with defaults at first start: {path}</source>
            <translation>ยังไม่มีไฟล์การตั้งค่า ระบบจะสร้างด้วยค่าเริ่มต้นเมื่อเริ่มครั้งแรก: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="283" />
            <source>no database yet; it is created at first use: {path}</source>
            <translation>ยังไม่มีฐานข้อมูล ระบบจะสร้างเมื่อใช้งานครั้งแรก: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="62" />
            <source>no desktop session bus: notifications fall back to the tray's own (install libnotify-bin and log in to a desktop session)</source>
            <translation>ไม่มี session bus ของเดสก์ท็อป: การแจ้งเตือนจะแสดงผ่านไอคอนในถาดระบบแทน (ติดตั้ง libnotify-bin และเข้าสู่ระบบเดสก์ท็อป)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="314" />
            <source>no keyring available (see the keyring line above)</source>
            <translation>ไม่มีที่เก็บรหัสผ่าน (ดูบรรทัดเรื่องที่เก็บรหัสผ่านด้านบน)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="28" />
            <source>no keyring service found: passwords for mail and chat accounts cannot be saved. On GNOME install gnome-keyring, on KDE enable KWallet; on a headless machine run gnome-keyring-daemon.</source>
            <translation>ไม่พบบริการเก็บรหัสผ่าน: ไม่สามารถบันทึกรหัสผ่านของบัญชีอีเมลและแชตได้ บน GNOME ให้ติดตั้ง gnome-keyring บน KDE ให้เปิดใช้ KWallet ส่วนเครื่องที่ไม่มีหน้าจอให้รัน gnome-keyring-daemon</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="58" />
            <source>plyer is missing: notifications fall back to the tray's own</source>
            <translation>ไม่มี plyer: การแจ้งเตือนจะแสดงผ่านไอคอนในถาดระบบแทน</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="25" />
            <source>the keyring package is missing; reinstall Office Hours</source>
            <translation>ไม่มีแพ็กเกจ keyring โปรดติดตั้ง Office Hours ใหม่</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="256" />
            <source>time zone {tz}; {n} clients: {names}</source>
            <translation>เขตเวลา {tz}; ลูกค้า {n} ราย: {names}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="291" />
            <source>tray app: not running (start it with: office-hours)</source>
            <translation>แอปในถาดระบบ: ไม่ได้ทำงาน (เริ่มด้วยคำสั่ง: office-hours)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="289" />
            <source>tray app: running</source>
            <translation>แอปในถาดระบบ: กำลังทำงาน</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="190" />
            <source>{label}: can watch other apps' notifications</source>
            <translation>{label}: เฝ้าดูการแจ้งเตือนของแอปอื่นได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="187" />
            <source>{label}: cannot run: {problem}</source>
            <translation>{label}: ทำงานไม่ได้: {problem}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="211" />
            <source>{label}: ready</source>
            <translation>{label}: พร้อมใช้งาน</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="217" />
            <source>{name}: left in its focus state by an app that stopped; the next start of the app restores it</source>
            <translation>{name}: ค้างอยู่ในสถานะโฟกัสเพราะแอปหยุดทำงาน แอปจะคืนค่าเดิมเมื่อเริ่มครั้งถัดไป</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="215" />
            <source>{name}: on while you focus</source>
            <translation>{name}: เปิดอยู่ระหว่างที่คุณโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="318" />
            <source>{n} problems found
</source>
            <translation>พบปัญหา {n} รายการ
</translation>
        </message>
    </context>
    <context>
        <name>mode</name>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="209" />
            <source>Focus</source>
            <translation>โฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="210" />
            <source>Off hours</source>
            <translation>นอกเวลาทำการ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="208" />
            <source>Reachable</source>
            <translation>ติดต่อได้</translation>
        </message>
    </context>
    <context>
        <name>presence</name>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="366" />
            <source>Desktop do-not-disturb</source>
            <translation>โหมดห้ามรบกวนของเดสก์ท็อป</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="156" />
            <source>Desktop do-not-disturb (GNOME)</source>
            <translation>โหมดห้ามรบกวนของเดสก์ท็อป (GNOME)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="265" />
            <source>Desktop do-not-disturb (KDE Plasma)</source>
            <translation>ห้ามรบกวนของเดสก์ท็อป (KDE Plasma)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="202" />
            <source>Desktop do-not-disturb (XFCE)</source>
            <translation>ห้ามรบกวนของเดสก์ท็อป (XFCE)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="117" />
            <source>Desktop do-not-disturb (dunst)</source>
            <translation>โหมดห้ามรบกวนของเดสก์ท็อป (dunst)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="335" />
            <source>Focus</source>
            <translation>โฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="55" />
            <source>checking</source>
            <translation>กำลังตรวจสอบ</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="151" />
            <source>could not restore the previous state: {error}</source>
            <translation>คืนค่าสถานะเดิมไม่สำเร็จ: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="95" />
            <location filename="src/office_hours/presence/manager.py" line="104" />
            <source>could not turn on: {error}</source>
            <translation>เปิดไม่สำเร็จ: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="126" />
            <source>dunst is not running here</source>
            <translation>dunst ไม่ได้ทำงานอยู่บนเครื่องนี้</translation>
        </message>
        <message>
            <source>dunst is not running here ({error})</source>
            <translation type="vanished">dunst ไม่ได้ทำงานอยู่บนเครื่องนี้ ({error})</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="121" />
            <source>dunstctl is not installed</source>
            <translation>ไม่ได้ติดตั้ง dunstctl</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="160" />
            <source>gsettings is not installed</source>
            <translation>ไม่ได้ติดตั้ง gsettings</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="129" />
            <source>no longer configured; its previous state stays saved in {path}</source>
            <translation>ไม่ได้อยู่ในการตั้งค่าแล้ว สถานะเดิมยังคงบันทึกไว้ใน {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="291" />
            <source>no session bus: {error}</source>
            <translation>ไม่มี session bus: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="369" />
            <source>none found: install dunst, or use GNOME, KDE Plasma or XFCE</source>
            <translation>ไม่พบ: ติดตั้ง dunst หรือใช้ GNOME, KDE Plasma หรือ XFCE</translation>
        </message>
        <message>
            <source>none found: install dunst, or use GNOME; other desktops are not supported yet</source>
            <translation type="vanished">ไม่พบ: ติดตั้ง dunst หรือใช้ GNOME ขณะนี้ยังไม่รองรับเดสก์ท็อปอื่น</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="175" />
            <source>not turned on: its previous state cannot be saved in {path}</source>
            <translation>ไม่ได้เปิด: บันทึกสถานะเดิมลงใน {path} ไม่ได้</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="116" />
            <source>on while you focus</source>
            <translation>เปิดอยู่ระหว่างที่คุณโฟกัส</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="157" />
            <location filename="src/office_hours/presence/manager.py" line="82" />
            <source>ready</source>
            <translation>พร้อมใช้งาน</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="211" />
            <source>the XFCE settings service does not answer</source>
            <translation>บริการตั้งค่าของ XFCE ไม่ตอบสนอง</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="140" />
            <source>the app stopped while turning this on; check it by hand once</source>
            <translation>แอปหยุดทำงานระหว่างเปิดใช้ โปรดตรวจสอบด้วยตนเองสักครั้ง</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="307" />
            <source>the notification service has no Inhibit: {error}</source>
            <translation>บริการแจ้งเตือนไม่มี Inhibit: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="279" />
            <source>the notification service refused {call}: {error}</source>
            <translation>บริการแจ้งเตือนปฏิเสธ {call}: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="166" />
            <source>this desktop has no {schema} settings</source>
            <translation>เดสก์ท็อปนี้ไม่มีการตั้งค่า {schema}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="206" />
            <source>xfconf-query is not installed</source>
            <translation>ไม่ได้ติดตั้ง xfconf-query</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="40" />
            <source>{cmd} did not answer within {s} s</source>
            <translation>{cmd} ไม่ตอบสนองภายใน {s} วินาที</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="47" />
            <source>{cmd} failed: {said}</source>
            <translation>{cmd} ทำงานไม่สำเร็จ: {said}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="37" />
            <source>{cmd} is not installed</source>
            <translation>ไม่ได้ติดตั้ง {cmd}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="57" />
            <source>{what} answered {text!r}</source>
            <translation>{what} ตอบกลับเป็น {text!r}</translation>
        </message>
    </context>
</TS>