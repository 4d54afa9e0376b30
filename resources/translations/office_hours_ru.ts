<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AutoReply</name>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="103" />
            <source>In focus</source>
            <translation>В фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="121" />
            <source>Note in</source>
            <translation>Ответ на языке</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="104" />
            <source>Off hours</source>
            <translation>Нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="202" />
            <source>Office Hours answers held mail only for the clients whose settings name a mode, once per sender in the period, never to lists, robots or automatic mail. The account needs an SMTP server.</source>
            <translation>Office Hours отвечает на отложенную почту только тем клиентам, в настройках которых указан режим, одному отправителю один раз за период и никогда — рассылкам, роботам и автоматическим письмам. Учётной записи нужен сервер SMTP.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="130" />
            <source>Preview</source>
            <translation>Как увидит клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="128" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="110" />
            <source>Use the built-in note</source>
            <translation>Вернуть встроенный текст</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/auto_reply_page.py" line="113" />
            <source>You may use {batch_times}, {next_batch}, {next_business_day} and {urgent_line}; the preview shows what a client would read.</source>
            <translation>Можно использовать {batch_times}, {next_batch}, {next_business_day} и {urgent_line}; справа видно, что прочтёт клиент.</translation>
        </message>
    </context>
    <context>
        <name>Buttons</name>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="46" />
            <source>&amp;Finish</source>
            <translation>&amp;Готово</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="45" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Далее &gt;</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="44" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Назад</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="32" />
            <location filename="src/office_hours/ui/widgets.py" line="47" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="34" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="33" />
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="31" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="121" />
            <source>Agreed with {client}: contact by this channel at these times.</source>
            <translation>Согласовано с {client}: связь по этому каналу в указанное время.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="120" />
            <source>Contact window: {channel}</source>
            <translation>Время для связи: {channel}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="79" />
            <source>Office hours</source>
            <translation>Рабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="110" />
            <source>Office hours (reachable)</source>
            <translation>Рабочее время (на связи)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="77" />
            <source>Office hours: {client}</source>
            <translation>Рабочее время: {client}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="73" />
            <source>the contractor</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/calendar.py" line="111" />
            <source>{name} is reachable. Times are in {zone}.</source>
            <translation>{name} на связи. Время указано для часового пояса {zone}.</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="43" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="42" />
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="41" />
            <source>Email</source>
            <translation>Почта</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="44" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
    </context>
    <context>
        <name>Choice</name>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="202" />
            <source>During focus</source>
            <translation>Во время фокуса</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="198" />
            <source>Emergencies only</source>
            <translation>Только экстренные случаи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="197" />
            <source>Never</source>
            <translation>Никогда</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="203" />
            <source>Outside business hours</source>
            <translation>В нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="201" />
            <source>STARTTLS (port 143)</source>
            <translation>STARTTLS (порт 143)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="200" />
            <source>TLS (IMAPS, port 993)</source>
            <translation>TLS (IMAPS, порт 993)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="199" />
            <source>With surcharge</source>
            <translation>С надбавкой</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTest</name>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="149" />
            <source>Connecting to {host}:{port}…</source>
            <translation>Подключение к {host}:{port}…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="175" />
            <source>Problem:</source>
            <translation>Ошибка:</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="175" />
            <source>Success:</source>
            <translation>Успешно:</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="125" />
            <source>Test connection</source>
            <translation>Проверить подключение</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="60" />
            <source>the certificate of {host} is not trusted, so nothing was sent to it. If this is your own server, set its CA file in the settings; otherwise someone may be intercepting the connection.</source>
            <translation>сертификату {host} нет доверия, поэтому ему ничего не отправлено. Если это ваш собственный сервер, укажите файл его центра сертификации в настройках; иначе кто-то может перехватывать соединение.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="39" />
            <source>the server name {host} was not found: check its spelling.</source>
            <translation>сервер с именем {host} не найден: проверьте, как оно написано.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="52" />
            <source>{host} did not answer within {seconds} seconds: check the server name, the port and your network.</source>
            <translation>{host} не ответил за {seconds} с: проверьте имя сервера, порт и подключение к сети.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="45" />
            <source>{host} refused the connection on port {port}: check the port and the security setting.</source>
            <translation>{host} отказал в соединении на порту {port}: проверьте порт и способ защиты.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="69" />
            <source>{host} refused the user name or password: check both.</source>
            <translation>{host} не принял имя пользователя или пароль: проверьте и то и другое.</translation>
        </message>
    </context>
    <context>
        <name>DigestWindow</name>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="223" />
            <source>(no subject)</source>
            <translation>(без темы)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="123" />
            <source>Assign to client</source>
            <translation>Отнести к клиенту</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="261" />
            <source>Automatic answers sent — {n}</source>
            <translation>Отправлено автоответов — {n}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="44" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="178" />
            <source>Could not read the digest: {e}</source>
            <translation>Не удалось прочитать сводку: {e}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="88" />
            <source>Digest — Office Hours</source>
            <translation>Сводка — Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="61" />
            <source>Let through</source>
            <translation>Пропущено</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="61" />
            <source>Let through · not urgent</source>
            <translation>Пропущено · не срочное</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="115" />
            <source>Mark handled</source>
            <translation>Отметить как обработанное</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="129" />
            <source>Never count this sender again (a recruiter, a newsletter); undo it in the settings, General, Not clients</source>
            <translation>Больше никогда не учитывать этого отправителя (рекрутер, рассылка); отменить можно в настройках: «Общие настройки и язык», «Не клиенты»</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="127" />
            <source>Not a client</source>
            <translation>Не клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="117" />
            <source>Not urgent</source>
            <translation>Не срочное</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="346" />
            <source>Nothing on this desktop opens {link}</source>
            <translation>На этом рабочем столе нечем открыть {link}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="248" />
            <source>Nothing to go through: no held or let-through items are open.</source>
            <translation>Разбирать нечего: нет открытых отложенных или пропущенных сообщений.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="113" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="46" />
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="62" />
            <source>Released</source>
            <translation>Выдано</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="136" />
            <source>Reload</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="43" />
            <source>Sender</source>
            <translation>Отправитель</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="47" />
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="45" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="119" />
            <source>This break-through was not an emergency (the weekly report counts it)</source>
            <translation>Это сообщение прорвалось, но не было экстренным (недельный отчёт это учтёт)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="291" />
            <source>Unknown senders</source>
            <translation>Неизвестные отправители</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="62" />
            <source>Waiting</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="164" />
            <source>Waiting for an answer:</source>
            <translation>Ждут ответа:</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="48" />
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="402" />
            <source>Your config file was left as it is: {e}</source>
            <translation>Файл настроек оставлен без изменений: {e}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="274" />
            <source>auto-reply sent</source>
            <translation>автоответ отправлен</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="53" />
            <source>call</source>
            <translation>звонок</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="52" />
            <source>chat</source>
            <translation>чат</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="51" />
            <source>mail</source>
            <translation>почта</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="54" />
            <source>meeting</source>
            <translation>встреча</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="201" />
            <source>{client} — 1 item, {waiting} waiting</source>
            <translation>{client} — сообщений: 1, ожидают: {waiting}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="203" />
            <source>{client} — {count} items, {waiting} waiting</source>
            <translation>{client} — сообщений: {count}, ожидают: {waiting}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="286" />
            <source>{n} automatic answers sent in the last 7 days.</source>
            <translation>Автоответов за последние 7 дней: {n}.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="384" />
            <source>{sender} is not a client: never counted again. To undo, remove it from Not clients in the settings (General).</source>
            <translation>{sender} — не клиент и больше не учитывается. Чтобы отменить, удалите его из списка «Не клиенты» в настройках («Общие настройки и язык»).</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="366" />
            <source>{sender} now counts for {client}; the rule is in your config file.</source>
            <translation>{sender} теперь относится к {client}; правило записано в файл настроек.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="242" />
            <source>{total} items not yet handled in the last 7 days: {waiting} waiting, {through} let through.</source>
            <translation>Не обработано за последние 7 дней: {total} (ожидают: {waiting}, пропущено: {through}).</translation>
        </message>
    </context>
    <context>
        <name>FallbackWindow</name>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="37" />
            <source>Focus:</source>
            <translation>Фокус:</translation>
        </message>
        <message>
            <source>Mail {account}: {state}</source>
            <translation type="vanished">Почта {account}: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/fallback_window.py" line="33" />
            <source>Mode:</source>
            <translation>Режим:</translation>
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
            <translation>Системный трей не найден, поэтому Office Hours показывает это окно.
В GNOME установите и включите расширение "AppIndicator and KStatusNotifierItem Support", затем снова запустите Office Hours.

Можно пользоваться и командной строкой, например:
    office-hours mode focus --for 50m
    office-hours status

Если закрыть это окно, Office Hours продолжит работать. Чтобы вернуть окно, выполните:
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
            <translation>Время плановой выдачи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="210" />
            <source>Business hours</source>
            <translation>Рабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="222" />
            <source>In focus, non-urgent contact is held and released at these times.</source>
            <translation>В режиме фокуса не срочные обращения откладываются и выдаются в указанное время.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="402" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="410" />
            <source>Mail account (optional)</source>
            <translation>Почтовый ящик (необязательно)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="417" />
            <source>Office Hours can watch your mailbox (IMAP) and count each client's mail. Leave the server empty to skip this; the settings can add it later. The account starts being watched at the next start.</source>
            <translation>Office Hours может следить за вашим почтовым ящиком (IMAP) и учитывать письма каждого клиента. Чтобы пропустить этот шаг, оставьте сервер пустым; ящик можно добавить позже в настройках. Слежение за ящиком начнётся при следующем запуске.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="394" />
            <source>Office Hours keeps you in focus when you choose, lets clients through when you are reachable, holds the rest for a few batches a day, and once a week shows what each client's contact costs you. A few questions, and it is ready.</source>
            <translation>Office Hours держит вас в фокусе, когда вы этого хотите, пропускает клиентов, когда вы на связи, откладывает остальное до нескольких разборов в день, а раз в неделю показывает, во что вам обходятся обращения каждого клиента. Несколько вопросов — и всё готово.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="429" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="338" />
            <source>The password was not stored in your keyring ({reason}), so nothing was saved yet. Press Finish to try again, or clear the server field to finish without the mail account.</source>
            <translation>Пароль не сохранён в связке ключей ({reason}), поэтому пока ничего не записано. Нажмите «Готово», чтобы попробовать снова, или очистите поле сервера, чтобы закончить без почтового ящика.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="204" />
            <location filename="src/office_hours/ui/first_run.py" line="392" />
            <source>Welcome to Office Hours</source>
            <translation>Добро пожаловать в Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="211" />
            <source>When are you reachable? Outside these hours contact waits for the next working day. Ranges like 09:00-12:30, 13:30-18:00; leave a day empty when you do not work.</source>
            <translation>Когда вы на связи? Вне этого времени обращения ждут следующего рабочего дня. Укажите интервалы, например 09:00-12:30, 13:30-18:00; если в какой-то день вы не работаете, оставьте его пустым.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="231" />
            <source>Who contacts you, and on what terms? Addresses may be *@domain for a whole company. With the rate and the hours a week the client pays for, the weekly report can show your effective rate and when to ask for a raise. You can add more clients in the settings.</source>
            <translation>Кто с вами связывается и на каких условиях? Адрес вида *@domain охватывает всю компанию. По ставке и числу оплачиваемых часов в неделю еженедельный отчёт покажет вашу фактическую ставку и подскажет, когда просить о повышении. Других клиентов можно добавить в настройках.</translation>
        </message>
        <message>
            <source>Who contacts you, and on what terms? Addresses may be *@domain for a whole company. You can add more clients in the settings.</source>
            <translation type="vanished">Кто с вами связывается и на каких условиях? Адрес вида *@domain охватывает всю компанию. Других клиентов можно добавить в настройках.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="230" />
            <source>Your first client</source>
            <translation>Ваш первый клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="412" />
            <source>kept in your keyring, never in a file</source>
            <translation>сохраняется в хранилище паролей, не в файле</translation>
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="52" />
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="63" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="138" />
            <source>Choose a client.</source>
            <translation>Выберите клиента.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="72" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="78" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="73" />
            <source>Length</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="42" />
            <location filename="src/office_hours/ui/log_call.py" line="157" />
            <source>Log a call</source>
            <translation>Записать звонок</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="64" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="79" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="75" />
            <source>Started at ({zone})</source>
            <translation>Начало ({zone})</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="150" />
            <source>The call was not logged: {error}</source>
            <translation>Звонок не записан: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="92" />
            <source>There are no clients in your settings yet. Add one as a [[clients]] table in {path}.</source>
            <translation>В настройках пока нет клиентов. Добавьте клиента таблицей [[clients]] в {path}.</translation>
        </message>
    </context>
    <context>
        <name>Month</name>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="194" />
            <source>Apr</source>
            <translation>апр</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="198" />
            <source>Aug</source>
            <translation>авг</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="202" />
            <source>Dec</source>
            <translation>дек</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="192" />
            <source>Feb</source>
            <translation>фев</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="191" />
            <source>Jan</source>
            <translation>янв</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="197" />
            <source>Jul</source>
            <translation>июл</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="196" />
            <source>Jun</source>
            <translation>июн</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="193" />
            <source>Mar</source>
            <translation>мар</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="195" />
            <source>May</source>
            <translation>мая</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="201" />
            <source>Nov</source>
            <translation>ноя</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="200" />
            <source>Oct</source>
            <translation>окт</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="199" />
            <source>Sep</source>
            <translation>сен</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="77" />
            <source>(no subject)</source>
            <translation>(без темы)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="65" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="87" />
            <source>Held items are back ({why})</source>
            <translation>Отложенные сообщения вернулись ({why})</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="59" />
            <source>Not urgent</source>
            <translation>Не срочно</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="58" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="65" />
            <source>Open the digest</source>
            <translation>Открыть сводку</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="89" />
            <source>Open the digest from the tray to go through them.</source>
            <translation>Откройте сводку из значка в трее, чтобы их просмотреть.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="60" />
            <source>Remind me at the next batch</source>
            <translation>Напомнить при следующей выдаче</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/notify.py" line="364" />
            <source>Reminder: {title}</source>
            <translation>Напоминание: {title}</translation>
        </message>
    </context>
    <context>
        <name>Option</name>
        <message>
            <source>Ad hoc calls per week</source>
            <translation type="vanished">Внеплановых звонков в неделю</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation type="vanished">Адреса</translation>
        </message>
        <message>
            <source>After hours</source>
            <translation type="vanished">Связь в нерабочее время</translation>
        </message>
        <message>
            <source>After hours non urgent</source>
            <translation type="vanished">Не срочные в нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>After-hours surcharge (%)</source>
            <translation>Надбавка за нерабочее время (%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>After-hours surcharge to propose (%)</source>
            <translation>Предлагаемая надбавка за нерабочее время (%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Agreed contact times</source>
            <translation>Согласованное время для связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Also answer unknown senders in</source>
            <translation>Отвечать и неизвестным отправителям в режимах</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Also record notifications that match no client</source>
            <translation>Записывать и уведомления, не относящиеся ни к одному клиенту</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Always let these senders through</source>
            <translation>Всегда пропускать этих отправителей</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Answer a sender at most once in (days)</source>
            <translation>Отвечать одному отправителю не чаще раза в (дней)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Answer held mail automatically in</source>
            <translation>Автоматически отвечать на отложенную почту в режимах</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Answer within (hours)</source>
            <translation>Отвечать в течение (ч)</translation>
        </message>
        <message>
            <source>Api url</source>
            <translation type="vanished">Адрес API</translation>
        </message>
        <message>
            <source>Apps</source>
            <translation type="vanished">Приложения</translation>
        </message>
        <message>
            <source>Backfill days</source>
            <translation type="vanished">Дней истории</translation>
        </message>
        <message>
            <source>Batch times</source>
            <translation type="vanished">Время плановой выдачи</translation>
        </message>
        <message>
            <source>Billed hours per week</source>
            <translation type="vanished">Оплачиваемых часов в неделю</translation>
        </message>
        <message>
            <source>Blocks</source>
            <translation type="vanished">Блоки фокуса</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation type="vanished">Файл CA</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation type="vanished">Каналы</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Channels where mentions count</source>
            <translation>Каналы, где учитываются упоминания</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Chat rooms</source>
            <translation>Комнаты чатов</translation>
        </message>
        <message>
            <source>Chat share</source>
            <translation type="vanished">Доля чата</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Chat user ids</source>
            <translation>Идентификаторы в чатах</translation>
        </message>
        <message>
            <source>Chat users</source>
            <translation type="vanished">Пользователи чатов</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Check Slack every (s)</source>
            <translation>Проверять Slack каждые (с)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Check every (s)</source>
            <translation>Проверять каждые (с)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Connection security</source>
            <translation>Защита соединения</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Contact after your hours</source>
            <translation>Связь в нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Contact name</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Count automated</source>
            <translation type="vanished">Учитывать автоматические письма</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Count mail of the last (days)</source>
            <translation>Учесть почту за последние (дней)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Count newsletters and automatic mail</source>
            <translation>Учитывать рассылки и автоматические письма</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Count other apps' desktop notifications</source>
            <translation>Учитывать уведомления других приложений</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Counted within (min)</source>
            <translation>В пределах (мин)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Default minutes</source>
            <translation type="vanished">Длительность по умолчанию (мин)</translation>
        </message>
        <message>
            <source>Desktop dnd</source>
            <translation type="vanished">«Не беспокоить» на рабочем столе</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation type="vanished">Включено</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Extra urgency words</source>
            <translation>Дополнительные слова срочности</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>File by client</source>
            <translation>Раскладывать по клиентам</translation>
        </message>
        <message>
            <source>Focus dnd</source>
            <translation type="vanished">«Не беспокоить» в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Focus length when none is given (min)</source>
            <translation>Длительность фокуса по умолчанию (мин)</translation>
        </message>
        <message>
            <source>Focus presence</source>
            <translation type="vanished">Присутствие в фокусе</translation>
        </message>
        <message>
            <source>Focus status</source>
            <translation type="vanished">Статус в фокусе</translation>
        </message>
        <message>
            <source>Focus status emoji</source>
            <translation type="vanished">Эмодзи статуса в фокусе</translation>
        </message>
        <message>
            <source>Focus status text</source>
            <translation type="vanished">Текст статуса в фокусе</translation>
        </message>
        <message>
            <source>Folders</source>
            <translation type="vanished">Папки</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Folders to watch</source>
            <translation>Отслеживаемые папки</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Friday</source>
            <translation>Пятница</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Group rooms where mentions count</source>
            <translation>Групповые комнаты, где учитываются упоминания</translation>
        </message>
        <message>
            <source>Homeserver</source>
            <translation type="vanished">Домашний сервер</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Homeserver address</source>
            <translation>Адрес домашнего сервера</translation>
        </message>
        <message>
            <source>Host</source>
            <translation type="vanished">Сервер</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Hourly rate</source>
            <translation>Почасовая ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Hours a week the client pays for</source>
            <translation>Оплачиваемых часов в неделю</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>IMAP server</source>
            <translation>Сервер IMAP</translation>
        </message>
        <message>
            <source>Id</source>
            <translation type="vanished">Идентификатор</translation>
        </message>
        <message>
            <source>Ignore apps</source>
            <translation type="vanished">Игнорируемые приложения</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Language of automatic answers</source>
            <translation>Язык автоматических ответов</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Mail addresses</source>
            <translation>Почтовые адреса</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Monday</source>
            <translation>Понедельник</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Never record these apps</source>
            <translation>Никогда не записывать эти приложения</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Not clients (never counted)</source>
            <translation>Не клиенты (не учитываются)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in English, in focus</source>
            <translation>Ответ на английском, в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in English, off hours</source>
            <translation>Ответ на английском, в нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in Russian, in focus</source>
            <translation>Ответ на русском, в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in Russian, off hours</source>
            <translation>Ответ на русском, в нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in Thai, in focus</source>
            <translation>Ответ на тайском, в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Note in Thai, off hours</source>
            <translation>Ответ на тайском, в нерабочее время</translation>
        </message>
        <message>
            <source>Notification match</source>
            <translation type="vanished">Правила для уведомлений</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation type="vanished">Уведомления</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation type="vanished">Уведомлять об отчёте</translation>
        </message>
        <message>
            <source>Notify at</source>
            <translation type="vanished">Время уведомления</translation>
        </message>
        <message>
            <source>Outside terms share</source>
            <translation type="vanished">Доля вне условий</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Own server's CA certificate</source>
            <translation>Сертификат ЦС своего сервера</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Phone numbers</source>
            <translation>Номера телефонов</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation type="vanished">Телефоны</translation>
        </message>
        <message>
            <source>Poll seconds</source>
            <translation type="vanished">Интервал опроса (с)</translation>
        </message>
        <message>
            <source>Port</source>
            <translation type="vanished">Порт</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Port (0: the usual one)</source>
            <translation>Порт (0 — обычный)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Raise cap</source>
            <translation>Предел повышения ставки</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation type="vanished">Ставка</translation>
        </message>
        <message>
            <source>Rate shortfall</source>
            <translation type="vanished">Отставание ставки</translation>
        </message>
        <message>
            <source>Record unmatched</source>
            <translation type="vanished">Записывать неопознанные</translation>
        </message>
        <message>
            <source>Refocus minutes</source>
            <translation type="vanished">Возврат к работе (мин)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Refocus time per interruption (min)</source>
            <translation>Время на возврат к работе после прерывания (мин)</translation>
        </message>
        <message>
            <source>Relationship weeks</source>
            <translation type="vanished">Пересмотр сотрудничества (недель)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Release held items at</source>
            <translation>Выдавать отложенное в</translation>
        </message>
        <message>
            <source>Repeat count</source>
            <translation type="vanished">Число повторов</translation>
        </message>
        <message>
            <source>Repeat minutes</source>
            <translation type="vanished">Окно повторов (мин)</translation>
        </message>
        <message>
            <source>Response hours</source>
            <translation type="vanished">Срок ответа (ч)</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation type="vanished">Комнаты</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP connection security</source>
            <translation>Защита соединения SMTP</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP port (0: the usual one)</source>
            <translation>Порт SMTP (0: обычный)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP server (for automatic answers)</source>
            <translation>Сервер SMTP (для автоматических ответов)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP user name (empty: as IMAP)</source>
            <translation>Имя пользователя SMTP (пусто: как для IMAP)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Saturday</source>
            <translation>Суббота</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Say it at</source>
            <translation>Сообщать в</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Say on Monday when the weekly report is ready</source>
            <translation>Сообщать в понедельник, что недельный отчёт готов</translation>
        </message>
        <message>
            <source>Security</source>
            <translation type="vanished">Защита соединения</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Short id</source>
            <translation>Короткий идентификатор</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Show desktop notifications</source>
            <translation>Показывать уведомления на рабочем столе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Show me as unavailable while in focus</source>
            <translation>Показывать меня недоступным в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Slack API address</source>
            <translation>Адрес API Slack</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Slack status while in focus</source>
            <translation>Статус в Slack в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Snooze Slack notifications while in focus</source>
            <translation>Приостанавливать уведомления Slack в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Status emoji while in focus</source>
            <translation>Эмодзи статуса в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Status message while in focus</source>
            <translation>Сообщение статуса в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest a raise when the effective rate is this far below target</source>
            <translation>Предлагать повышение, когда фактическая ставка ниже целевой на</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest an after-hours plan from this many non-urgent after-hours contacts</source>
            <translation>Предлагать план поддержки в нерабочее время от стольких несрочных обращений</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest batched mail when chat is this much of all contact</source>
            <translation>Предлагать перейти на почту, когда доля чата достигает</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest contact windows when this much contact is outside the terms</source>
            <translation>Предлагать окна для связи, когда вне условий приходится</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest reviewing a relationship after this many weeks outside the terms</source>
            <translation>Предлагать пересмотреть отношения после стольких недель вне условий</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest scheduled calls from this many ad-hoc calls a week</source>
            <translation>Предлагать плановые созвоны от стольких внеплановых звонков в неделю</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Sunday</source>
            <translation>Воскресенье</translation>
        </message>
        <message>
            <source>Surcharge percent</source>
            <translation type="vanished">Надбавка (%)</translation>
        </message>
        <message>
            <source>Target rate</source>
            <translation type="vanished">Целевая ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Their desktop notifications mention</source>
            <translation>Их уведомления на рабочем столе содержат</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Thursday</source>
            <translation>Четверг</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Time zone</source>
            <translation>Часовой пояс</translation>
        </message>
        <message>
            <source>Timezone</source>
            <translation type="vanished">Часовой пояс</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Tuesday</source>
            <translation>Вторник</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Turn on the desktop's do-not-disturb while in focus</source>
            <translation>Включать «Не беспокоить» рабочего стола в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Urgent from this many contacts in a row</source>
            <translation>Срочно после стольких обращений подряд</translation>
        </message>
        <message>
            <source>User id</source>
            <translation type="vanished">Идентификатор пользователя</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <source>Username</source>
            <translation type="vanished">Имя пользователя</translation>
        </message>
        <message>
            <source>VIP senders</source>
            <translation type="vanished">VIP-отправители</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch Matrix</source>
            <translation>Следить за Matrix</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch Slack</source>
            <translation>Следить за Slack</translation>
        </message>
        <message>
            <source>Watch notifications</source>
            <translation type="vanished">Отслеживать уведомления</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch only these apps</source>
            <translation>Следить только за этими приложениями</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Wednesday</source>
            <translation>Среда</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Weekly focus blocks</source>
            <translation>Еженедельные блоки фокуса</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation type="vanished">Время для связи</translation>
        </message>
        <message>
            <source>Words</source>
            <translation type="vanished">Срочные слова</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your Matrix user id</source>
            <translation>Ваш идентификатор в Matrix</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your address on this account</source>
            <translation>Ваш адрес в этой учётной записи</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your name or business name</source>
            <translation>Ваше имя или название компании</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your target hourly rate</source>
            <translation>Ваша целевая почасовая ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="111" />
            <source>comma-separated, e.g. a, b</source>
            <translation>через запятую, например a, b</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="142" />
            <source>each client's own rate</source>
            <translation>своя ставка каждого клиента</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="139" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="104" />
            <source>none; e.g. 09:00-12:30, 13:30-18:00</source>
            <translation>нет; например 09:00-12:30, 13:30-18:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="105" />
            <source>none; e.g. 10:00, 13:30, 17:00</source>
            <translation>нет; например 10:00, 13:30, 17:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="303" />
            <source>none; e.g. 14:00-16:00</source>
            <translation>нет; например 14:00-16:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="109" />
            <source>none; e.g. {example}</source>
            <translation>нет; например {example}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="138" />
            <source>not agreed</source>
            <translation>не согласовано</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="140" />
            <location filename="src/office_hours/ui/option_editors.py" line="141" />
            <source>not set</source>
            <translation>не задано</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="143" />
            <location filename="src/office_hours/ui/option_editors.py" line="144" />
            <source>the usual one</source>
            <translation>обычный</translation>
        </message>
    </context>
    <context>
        <name>OptionDoc</name>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>A self-hosted server's own CA certificate (PEM); empty: the system's trusted CAs.</source>
            <translation>Собственный сертификат CA (PEM) для сервера на собственном хостинге; если поле пустое, используются доверенные CA системы.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>After-hours surcharge proposed for clients whose terms name none, in percent.</source>
            <translation>Надбавка за связь в нерабочее время (в процентах), которую предлагать клиентам, в условиях которых она не указана.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Agreed response time in hours (0: not agreed).</source>
            <translation>Согласованный срок ответа в часах (0 — не согласован).</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Also answer senders who are no client, in the modes chosen (none: never).</source>
            <translation>Отвечать и отправителям, которые не являются клиентами, в отмеченных режимах (ничего не отмечено — никогда).</translation>
        </message>
        <message>
            <source>Also answer senders who are no client, in these modes, e.g. ["off_hours"]; [] never.</source>
            <translation type="vanished">Отвечать и отправителям, которые не являются клиентами, в этих режимах, например ["off_hours"]; [] — никогда.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Also record notifications that match no client (as 'unknown').</source>
            <translation>Также записывать уведомления, не относящиеся ни к одному клиенту (как 'unknown').</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Answer one sender at most once in this many days.</source>
            <translation>Отвечать одному отправителю не чаще одного раза за столько дней.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Answer this client's held mail once with a polite note in the modes chosen (none: never); the account needs an SMTP server.</source>
            <translation>Один раз вежливо отвечать на отложенные письма этого клиента в отмеченных режимах (ничего не отмечено — никогда); учётной записи нужен сервер SMTP.</translation>
        </message>
        <message>
            <source>Answer this client's held mail once with a polite note in these modes, e.g. ["off_hours"]; [] never (the account needs an SMTP server).</source>
            <translation type="vanished">Один раз вежливо отвечать на отложенные письма этого клиента в этих режимах, например ["off_hours"]; [] — никогда (у учётной записи должен быть сервер SMTP).</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>At the first connection, this many days of mail go into the report, not notified.</source>
            <translation>При первом подключении письма за указанное число дней попадают в отчёт без уведомлений.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Friday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>Рабочее время в пятницу, например ["09:00-12:30", "13:30-18:00"]; [] — выходной.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Monday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>Рабочее время в понедельник, например ["09:00-12:30", "13:30-18:00"]; [] — выходной.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Saturday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>Рабочее время в субботу, например ["09:00-12:30", "13:30-18:00"]; [] — выходной.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Sunday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>Рабочее время в воскресенье, например ["09:00-12:30", "13:30-18:00"]; [] — выходной.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Thursday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>Рабочее время в четверг, например ["09:00-12:30", "13:30-18:00"]; [] — выходной.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Tuesday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>Рабочее время во вторник, например ["09:00-12:30", "13:30-18:00"]; [] — выходной.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Business hours on Wednesday, e.g. ["09:00-12:30", "13:30-18:00"]; [] for a day off.</source>
            <translation>Рабочее время в среду, например ["09:00-12:30", "13:30-18:00"]; [] — выходной.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Channel ids where mentions of you count, e.g. ["C024BE91L"]; DMs always count.</source>
            <translation>Идентификаторы каналов, в которых учитываются упоминания вас, например ["C024BE91L"]; личные сообщения учитываются всегда.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Chat rooms or channels that belong to this client.</source>
            <translation>Комнаты или каналы в чатах, относящиеся к этому клиенту.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Chat user ids, e.g. @anna:matrix.org or U024BE7LH.</source>
            <translation>Идентификаторы пользователей в чатах, например @anna:matrix.org или U024BE7LH.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Contact after your business hours: never, emergencies_only or with_surcharge.</source>
            <translation>Связь после вашего рабочего времени: never, emergencies_only или with_surcharge.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Count mailing lists, newsletters and auto-replies as contact (normally skipped).</source>
            <translation>Считать обращениями письма из списков рассылки, новостные рассылки и автоответы (обычно они пропускаются).</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Currency shown beside rates.</source>
            <translation>Валюта, которая отображается рядом со ставками.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Desktop notifications of this client: text in the title, body or app name, e.g. ["Anna Petrova", "ACME*"] (case-insensitive; * and ? make a glob for a whole field).</source>
            <translation>Уведомления рабочего стола от этого клиента: текст в заголовке, тексте уведомления или названии приложения, например ["Anna Petrova", "ACME*"] (без учёта регистра; с * и ? шаблон сравнивается со всем полем целиком).</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Extra urgency words beside the built-in English, Russian and Thai ones.</source>
            <translation>Дополнительные срочные слова помимо встроенных английских, русских и тайских.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Folders to watch, e.g. ["INBOX", "Clients"].</source>
            <translation>Отслеживаемые папки, например ["INBOX", "Clients"].</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Group rooms (ids or #aliases) where messages mentioning you are recorded too.</source>
            <translation>Групповые комнаты (идентификаторы или #псевдонимы), в которых тоже записываются сообщения с упоминанием вас.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Hold the desktop's notifications while in focus (dunst, GNOME); restored after.</source>
            <translation>Задерживать уведомления рабочего стола в режиме фокуса (dunst, GNOME); после фокуса прежнее состояние восстанавливается.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Hours a week this client pays for.</source>
            <translation>Сколько часов в неделю оплачивает этот клиент.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>How often to ask Slack for new messages (Slack limits how often one may ask).</source>
            <translation>Как часто запрашивать у Slack новые сообщения (Slack ограничивает частоту запросов).</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>How often to look for mail without IDLE, and to check the folder while idling.</source>
            <translation>Как часто проверять почту без IDLE, а также перепроверять папку в режиме IDLE.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>IMAP port; 0: 993 for tls, 143 for starttls.</source>
            <translation>Порт IMAP; 0 — 993 для TLS, 143 для STARTTLS.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>IMAP server name, e.g. imap.example.com.</source>
            <translation>Имя сервера IMAP, например imap.example.com.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Interface and documents: en, ru or th.</source>
            <translation>Язык интерфейса и документов: en, ru или th.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Length of a focus block started without a length.</source>
            <translation>Длительность блока фокуса, запущенного без указания длительности.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Linux: record other apps' desktop notifications that a client's notification_match names (the watch runs only when some client has such rules, or record_unmatched).</source>
            <translation>Linux: записывать уведомления рабочего стола от других приложений, подходящие под правила notification_match клиента (отслеживание работает, только если такие правила есть хотя бы у одного клиента или включён record_unmatched).</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Login name on the server.</source>
            <translation>Имя для входа на сервер.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Mail addresses, or *@domain for a whole domain.</source>
            <translation>Адреса электронной почты или *@domain для всего домена.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Minutes of refocus cost counted per interruption (see the report for the source).</source>
            <translation>Сколько минут на возврат к работе учитывать за каждое прерывание (источник указан в отчёте).</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Move each client's mail into a folder named after the client once it is counted (unknown senders stay; `office-hours mail file --undo` moves it back).</source>
            <translation>Перемещать письма каждого клиента в папку с его именем, как только они учтены (письма неизвестных отправителей остаются на месте; `office-hours mail file --undo` возвращает их обратно).</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Never record these apps' notifications (beside the built-in system ones).</source>
            <translation>Никогда не записывать уведомления этих приложений (помимо встроенного списка системных).</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Phone numbers, in any format.</source>
            <translation>Номера телефонов в любом формате.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP login name; empty: the IMAP username and password.</source>
            <translation>Имя для входа в SMTP; пусто: имя и пароль IMAP.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP port; 0: 465 for tls, 587 for starttls.</source>
            <translation>Порт SMTP; 0: 465 для tls, 587 для starttls.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>SMTP server for auto-replies, e.g. smtp.example.com.</source>
            <translation>Сервер SMTP для автоответов, например smtp.example.com.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Say on Monday morning that last week's report is ready.</source>
            <translation>Сообщать в понедельник утром, что отчёт за прошлую неделю готов.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Senders of this client who always get through.</source>
            <translation>Отправители этого клиента, чьи сообщения пропускаются всегда.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Senders who always get through: addresses, *@domain, chat ids.</source>
            <translation>Отправители, чьи сообщения пропускаются всегда: адреса, *@domain, идентификаторы в чатах.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Senders who are not clients (a recruiter, a newsletter): never counted or notified. Remove one to count it again.</source>
            <translation>Отправители, которые не являются клиентами (рекрутер, рассылка): не учитываются и не вызывают уведомлений. Удалите отправителя из списка, чтобы снова его учитывать.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Short id of this account, e.g. work; the keyring key.</source>
            <translation>Короткий идентификатор этого ящика, например work; ключ в хранилище паролей.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Short id used on the command line, e.g. acme.</source>
            <translation>Короткий идентификатор для командной строки, например acme.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Show desktop notifications for delivered items.</source>
            <translation>Показывать уведомления рабочего стола о доставленных обращениях.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Snooze Slack notifications (do not disturb) in focus.</source>
            <translation>Приостанавливать уведомления Slack («Не беспокоить») на время фокуса.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Status message while in focus.</source>
            <translation>Текст статуса на время фокуса.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest a raise when the effective rate is this share below target.</source>
            <translation>Предлагать повышение ставки, если фактическая ставка ниже целевой на эту долю.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest an after-hours plan from this many non-urgent after-hours contacts.</source>
            <translation>Предлагать план поддержки в нерабочее время, если не срочных обращений в нерабочее время не меньше этого числа.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest batched mail when chat is this share of contact.</source>
            <translation>Предлагать переход на почту с ответами по расписанию, когда на чат приходится эта доля обращений.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest contact windows when this share of contact is outside terms.</source>
            <translation>Предлагать согласовать время для связи, когда эта доля обращений приходится вне условий.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest reviewing the relationship when, besides this week, this many of the four weeks before also had most contact outside the agreed terms.</source>
            <translation>Предлагать пересмотреть сотрудничество, если не только на этой неделе, но и в указанном числе из четырёх предыдущих недель большинство обращений было вне согласованных условий.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Suggest scheduled calls from this many ad-hoc calls a week.</source>
            <translation>Предлагать звонки по расписанию, если внеплановых звонков в неделю не меньше этого числа.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Surcharge for after-hours contact, in percent.</source>
            <translation>Надбавка за связь в нерабочее время, в процентах.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The Slack Web API address; change it only for a test stand-in.</source>
            <translation>Адрес Slack Web API; меняйте его только для подключения тестовой заглушки.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The client's name as you want to see it.</source>
            <translation>Имя клиента в том виде, в каком вы хотите его видеть.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The language of auto-replies to this client: en, ru or th; empty: yours.</source>
            <translation>Язык автоответов этому клиенту: en, ru или th; пусто: ваш язык.</translation>
        </message>
        <message>
            <source>The largest raise the report proposes, as a share (0.2: 20%); the rest of the gap is offered as billed calls or a retainer.</source>
            <translation type="vanished">Наибольшее повышение ставки, которое предлагает отчёт, в долях (0.2 — 20%); остаток разрыва предлагается как оплата созвонов или абонентская плата.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The largest raise the report proposes; the rest of the gap is offered as billed calls or a retainer.</source>
            <translation>Наибольшее повышение ставки, которое предлагает отчёт; остаток разрыва предлагается как оплата созвонов или абонентская плата.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in en while in focus; empty: the built-in one.</source>
            <translation>Текст ответа на английском (en) в фокусе; пусто: встроенный.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in en while in off hours; empty: the built-in one.</source>
            <translation>Текст ответа на английском (en) в нерабочее время; пусто: встроенный.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in ru while in focus; empty: the built-in one.</source>
            <translation>Текст ответа на русском (ru) в фокусе; пусто: встроенный.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in ru while in off hours; empty: the built-in one.</source>
            <translation>Текст ответа на русском (ru) в нерабочее время; пусто: встроенный.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in th while in focus; empty: the built-in one.</source>
            <translation>Текст ответа на тайском (th) в фокусе; пусто: встроенный.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The note in th while in off hours; empty: the built-in one.</source>
            <translation>Текст ответа на тайском (th) в нерабочее время; пусто: встроенный.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The person you write to, e.g. Anna Petrova: drafted messages greet them by name.</source>
            <translation>Человек, которому вы пишете, например Анна Петрова: черновики писем обращаются к нему по имени.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The status emoji while in focus.</source>
            <translation>Эмодзи статуса на время фокуса.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The window for repeat_count, in minutes.</source>
            <translation>Интервал для repeat_count в минутах.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>This many contacts from one client within repeat_minutes count as urgent.</source>
            <translation>Столько обращений от одного клиента за repeat_minutes считаются срочными.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch Slack: direct messages, group DMs, mentions.</source>
            <translation>Отслеживать Slack: личные и групповые личные сообщения, упоминания.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch a Matrix account for direct messages.</source>
            <translation>Отслеживать личные сообщения в учётной записи Matrix.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch only these apps' notifications, e.g. ["Telegram", "Slack"] (a name also matches within a longer one: "Telegram Desktop"); [] for all.</source>
            <translation>Отслеживать уведомления только этих приложений, например ["Telegram", "Slack"] (имя совпадает и внутри более длинного: "Telegram Desktop"); [] — все приложения.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Weekly focus blocks within business hours, e.g. { monday = ["09:00-12:00"], tuesday = ["09:00-12:00"] }; {} for none.</source>
            <translation>Еженедельные блоки фокуса в рабочее время, например { monday = ["09:00-12:00"], tuesday = ["09:00-12:00"] }; {} — без блоков.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>When contact on this channel is agreed, per weekday.</source>
            <translation>Согласованное время для связи по этому каналу, по дням недели.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>When held items are released together, in your time zone.</source>
            <translation>Когда отложенные обращения выдаются все вместе, по вашему часовому поясу.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>When on Monday to say so, in your time zone; the earliest of these is used.</source>
            <translation>Во сколько в понедельник об этом сообщать, по вашему часовому поясу; используется самое раннее из указанных значений.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>While in focus, show you as unavailable with focus_status; restored afterwards.</source>
            <translation>В режиме фокуса показывать вас недоступным со статусом focus_status; после фокуса прежнее состояние восстанавливается.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your IANA time zone, e.g. Europe/Berlin. Hours, batches and reports use it.</source>
            <translation>Ваш часовой пояс IANA, например Europe/Berlin. По нему считаются рабочее время, выдачи и отчёты.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your Matrix user id, e.g. @me:example.org.</source>
            <translation>Ваш идентификатор пользователя Matrix, например @me:example.org.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your Slack status while in focus; the previous one comes back afterwards.</source>
            <translation>Ваш статус в Slack на время фокуса; затем возвращается прежний.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your address on this account, for auto-replies; empty: the username if it is one.</source>
            <translation>Ваш адрес в этой учётной записи, для автоответов; пусто: имя пользователя, если это адрес.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your homeserver, e.g. https://matrix.example.org.</source>
            <translation>Ваш домашний сервер, например https://matrix.example.org.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your name or business name, as the contact-terms sheet states it; empty leaves a blank.</source>
            <translation>Ваше имя или название компании, как оно будет указано в условиях связи; если поле пустое, там останется пропуск.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your nominal hourly rate for this client.</source>
            <translation>Ваша номинальная почасовая ставка для этого клиента.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Your target hourly rate; 0 compares each client with its own nominal rate.</source>
            <translation>Ваша целевая почасовая ставка; при 0 каждый клиент сравнивается со своей номинальной ставкой.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>starttls (submission) or tls; certificates are always verified.</source>
            <translation>starttls (submission) или tls; сертификаты проверяются всегда.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>tls (IMAPS) or starttls; certificates are always verified.</source>
            <translation>tls (IMAPS) или starttls; сертификаты проверяются всегда.</translation>
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
            <translation>Договориться о времени для связи и отправить условия связи</translation>
        </message>
        <message>
            <source>Agree contact windows and send the contact-terms sheet (office-hours terms {client})</source>
            <translation type="vanished">Согласуйте время для связи и отправьте условия связи (office-hours terms {client})</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="40" />
            <source>Batch time {time}</source>
            <translation>Плановая выдача в {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="36" />
            <source>Breaks through focus: {why}</source>
            <translation>Прерывает фокус: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="37" />
            <source>Breaks through off hours: {why}</source>
            <translation>Проходит в нерабочее время: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="42" />
            <source>Business hours began</source>
            <translation>Началось рабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="241" />
            <source>Consider whether the working relationship still works</source>
            <translation>Подумайте, устраивает ли вас такое сотрудничество</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="20" />
            <source>Delivered (you are reachable), but outside the agreed {channel} window</source>
            <translation>Доставлено (вы на связи), но вне согласованного времени для канала {channel}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="41" />
            <source>Focus ended</source>
            <translation>Фокус закончился</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="25" />
            <source>Held until business hours ({next_open}): off hours</source>
            <translation>Отложено до рабочего времени ({next_open}): нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="26" />
            <source>Held until business hours ({next_open}): {client}'s terms allow no contact after hours</source>
            <translation>Отложено до рабочего времени ({next_open}): условия клиента {client} не предусматривают связи в нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="24" />
            <source>Held: you are in focus</source>
            <translation>Отложено: вы в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="23" />
            <source>Held: you are in focus until {until}</source>
            <translation>Отложено: вы в фокусе до {until}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="284" />
            <source>Most contact came outside the agreed terms in {weeks_outside} of the last {weeks} weeks (suggested from {threshold} weeks); share outside terms, oldest week first: {shares}.</source>
            <translation>Большая часть обращений шла вне договорённостей в {weeks_outside} из последних {weeks} недель (предлагается от {threshold}); доля вне условий, с самой ранней недели: {shares}.</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="240" />
            <source>Move chat to batched mail</source>
            <translation>Перенесите переписку из чата в почту с ответами по расписанию</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="73" />
            <source>No auto-reply: bulk or list mail</source>
            <translation>Без автоответа: массовая рассылка</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="80" />
            <source>No auto-reply: mail from yourself</source>
            <translation>Без автоответа: письмо от вас самих</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="72" />
            <source>No auto-reply: mailing list</source>
            <translation>Без автоответа: список рассылки</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="74" />
            <source>No auto-reply: no return path (a bounce or a notice)</source>
            <translation>Без автоответа: нет обратного адреса (возврат или уведомление)</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="67" />
            <source>No auto-reply: not turned on</source>
            <translation>Без автоответа: не включён</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="68" />
            <source>No auto-reply: not turned on for this mode</source>
            <translation>Без автоответа: не включён для этого режима</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="69" />
            <source>No auto-reply: the message was sent automatically</source>
            <translation>Без автоответа: письмо отправлено автоматически</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="84" />
            <source>No auto-reply: the sender asked for none</source>
            <translation>Без автоответа: отправитель просил не отвечать</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="77" />
            <source>No auto-reply: the sender is a robot or a list address</source>
            <translation>Без автоответа: отправитель — робот или адрес рассылки</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="85" />
            <source>No auto-reply: the sender is not a client</source>
            <translation>Без автоответа: отправитель не клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="88" />
            <source>No auto-reply: this sender had one recently</source>
            <translation>Без автоответа: этот отправитель недавно его уже получил</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/auto_reply.py" line="81" />
            <source>No auto-reply: you are not in To or Cc</source>
            <translation>Без автоответа: вас нет в «Кому» или «Копия»</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="289" />
            <source>No contact this week</source>
            <translation>На этой неделе обращений не было</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="290" />
            <source>No suggestion: contacts {contacts}, outside terms {outside_terms}, unplanned calls {ad_hoc_calls}; all within the thresholds</source>
            <translation>Без рекомендаций: обращений — {contacts}, вне условий — {outside_terms}, внеплановых звонков — {ad_hoc_calls}; всё в пределах порогов</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="296" />
            <source>No suggestion: these senders are not matched to a client</source>
            <translation>Без рекомендаций: эти отправители не связаны ни с одним клиентом</translation>
        </message>
        <message>
            <source>No suggestion: {contacts} contacts, {outside_terms} outside terms, {ad_hoc_calls} ad-hoc calls; all within the thresholds</source>
            <translation type="vanished">Без рекомендаций: обращений — {contacts}, вне условий — {outside_terms}, внеплановых звонков — {ad_hoc_calls}; всё в пределах порогов</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="238" />
            <source>Offer an after-hours support plan or a surcharge</source>
            <translation>Предложите план поддержки в нерабочее время или надбавку</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="235" />
            <source>Propose a scheduled weekly call</source>
            <translation>Предложите плановый созвон раз в неделю</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="236" />
            <source>Propose two scheduled calls a week</source>
            <translation>Предложите два плановых созвона в неделю</translation>
        </message>
        <message>
            <source>Raise the rate by {percent}%</source>
            <translation type="vanished">Повысьте ставку на {percent}%</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="239" />
            <source>Raise the rate to {new_rate} per hour (+{percent}%)</source>
            <translation>Поднять ставку до {new_rate} в час (+{percent}%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="268" />
            <source>The effective rate was below {threshold} an hour in {short_weeks} of the last {weeks} weeks; on average {effective} an hour against a target of {target}, with {unbilled} unbilled hours a week beside {billed} billed. Reaching the target needs +{needed}%.</source>
            <translation>Фактическая ставка была ниже {threshold} в час в {short_weeks} из последних {weeks} недель; в среднем {effective} в час при цели {target}, неоплачиваемых часов в неделю: {unbilled} при оплачиваемых {billed}. Чтобы выйти на цель, нужно +{needed}%.</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="260" />
            <source>The effective rate was below {threshold} an hour in {short_weeks} of the last {weeks} weeks; on average {effective} an hour against a target of {target}, with {unbilled} unbilled hours a week beside {billed} billed. Reaching the target needs +{needed}%; the raise is capped at +{cap}%.</source>
            <translation>Фактическая ставка была ниже {threshold} в час в {short_weeks} из последних {weeks} недель; в среднем {effective} в час при цели {target}, неоплачиваемых часов в неделю: {unbilled} при оплачиваемых {billed}. Чтобы выйти на цель, нужно +{needed}%; повышение ограничено +{cap}%.</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="33" />
            <source>Through after hours with a {percent}% surcharge ({client}'s terms)</source>
            <translation>Пропущено в нерабочее время с надбавкой {percent}% (условия клиента {client})</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="30" />
            <source>Urgent word: {word}</source>
            <translation>Срочное слово: {word}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="31" />
            <source>VIP sender: {sender}</source>
            <translation>VIP-отправитель: {sender}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="19" />
            <source>You are reachable: delivered now</source>
            <translation>Вы на связи: доставлено сразу</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="43" />
            <source>You asked for them</source>
            <translation>По вашему запросу</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="244" />
            <source>{ad_hoc_calls} unplanned calls this week (suggested from {threshold}), up to {busiest} on one day; in the four weeks before: {previous}.</source>
            <translation>Незапланированных звонков на этой неделе: {ad_hoc_calls} (предлагается от {threshold}), до {busiest} в день; за четыре недели до этого: {previous}.</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="255" />
            <source>{after_hours_non_urgent} after-hours contacts could have waited (suggested from {threshold}); {weekend} contacts at the weekend; proposed surcharge {surcharge}%.</source>
            <translation>Обращений в нерабочее время, которые могли подождать: {after_hours_non_urgent} (предлагается от {threshold}); в выходные: {weekend}; предлагаемая доплата {surcharge}%.</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="274" />
            <source>{base} The rest of the gap, {gap} a week, as the client's choice: bill {hours} hours of calls and after-hours work at {new_rate} (about {billed_week} a week), or an availability retainer of {retainer} a month.</source>
            <translation>{base} Остаток разрыва, {gap} в неделю, — на выбор клиента: оплата созвонов и работы в нерабочее время ({hours} ч) по ставке {new_rate} (около {billed_week} в неделю) или абонентская плата за доступность {retainer} в месяц.</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="313" />
            <source>{base}; paid after-hours contact ({surcharge_contacts}) earned {surcharge}</source>
            <translation>{base}; оплаченные обращения в нерабочее время ({surcharge_contacts}) принесли доплату {surcharge}</translation>
        </message>
        <message>
            <source>{base}; {surcharge_contacts} paid after-hours contacts earned {surcharge}</source>
            <translation type="vanished">{base}; оплаченные обращения в нерабочее время ({surcharge_contacts}) принесли доплату {surcharge}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="280" />
            <source>{chat} of {contacts} contacts ({share}%) were chat messages (suggested from {threshold}%).</source>
            <translation>Сообщений в чате: {chat} из {contacts} ({share}%, предлагается от {threshold}%).</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="32" />
            <source>{count} contacts from {client} in {minutes} min</source>
            <translation>Обращений от {client} за {minutes} мин: {count}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="44" />
            <source>{count} waiting: {clients}</source>
            <translation>Ожидают: {count} ({clients})</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="299" />
            <source>{name} cost you {hours} unbilled hours this week, {amount} at your rate; contact after hours: {after_hours} of {contacts}</source>
            <translation>{name}: неоплаченных часов на этой неделе — {hours}, это {amount} по вашей ставке; в нерабочее время — {after_hours} из {contacts} обращений</translation>
        </message>
        <message>
            <source>{name} cost you {hours} unbilled hours this week, {amount} at your rate; {after_hours} of {contacts} contacts after hours</source>
            <translation type="vanished">{name}: неоплаченных часов на этой неделе — {hours}, это {amount} по вашей ставке; в нерабочее время — {after_hours} из {contacts} обращений</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="304" />
            <source>{name} cost you {hours} unbilled hours this week; contact after hours: {after_hours} of {contacts}</source>
            <translation>{name}: неоплаченных часов на этой неделе — {hours}; в нерабочее время — {after_hours} из {contacts} обращений</translation>
        </message>
        <message>
            <source>{name} cost you {hours} unbilled hours this week; {after_hours} of {contacts} contacts after hours</source>
            <translation type="vanished">{name}: неоплаченных часов на этой неделе — {hours}; в нерабочее время — {after_hours} из {contacts} обращений</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="309" />
            <source>{name}: all contact this week within the agreed terms ({contacts})</source>
            <translation>{name}: обращений на этой неделе — {contacts}, все в рамках договорённостей</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="312" />
            <source>{name}: no contact this week</source>
            <translation>{name}: на этой неделе обращений не было</translation>
        </message>
        <message>
            <source>{name}: {contacts} contacts this week, all within the agreed terms</source>
            <translation type="vanished">{name}: обращений на этой неделе — {contacts}, все в рамках договорённостей</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="249" />
            <source>{outside_terms} of {contacts} contacts ({share}%) came outside the agreed terms (suggested from {threshold}%): {after_hours} after hours, {outside_window} in business hours but outside the agreed times for that channel.</source>
            <translation>Вне договорённостей: {outside_terms} из {contacts} обращений ({share}%, предлагается от {threshold}%): в нерабочее время — {after_hours}, в рабочее время, но вне оговорённого для канала времени — {outside_window}.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="src/office_hours/domain/report.py" line="295" />
            <location filename="src/office_hours/ui/status_text.py" line="91" />
            <source>Unknown senders</source>
            <translation>Неизвестные отправители</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="27" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="26" />
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="165" />
            <source>Contacts by hour of the week</source>
            <translation>Обращения по часам недели</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="120" />
            <source>Contacts per day, by channel</source>
            <translation>Обращения по дням и каналам</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="25" />
            <source>Email</source>
            <translation>Почта</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="229" />
            <source>Four weeks: contacts within and outside terms</source>
            <translation>Четыре недели: обращения в рамках и вне условий</translation>
        </message>
        <message>
            <source>Four-week trend (outside terms darker)</source>
            <translation type="vanished">Динамика за четыре недели (вне условий — темнее)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="35" />
            <source>Fri</source>
            <translation>Пт</translation>
        </message>
        <message>
            <source>Hour of the week</source>
            <translation type="vanished">Час недели</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="28" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="31" />
            <source>Mon</source>
            <translation>Пн</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="236" />
            <location filename="src/office_hours/documents/charts.py" line="264" />
            <source>Outside terms</source>
            <translation>Вне условий</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="36" />
            <source>Sat</source>
            <translation>Сб</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="205" />
            <location filename="src/office_hours/documents/charts.py" line="172" />
            <source>Scale (contacts in an hour):</source>
            <translation>Шкала (обращений в час):</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="37" />
            <source>Sun</source>
            <translation>Вс</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="34" />
            <source>Thu</source>
            <translation>Чт</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="32" />
            <source>Tue</source>
            <translation>Вт</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="33" />
            <source>Wed</source>
            <translation>Ср</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/charts.py" line="236" />
            <location filename="src/office_hours/documents/charts.py" line="263" />
            <source>Within terms</source>
            <translation>В рамках условий</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>Ad-hoc calls</source>
            <translation type="vanished">Внеплановые звонки</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="329" />
            <source>After hours</source>
            <translation>В нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="443" />
            <source>All clients</source>
            <translation>Все клиенты</translation>
        </message>
        <message>
            <source>Because</source>
            <translation type="vanished">Основание</translation>
        </message>
        <message>
            <source>Breakthroughs (not urgent)</source>
            <translation type="vanished">Прорвались (из них не срочных)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="332" />
            <source>Broke through</source>
            <translation>Прорвались</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="325" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="326" />
            <source>Contacts</source>
            <translation>Обращения</translation>
        </message>
        <message>
            <source>Contacts by hour of the week</source>
            <translation type="vanished">Обращения по часам недели</translation>
        </message>
        <message>
            <source>Contacts per day</source>
            <translation type="vanished">Обращения по дням</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="335" />
            <source>Contacts, 4 weeks before</source>
            <translation>Обращения за 4 предыдущие недели</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="334" />
            <source>Effective rate</source>
            <translation>Фактическая ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="327" />
            <source>Email · chat · calls · meetings</source>
            <translation>Почта · чат · звонки · встречи</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="409" />
            <source>Figure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="331" />
            <source>Held</source>
            <translation>Отложено</translation>
        </message>
        <message>
            <source>Logged min</source>
            <translation type="vanished">Учтено, мин</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="412" />
            <source>Mark</source>
            <translation>Отметка</translation>
        </message>
        <message>
            <source>Nominal</source>
            <translation type="vanished">Номинальная</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="328" />
            <source>Outside terms</source>
            <translation>Вне условий</translation>
        </message>
        <message>
            <source>Refocus cost per contact</source>
            <translation type="vanished">Затраты на возврат к работе после обращения</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="vanished">Источник</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation type="vanished">Рекомендации</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="410" />
            <source>This week</source>
            <translation>Эта неделя</translation>
        </message>
        <message>
            <source>Time cost (h)</source>
            <translation type="vanished">Затраты времени (ч)</translation>
        </message>
        <message>
            <source>Time cost = logged minutes + {minutes:g} min refocus per contact (configurable).</source>
            <translation type="vanished">Затраты времени = учтённые минуты + {minutes:g} мин на возврат к работе после каждого обращения (настраивается).</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="394" />
            <source>Times in {zone}.</source>
            <translation>Время указано для часового пояса {zone}.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="333" />
            <source>Unbilled hours</source>
            <translation>Неоплач. часы</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="294" />
            <source>Unbilled time = logged calls and meetings + {minutes:g} min refocus for each contact that broke focus or the terms (outside the agreed times, after hours, unplanned calls, break-throughs); contact inside the agreed windows costs nothing. Source of the {minutes:g} minutes: {source}</source>
            <translation>Неоплаченное время = записанные созвоны и встречи + {minutes:g} мин на возвращение к работе за каждое обращение, нарушившее фокус или условия (вне оговорённого времени, в нерабочее время, незапланированные звонки, прорывы); обращения в оговорённое время ничего не стоят. Источник {minutes:g} минут: {source}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="330" />
            <source>Unplanned calls</source>
            <translation>Незаплан. звонки</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation type="vanished">Выходные</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="382" />
            <location filename="src/office_hours/documents/report.py" line="392" />
            <source>Weekly report</source>
            <translation>Недельный отчёт</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="263" />
            <source>Weekly report {week} ({dates}), times in {zone}</source>
            <translation>Недельный отчёт {week} ({dates}), время по поясу {zone}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="411" />
            <source>Weeks before (mean)</source>
            <translation>Прошлые недели (среднее)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="305" />
            <source>interrupted work was resumed after about 25 minutes on average (time until return, not all of it lost).</source>
            <translation>к прерванной работе возвращались в среднем примерно через 25 минут (это время до возвращения, и не всё оно потеряно).</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="273" />
            <source>weeks before: {value}</source>
            <translation>прошлые недели: {value}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="290" />
            <source>{n} automatic answers sent this week.</source>
            <translation>Автоответов за эту неделю: {n}.</translation>
        </message>
    </context>
    <context>
        <name>ReportFigures</name>
        <message>
            <location filename="src/office_hours/documents/report.py" line="129" />
            <source>After hours</source>
            <translation>В нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="153" />
            <source>Effective rate</source>
            <translation>Фактическая ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="166" />
            <source>Held / broke through</source>
            <translation>Задержано / прорвалось</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="115" />
            <source>Outside terms</source>
            <translation>Вне условий</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="174" />
            <source>Surcharge earned</source>
            <translation>Заработанная доплата</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="103" />
            <source>Unbilled hours</source>
            <translation>Неоплаченные часы</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="140" />
            <source>Unplanned calls</source>
            <translation>Незапланированные звонки</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="91" />
            <source>against the agreed terms</source>
            <translation>против договорённостей</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="159" />
            <source>below your target of {target}</source>
            <translation>ниже вашей цели {target}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="92" />
            <source>more than in the weeks before</source>
            <translation>больше, чем в прошлые недели</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="175" />
            <source>{amount} for {n} paid after-hours contacts</source>
            <translation>{amount} за оплаченные обращения в нерабочее время: {n}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="116" />
            <source>{n} of {total} ({share}%)</source>
            <translation>{n} из {total} ({share}%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="154" />
            <source>{rate} an hour (agreed {nominal})</source>
            <translation>{rate} в час (по договору {nominal})</translation>
        </message>
    </context>
    <context>
        <name>ReportNumbers</name>
        <message>
            <source>Ad-hoc calls</source>
            <translation type="vanished">Внеплановые звонки</translation>
        </message>
        <message>
            <source>Ad-hoc calls, 4 weeks before</source>
            <translation type="vanished">Внеплановые звонки за 4 предыдущие недели</translation>
        </message>
        <message>
            <source>At the weekend</source>
            <translation type="vanished">В выходные</translation>
        </message>
        <message>
            <source>Calls on the busiest day</source>
            <translation type="vanished">Звонки в самый загруженный день</translation>
        </message>
        <message>
            <source>Chat messages</source>
            <translation type="vanished">Сообщения в чатах</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation type="vanished">Обращения</translation>
        </message>
        <message>
            <source>Effective rate</source>
            <translation type="vanished">Фактическая ставка</translation>
        </message>
        <message>
            <source>New rate</source>
            <translation type="vanished">Новая ставка</translation>
        </message>
        <message>
            <source>Nominal rate</source>
            <translation type="vanished">Номинальная ставка</translation>
        </message>
        <message>
            <source>Non-urgent after hours</source>
            <translation type="vanished">Не срочные в нерабочее время</translation>
        </message>
        <message>
            <source>Outside terms</source>
            <translation type="vanished">Вне условий</translation>
        </message>
        <message>
            <source>Raise (%)</source>
            <translation type="vanished">Повышение (%)</translation>
        </message>
        <message>
            <source>Share</source>
            <translation type="vanished">Доля</translation>
        </message>
        <message>
            <source>Share outside terms, 4 weeks before</source>
            <translation type="vanished">Доля вне условий за 4 предыдущие недели</translation>
        </message>
        <message>
            <source>Surcharge (%)</source>
            <translation type="vanished">Надбавка (%)</translation>
        </message>
        <message>
            <source>Target rate</source>
            <translation type="vanished">Целевая ставка</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation type="vanished">Порог</translation>
        </message>
        <message>
            <source>Threshold (weeks)</source>
            <translation type="vanished">Порог (недель)</translation>
        </message>
        <message>
            <source>Unbilled hours</source>
            <translation type="vanished">Неоплаченные часы</translation>
        </message>
        <message>
            <source>Weeks looked at</source>
            <translation type="vanished">Рассмотрено недель</translation>
        </message>
        <message>
            <source>Weeks mostly outside terms</source>
            <translation type="vanished">Недель в основном вне условий</translation>
        </message>
    </context>
    <context>
        <name>ReportWindow</name>
        <message>
            <source>4 weeks before</source>
            <translation type="vanished">За 4 предыдущие недели</translation>
        </message>
        <message>
            <source>Ad-hoc calls</source>
            <translation type="vanished">Внеплановые звонки</translation>
        </message>
        <message>
            <source>After hours</source>
            <translation type="vanished">В нерабочее время</translation>
        </message>
        <message>
            <source>All clients (select a row for one)</source>
            <translation type="vanished">Все клиенты (выберите строку, чтобы увидеть одного)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="283" />
            <source>Back to the overview</source>
            <translation>Назад к обзору</translation>
        </message>
        <message>
            <source>Breakthroughs</source>
            <translation type="vanished">Прорвались</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation type="vanished">Звонки</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation type="vanished">Чат</translation>
        </message>
        <message>
            <source>Client</source>
            <translation type="vanished">Клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="216" />
            <source>Computing…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation type="vanished">Обращения</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="359" />
            <source>Copy message</source>
            <translation>Копировать сообщение</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="406" />
            <source>Could not export: {error}</source>
            <translation>Не удалось экспортировать: {error}</translation>
        </message>
        <message>
            <source>Effective rate</source>
            <translation type="vanished">Фактическая ставка</translation>
        </message>
        <message>
            <source>Email</source>
            <translation type="vanished">Почта</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="378" />
            <source>Export the report</source>
            <translation>Экспорт отчёта</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="114" />
            <source>Export {format}</source>
            <translation>Экспорт {format}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="89" />
            <location filename="src/office_hours/ui/report_window.py" line="283" />
            <source>Full table</source>
            <translation>Вся таблица</translation>
        </message>
        <message>
            <source>Held</source>
            <translation type="vanished">Отложено</translation>
        </message>
        <message>
            <source>Logged min</source>
            <translation type="vanished">Учтено, мин</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation type="vanished">Встречи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="83" />
            <source>Next week ▶</source>
            <translation>Следующая неделя ▶</translation>
        </message>
        <message>
            <source>No suggestions this week.</source>
            <translation type="vanished">На этой неделе рекомендаций нет.</translation>
        </message>
        <message>
            <source>Not urgent</source>
            <translation type="vanished">Не срочные</translation>
        </message>
        <message>
            <source>Outside terms</source>
            <translation type="vanished">Вне условий</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="409" />
            <source>Saved {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="340" />
            <source>Suggestions</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="vanished">Цель</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="235" />
            <source>The report could not be computed: {error}</source>
            <translation>Не удалось подсчитать отчёт: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="85" />
            <location filename="src/office_hours/ui/report_window.py" line="307" />
            <source>This week</source>
            <translation>Эта неделя</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="128" />
            <source>This week against the weeks before</source>
            <translation>Эта неделя в сравнении с прошлыми</translation>
        </message>
        <message>
            <source>Time cost (h)</source>
            <translation type="vanished">Затраты времени (ч)</translation>
        </message>
        <message>
            <source>Time cost = logged minutes + {minutes:g} min refocus per contact (report.refocus_minutes). The default is a judgement below this study's figure: {source}</source>
            <translation type="vanished">Затраты времени = учтённые минуты + {minutes:g} мин на возврат к работе после каждого обращения (report.refocus_minutes). Значение по умолчанию — осторожная оценка ниже показателя этого исследования: {source}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="247" />
            <source>Times in {zone}</source>
            <translation>Время: {zone}</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation type="vanished">Выходные</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="70" />
            <source>Weekly report — Office Hours</source>
            <translation>Недельный отчёт — Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="307" />
            <source>Weeks before</source>
            <translation>Прошлые недели</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="254" />
            <source>{hours} unbilled h</source>
            <translation>неоплач. ч: {hours}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="81" />
            <source>◀ Previous week</source>
            <translation>◀ Предыдущая неделя</translation>
        </message>
    </context>
    <context>
        <name>Secret</name>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>A Slack user token (xoxp-…) with the scopes in the README.</source>
            <translation>Пользовательский токен Slack (xoxp-…) с разрешениями, перечисленными в README.</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Matrix access token</source>
            <translation>Токен доступа Matrix</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Slack token</source>
            <translation>Токен Slack</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>The access token of your Matrix account.</source>
            <translation>Токен доступа вашей учётной записи Matrix.</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="52" />
            <source>no keyring available: passwords cannot be kept safely on this machine. On GNOME install gnome-keyring, on KDE enable KWallet; on a machine without a desktop start gnome-keyring-daemon (with dbus-run-session). Office Hours never stores passwords in a file.</source>
            <translation>нет связки ключей: пароли нельзя надёжно хранить на этом компьютере. В GNOME установите gnome-keyring, в KDE включите KWallet; на компьютере без рабочего стола запустите gnome-keyring-daemon (через dbus-run-session). Office Hours никогда не хранит пароли в файле.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="58" />
            <source>the only keyring found keeps passwords in plain text; </source>
            <translation>единственная найденная связка ключей хранит пароли открытым текстом; </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>A new language applies after Office Hours restarts.</source>
            <translation type="vanished">Новый язык применится после перезапуска Office Hours.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="134" />
            <source>Accounts</source>
            <translation>Учётные записи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="214" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="145" />
            <source>Automatic answers</source>
            <translation>Автоответы</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="41" />
            <source>Business hours</source>
            <translation>Рабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="307" />
            <source>Chat tokens (kept in your keyring)</source>
            <translation>Токены чатов (в хранилище паролей)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="111" />
            <source>Clients and terms</source>
            <translation>Клиенты и условия</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="100" />
            <source>Contact windows and response times</source>
            <translation>Время для связи и сроки ответа</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="141" />
            <source>Contact-terms sheet</source>
            <translation>Условия связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="94" />
            <source>Contact-terms sheet…</source>
            <translation>Условия связи…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="47" />
            <source>Desktop notifications</source>
            <translation>Уведомления рабочего стола</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="48" />
            <source>Do not disturb in focus</source>
            <translation>Режим «Не беспокоить» в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="42" />
            <source>Focus and batches</source>
            <translation>Фокус и плановая выдача</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="40" />
            <source>General and language</source>
            <translation>Общие настройки и язык</translation>
        </message>
        <message>
            <source>Mail accounts and chat sources are connected when Office Hours starts: restart it after changing them. Everything else applies at once.</source>
            <translation type="vanished">Почтовые ящики и чаты подключаются при запуске Office Hours: после их изменения перезапустите приложение. Остальные настройки применяются сразу.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="46" />
            <source>Matrix</source>
            <translation>Matrix</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="107" />
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="125" />
            <source>No mail account yet. Press Add to let Office Hours watch a mailbox (IMAP) and count each client's mail; the password goes to your keyring.</source>
            <translation>Почтовых ящиков пока нет. Нажмите «Добавить», чтобы Office Hours следил за ящиком (IMAP) и считал письма каждого клиента; пароль будет храниться в связке ключей.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="74" />
            <source>Office Hours settings</source>
            <translation>Настройки Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="176" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="216" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="137" />
            <source>Save this client first.</source>
            <translation>Сначала сохраните этого клиента.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="264" />
            <source>Settings saved, but not the password for {user}: {why}</source>
            <translation>Настройки сохранены, но пароль для {user} не сохранён: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="45" />
            <source>Slack</source>
            <translation>Slack</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="43" />
            <source>Urgency</source>
            <translation>Срочность</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="44" />
            <source>Weekly report</source>
            <translation>Недельный отчёт</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="154" />
            <source>Written: {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="49" />
            <source>no keyring: cannot be saved (see above)</source>
            <translation>нет хранилища паролей: сохранить нельзя (см. выше)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="66" />
            <source>not set</source>
            <translation>не задан</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation type="vanished">без изменений</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="67" />
            <source>unchanged (kept in your keyring)</source>
            <translation>без изменений (в хранилище паролей)</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="98" />
            <source>Could not change the mode</source>
            <translation>Не удалось сменить режим</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="75" />
            <source>Could not read the state</source>
            <translation>Не удалось прочитать состояние</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="116" />
            <source>Could not release the held items</source>
            <translation>Не удалось выдать отложенные сообщения</translation>
        </message>
        <message>
            <source>No editor could be opened. Your settings file is:
{path}

Office Hours reads it when it starts: restart the app after saving.</source>
            <translation type="vanished">Не удалось открыть редактор. Файл настроек:
{path}

Office Hours читает его при запуске: после сохранения перезапустите приложение.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="122" />
            <source>Nothing is waiting</source>
            <translation>Ничего не ожидает</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation type="vanished">Настройки</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/shell.py" line="199" />
            <source>Your settings file has an error; the previous settings stay in use</source>
            <translation>В файле настроек ошибка; действуют прежние настройки</translation>
        </message>
        <message>
            <source>Your settings file is open in your editor:
{path}

Office Hours reads it when it starts: restart the app after saving.</source>
            <translation type="vanished">Файл настроек открыт в редакторе:
{path}

Office Hours читает его при запуске: после сохранения перезапустите приложение.</translation>
        </message>
    </context>
    <context>
        <name>ShellActions</name>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="92" />
            <source>Could not change start at login</source>
            <translation>Не удалось изменить автозапуск</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="66" />
            <source>Digest…</source>
            <translation>Сводка…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="68" />
            <source>Log a call…</source>
            <translation>Записать звонок…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="65" />
            <source>Off hours</source>
            <translation>Нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="72" />
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="63" />
            <source>Reachable</source>
            <translation>На связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="67" />
            <source>Release held items now</source>
            <translation>Выдать отложенное сейчас</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="70" />
            <source>Settings…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="71" />
            <source>Start at login</source>
            <translation>Запускать при входе в систему</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="64" />
            <source>Until I turn it off</source>
            <translation>Пока не выключу</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="69" />
            <source>Weekly report…</source>
            <translation>Недельный отчёт…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="75" />
            <source>{minutes} min</source>
            <translation>{minutes} мин</translation>
        </message>
    </context>
    <context>
        <name>ShellHost</name>
        <message>
            <location filename="src/office_hours/ui/host.py" line="124" />
            <source>Office Hours is already running</source>
            <translation>Office Hours уже запущен</translation>
        </message>
    </context>
    <context>
        <name>SourceState</name>
        <message>
            <location filename="src/office_hours/state_words.py" line="74" />
            <source>Desktop notifications</source>
            <translation>Уведомления рабочего стола</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="72" />
            <source>Mail {account}</source>
            <translation>Почта {account}</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="38" />
            <source>a library is missing: reinstall Office Hours with this part</source>
            <translation>не хватает библиотеки: переустановите Office Hours с этой частью</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="45" />
            <source>cannot open the database</source>
            <translation>не удаётся открыть базу данных</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="47" />
            <source>cannot run</source>
            <translation>не может работать</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="29" />
            <source>certificate not trusted: if this is your own server, set ca_file to its CA certificate; otherwise someone may be intercepting the connection</source>
            <translation>сертификат не вызывает доверия: если это ваш собственный сервер, укажите в ca_file его сертификат ЦС; иначе соединение, возможно, кто-то перехватывает</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="20" />
            <source>connected</source>
            <translation>подключено</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="46" />
            <source>connected, but folders cannot be opened</source>
            <translation>подключено, но папки не открываются</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="22" />
            <source>connection lost</source>
            <translation>соединение потеряно</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="26" />
            <source>login refused: check the password or token saved in the keyring</source>
            <translation>вход отклонён: проверьте пароль или токен в хранилище ключей</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="41" />
            <source>no desktop session bus: log in to a desktop session</source>
            <translation>нет шины сеанса рабочего стола: войдите в сеанс рабочего стола</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="34" />
            <source>no keyring available: passwords and tokens cannot be read (see office-hours doctor)</source>
            <translation>нет хранилища ключей: пароли и токены не прочитать (см. office-hours doctor)</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="37" />
            <source>no password or token saved yet</source>
            <translation>пароль или токен ещё не сохранён</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="23" />
            <source>server not reachable</source>
            <translation>сервер недоступен</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="19" />
            <source>starting</source>
            <translation>запускается</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="49" />
            <source>stopped</source>
            <translation>остановлено</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="48" />
            <source>stopped after an internal error (see the log)</source>
            <translation>остановлено после внутренней ошибки (см. журнал)</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="25" />
            <source>the server asked us to wait</source>
            <translation>сервер попросил подождать</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="24" />
            <source>the server did not answer in time</source>
            <translation>сервер не ответил вовремя</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="44" />
            <source>the session bus refused monitoring</source>
            <translation>шина сеанса запретила наблюдение</translation>
        </message>
        <message>
            <location filename="src/office_hours/state_words.py" line="21" />
            <source>watching</source>
            <translation>наблюдает</translation>
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
            <translation>{state}; следующая попытка через {seconds} с</translation>
        </message>
    </context>
    <context>
        <name>StartupError</name>
        <message>
            <location filename="src/office_hours/ui/startup_error.py" line="19" />
            <source>Office Hours cannot start</source>
            <translation>Office Hours не может запуститься</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/startup_error.py" line="20" />
            <source>Office Hours cannot start:

{problem}

Nothing was changed. Fix the problem and start Office Hours again.</source>
            <translation>Office Hours не может запуститься:

{problem}

Ничего не изменено. Устраните проблему и запустите Office Hours снова.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="95" />
            <source>+{count} more</source>
            <translation>ещё {count}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="108" />
            <source>Emergency waiting: {title}</source>
            <translation>Ждёт срочное: {title}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="33" />
            <source>Focus</source>
            <translation>Фокус</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="34" />
            <source>Off hours</source>
            <translation>Нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="100" />
            <source>Office Hours</source>
            <translation>Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="32" />
            <source>Reachable</source>
            <translation>На связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="70" />
            <source>back at {time}</source>
            <translation>снова на связи в {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="76" />
            <source>next batch {time}</source>
            <translation>следующая выдача в {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="67" />
            <source>{count} waiting</source>
            <translation>ожидают: {count}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="58" />
            <source>{mode} until you turn it off</source>
            <translation>{mode}, пока вы не выключите</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="61" />
            <source>{mode} until {time}</source>
            <translation>{mode} до {time}</translation>
        </message>
    </context>
    <context>
        <name>TermsSheet</name>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="233" />
            <source>A marked emergency reaches the Contractor at once, also during focused work. Please reserve it for real emergencies.</source>
            <translation>Сообщение, обозначенное как экстренное, доходит до Исполнителя немедленно, в том числе во время сосредоточенной работы. Просьба использовать такую пометку только в действительно экстренных случаях.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="158" />
            <source>All times in this document are local times in the time zone {zone} ({offset} on {date}).</source>
            <translation>Всё время в настоящем документе указано по местному времени часового пояса {zone} ({offset} на {date}).</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="204" />
            <source>An emergency is a fault that stops the Client's business from operating and cannot wait until the next business day, for example a service outage.</source>
            <translation>Экстренным случаем считается неисправность, которая останавливает работу Заказчика и не может ждать до следующего рабочего дня, например отказ сервиса.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="271" />
            <source>Appendix to the agreement between {client} and {contractor}</source>
            <translation>Приложение к договору между {client} и {contractor}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="244" />
            <source>Batched replies</source>
            <translation>Ответы по расписанию</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="156" />
            <source>Business hours</source>
            <translation>Рабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="193" />
            <source>Calls and meetings outside these windows take place by prior arrangement only.</source>
            <translation>Звонки и встречи вне указанного времени проводятся только по предварительной договорённости.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="173" />
            <source>Channel</source>
            <translation>Канал связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="121" />
            <source>Chat and messengers</source>
            <translation>Чаты и мессенджеры</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="261" />
            <location filename="src/office_hours/documents/terms.py" line="275" />
            <source>Client</source>
            <translation>Заказчик</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="270" />
            <source>Contact terms</source>
            <translation>Условия связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="172" />
            <source>Contact windows and response times</source>
            <translation>Время для связи и сроки ответа</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="261" />
            <location filename="src/office_hours/documents/terms.py" line="276" />
            <source>Contractor</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="265" />
            <location filename="src/office_hours/documents/terms.py" line="265" />
            <location filename="src/office_hours/documents/terms.py" line="277" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="166" />
            <source>Days</source>
            <translation>Дни</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="183" />
            <source>During business hours</source>
            <translation>В рабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="120" />
            <source>Email</source>
            <translation>Электронная почта</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="202" />
            <source>Emergencies</source>
            <translation>Экстренные случаи</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="166" />
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="280" />
            <source>Made with Office Hours.</source>
            <translation>Подготовлено в Office Hours.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="123" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="246" />
            <source>Messages that are not emergencies are read and answered in batches, at {times}.</source>
            <translation>Сообщения, не являющиеся экстренными, прочитываются и обрабатываются в установленное время: {times}.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="189" />
            <source>No fixed time; replies within business hours</source>
            <translation>Срок не установлен; ответ в рабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="169" />
            <source>No regular business hours are set.</source>
            <translation>Постоянное рабочее время не установлено.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="180" />
            <source>Not used</source>
            <translation>Не используется</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="200" />
            <source>Outside business hours</source>
            <translation>Нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="135" />
            <source>Outside business hours, only emergencies are handled (see “Emergencies”). Other messages are answered on the next business day.</source>
            <translation>В нерабочее время рассматриваются только экстренные случаи (см. раздел «Экстренные случаи»). На остальные сообщения Исполнитель отвечает в следующий рабочий день.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="141" />
            <source>Outside business hours, requests are handled at a surcharge of {percent}% on the agreed hourly rate.</source>
            <translation>В нерабочее время обращения обрабатываются с надбавкой {percent}% к согласованной почасовой ставке.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="146" />
            <source>Outside business hours, requests are handled at a surcharge to be agreed separately.</source>
            <translation>В нерабочее время обращения обрабатываются с надбавкой, размер которой согласуется отдельно.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="122" />
            <source>Phone and video calls</source>
            <translation>Телефонные и видеозвонки</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="226" />
            <source>Repeated contact also counts as urgent: {count} or more contacts within {minutes} min.</source>
            <translation>Срочными также считаются повторные обращения: не менее {count} за {minutes} мин.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="173" />
            <source>Response time</source>
            <translation>Срок ответа</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="264" />
            <location filename="src/office_hours/documents/terms.py" line="264" />
            <source>Signature</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="260" />
            <source>Signatures</source>
            <translation>Подписи сторон</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="129" />
            <source>The Contractor is not available outside business hours, emergencies included. Messages received outside business hours are answered on the next business day.</source>
            <translation>В нерабочее время Исполнитель недоступен, в том числе в экстренных случаях. На сообщения, поступившие в нерабочее время, Исполнитель отвечает в следующий рабочий день.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="221" />
            <source>These words also mark an emergency: {words}.</source>
            <translation>Экстренным также считается сообщение со словами: {words}.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="213" />
            <source>To mark a message as an emergency, put one of these words in its subject or first line: {words}.</source>
            <translation>Чтобы обозначить сообщение как экстренное, укажите в его теме или первой строке одно из слов: {words}.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="173" />
            <source>When to contact</source>
            <translation>Когда связываться</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="185" />
            <source>Within {hours} h during business hours</source>
            <translation>В течение {hours} ч в рабочее время</translation>
        </message>
    </context>
    <context>
        <name>TrayApp</name>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="329" />
            <source>Settings file not applied: {problem}</source>
            <translation>Файл настроек не применён: {problem}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="387" />
            <source>Week {week}: see who interrupted how often, and what to propose.</source>
            <translation>Неделя {week}: кто и как часто отвлекал и что можно предложить.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="386" />
            <source>Your weekly report is ready</source>
            <translation>Недельный отчёт готов</translation>
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
            <translation>Фокус</translation>
        </message>
        <message>
            <source>Mail {account}: {state}</source>
            <translation type="vanished">Почта {account}: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray.py" line="142" />
            <source>Waiting</source>
            <translation>Ждут ответа</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray.py" line="144" />
            <source>Waiting ({n} overdue)</source>
            <translation>Ждут ответа (просрочено: {n})</translation>
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
            <translation>срок через {age}</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="34" />
            <source>overdue by {age}</source>
            <translation>просрочено на {age}</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="40" />
            <source>{client}: {count} unread, oldest {age}</source>
            <translation>{client}: непрочитанных {count}, самому старому {age}</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="44" />
            <source>{line}, {due}</source>
            <translation>{line}, {due}</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="25" />
            <source>{n} d</source>
            <translation>{n} дн</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="24" />
            <source>{n} h</source>
            <translation>{n} ч</translation>
        </message>
        <message>
            <location filename="src/office_hours/unread_words.py" line="22" />
            <source>{n} min</source>
            <translation>{n} мин</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="186" />
            <location filename="src/office_hours/ui/status_text.py" line="24" />
            <source>Fri</source>
            <translation>Пт</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="43" />
            <source>Friday</source>
            <translation>Пятница</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="182" />
            <location filename="src/office_hours/ui/status_text.py" line="20" />
            <source>Mon</source>
            <translation>Пн</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="39" />
            <source>Monday</source>
            <translation>Понедельник</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="187" />
            <location filename="src/office_hours/ui/status_text.py" line="25" />
            <source>Sat</source>
            <translation>Сб</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="44" />
            <source>Saturday</source>
            <translation>Суббота</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="188" />
            <location filename="src/office_hours/ui/status_text.py" line="26" />
            <source>Sun</source>
            <translation>Вс</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="45" />
            <source>Sunday</source>
            <translation>Воскресенье</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="185" />
            <location filename="src/office_hours/ui/status_text.py" line="23" />
            <source>Thu</source>
            <translation>Чт</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="42" />
            <source>Thursday</source>
            <translation>Четверг</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="183" />
            <location filename="src/office_hours/ui/status_text.py" line="21" />
            <source>Tue</source>
            <translation>Вт</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="40" />
            <source>Tuesday</source>
            <translation>Вторник</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="184" />
            <location filename="src/office_hours/ui/status_text.py" line="22" />
            <source>Wed</source>
            <translation>Ср</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="41" />
            <source>Wednesday</source>
            <translation>Среда</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>  contacts {n} ({channels}); outside terms {o}; after hours {a}; held {h}; breakthroughs {b}; logged {m} min</source>
            <translation type="vanished">  обращения {n} ({channels}); вне условий {o}; в нерабочее время {a}; отложено {h}; прорвались {b}; учтено {m} мин</translation>
        </message>
        <message>
            <source>  effective rate {eff} {cur}/h (nominal {nom})</source>
            <translation type="vanished">  фактическая ставка {eff} {cur}/ч (номинальная {nom})</translation>
        </message>
        <message>
            <source>  weekend {w}; ad-hoc calls {ad}; not urgent {nu}; time cost {t} h; 4 weeks before: {trend}</source>
            <translation type="vanished">  выходные {w}; внеплановые звонки {ad}; не срочные {nu}; затраты времени {t} ч; 4 предыдущие недели: {trend}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="217" />
            <source> until you turn it off</source>
            <translation>, пока вы не выключите</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="66" />
            <source>'schedule' returns to your business hours</source>
            <translation>'schedule' возвращает к вашему рабочему расписанию</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="243" />
            <source>'schedule' takes no --for or --until</source>
            <translation>для 'schedule' не указываются --for и --until</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="501" />
            <source>--at {text} is not a time like 14:00 or 2026-11-23 14:00</source>
            <translation>--at {text} — не время вида 14:00 или 2026-11-23 14:00</translation>
        </message>
        <message>
            <source>--format pdf needs --out FILE</source>
            <translation type="vanished">для --format pdf нужен --out ФАЙЛ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="521" />
            <source>--minutes must be between 1 and 1440, got {n}</source>
            <translation>--minutes должно быть от 1 до 1440, получено {n}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="397" />
            <source>; did you mean {name}?</source>
            <translation>; возможно, вы имели в виду {name}?</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="53" />
            <source>Focus for freelancers: holds client contact, lets emergencies through, and counts every interruption.</source>
            <translation>Сосредоточенная работа для фрилансеров: откладывает обращения клиентов, пропускает экстренные и учитывает каждое прерывание.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="336" />
            <source>Held: {n}</source>
            <translation>Отложено: {n}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="89" />
            <source>Logged in as {user} (device {device}); the access token is in the keyring, the password was not kept.</source>
            <translation>Вход выполнен как {user} (устройство {device}); токен доступа сохранён в связке ключей, пароль не сохранён.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="531" />
            <location filename="src/office_hours/ui/log_call.py" line="153" />
            <source>Logged {minutes} min with {client}</source>
            <translation>Записано: {minutes} мин с {client}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="75" />
            <source>Matrix password for {user}: </source>
            <translation>Пароль Matrix для {user}: </translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="447" />
            <source>NUL characters removed from {field}</source>
            <translation>из поля {field} удалены символы NUL</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="339" />
            <source>Next batch: {time}</source>
            <translation>Следующая выдача: {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="321" />
            <source>Nothing was waiting.</source>
            <translation>Ничего не ожидало.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/start.py" line="17" />
            <source>Office Hours is already running.</source>
            <translation>Office Hours уже запущен.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="98" />
            <source>Set [matrix] homeserver = "{hs}" and user_id = "{user}" in {path}.</source>
            <translation>Укажите в {path}: [matrix] homeserver = "{hs}" и user_id = "{user}".</translation>
        </message>
        <message>
            <source>Time cost: logged minutes + {m:g} min refocus per contact. {source}</source>
            <translation type="vanished">Затраты времени: учтённые минуты + {m:g} мин на возврат к работе после каждого обращения. {source}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="343" />
            <source>Tray app: {state}</source>
            <translation>Приложение в трее: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="350" />
            <source>Waiting for an answer:</source>
            <translation>Ждут ответа:</translation>
        </message>
        <message>
            <source>Week {week} ({tz})</source>
            <translation type="vanished">Неделя {week} ({tz})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="28" />
            <source>a client's contact-terms sheet (md, html, pdf)</source>
            <translation>условия связи для клиента (md, html, pdf)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="99" />
            <source>a meeting, not a call</source>
            <translation>встреча, а не звонок</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="98" />
            <source>a short note</source>
            <translation>короткая заметка</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="36" />
            <source>add this client's own contact windows</source>
            <translation>добавить согласованное с этим клиентом время для связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="80" />
            <source>bring back everything held, now</source>
            <translation>выдать всё отложенное сейчас</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="449" />
            <source>bytes that are not UTF-8 replaced</source>
            <translation>байты не в UTF-8 заменены</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="471" />
            <source>cannot be stored: {why}</source>
            <translation>не удаётся сохранить: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="588" />
            <location filename="src/office_hours/cli/commands.py" line="573" />
            <location filename="src/office_hours/cli/terms.py" line="101" />
            <source>cannot write {path}: {why}</source>
            <translation>не удалось записать {path}: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="91" />
            <location filename="src/office_hours/cli/terms.py" line="29" />
            <source>client id or name</source>
            <translation>id или имя клиента</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="128" />
            <source>default: matrix.homeserver</source>
            <translation>по умолчанию: matrix.homeserver</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="129" />
            <source>default: matrix.user_id</source>
            <translation>по умолчанию: matrix.user_id</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="102" />
            <source>e.g. 2026-W47; default this week</source>
            <translation>например 2026-W47; по умолчанию текущая неделя</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="32" />
            <location filename="src/office_hours/cli/terms.py" line="37" />
            <source>en, ru or th (default: general.language)</source>
            <translation>en, ru или th (по умолчанию: general.language)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="62" />
            <source>give the homeserver (--homeserver https://…) or set matrix.homeserver</source>
            <translation>укажите сервер (--homeserver https://…) или задайте matrix.homeserver</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="69" />
            <source>give your user id (--user @me:example.org) or set matrix.user_id</source>
            <translation>укажите свой идентификатор (--user @me:example.org) или задайте matrix.user_id</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="92" />
            <source>how long it took</source>
            <translation>сколько длился</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="73" />
            <source>how long, e.g. 25m, 90m, 1h30m</source>
            <translation>на сколько, например 25m, 90m, 1h30m</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="450" />
            <source>invalid characters replaced in {field}</source>
            <translation>недопустимые символы в поле {field} заменены</translation>
        </message>
        <message>
            <source>json follows docs/report-schema.md; pdf needs --out</source>
            <translation type="vanished">json соответствует docs/report-schema.md; для pdf нужен --out</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="107" />
            <source>json follows docs/report-schema.md; pdf without --out writes a named file</source>
            <translation>json соответствует docs/report-schema.md; pdf без --out записывается в файл с именем отчёта</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="138" />
            <source>list what would move; move nothing</source>
            <translation>показать, что было бы перемещено; ничего не перемещать</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="126" />
            <source>log in to Matrix once; keeps only the access token</source>
            <translation>войти в Matrix один раз; сохраняется только токен доступа</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="78" />
            <location filename="src/office_hours/cli/commands.py" line="81" />
            <source>machine-readable output</source>
            <translation>вывод для программ</translation>
        </message>
        <message>
            <source>mail accounts: save a password</source>
            <translation type="vanished">почтовые ящики: сохранить пароль</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="117" />
            <source>mail and chat accounts: save a password, log in</source>
            <translation>почта и чаты: сохранить пароль, войти</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="131" />
            <source>mail: file each client's mail into its folder</source>
            <translation>почта: разложить письма клиентов по их папкам</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="31" />
            <source>md, html or pdf (default md)</source>
            <translation>md, html или pdf (по умолчанию md)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="134" />
            <source>move client mail into client folders (file_by_client = true)</source>
            <translation>переместить письма клиентов в папки клиентов (file_by_client = true)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="143" />
            <source>move everything filed back (file_by_client off first)</source>
            <translation>вернуть обратно всё разложенное (сначала выключите file_by_client)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="516" />
            <location filename="src/office_hours/documents/terms.py" line="393" />
            <source>no client {name} in {path} (known: {known})</source>
            <translation>клиента {name} нет в {path} (известные: {known})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="79" />
            <source>no password given; nothing was saved</source>
            <translation>пароль не введён; ничего не сохранено</translation>
        </message>
        <message>
            <location filename="src/office_hours/i18n.py" line="102" />
            <source>no translation catalogue for {lang} at {path}</source>
            <translation>нет каталога переводов для {lang} в {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="514" />
            <location filename="src/office_hours/documents/terms.py" line="394" />
            <source>none yet</source>
            <translation>пока нет</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="344" />
            <source>not running</source>
            <translation>не запущено</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="438" />
            <source>office-hours ingest: line {n}: {problem}</source>
            <translation>office-hours ingest: строка {n}: {problem}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="183" />
            <source>office-hours: filing is off for {id}: set file_by_client = true in its [[accounts]] table (try --dry-run first)</source>
            <translation>office-hours: для {id} раскладывание выключено: задайте file_by_client = true в его таблице [[accounts]] (сначала попробуйте --dry-run)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="194" />
            <source>office-hours: no account has file_by_client = true (try --dry-run first)</source>
            <translation>office-hours: ни у одной учётной записи нет file_by_client = true (сначала попробуйте --dry-run)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="173" />
            <source>office-hours: no such mail account {id!r} (known: {known})</source>
            <translation>office-hours: нет почтовой учётной записи {id!r} (известны: {known})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="655" />
            <source>office-hours: the config file has a problem and was left as it is:</source>
            <translation>office-hours: в файле настроек ошибка, файл оставлен без изменений:</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="209" />
            <source>office-hours: {id}: set file_by_client = false first, or the running app files the mail again</source>
            <translation>office-hours: {id}: сначала задайте file_by_client = false, иначе работающее приложение снова разложит письма</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="136" />
            <source>only this account id</source>
            <translation>только эта учётная запись (id)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="87" />
            <source>print one JSON result per line once it is stored</source>
            <translation>выводить по одному результату JSON на строку после сохранения</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="83" />
            <source>read items as JSON lines on standard input</source>
            <translation>читать записи в формате JSON Lines со стандартного ввода</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="90" />
            <source>record a call or meeting no integration sees</source>
            <translation>записать звонок или встречу, которых не видит ни одна интеграция</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="344" />
            <source>running</source>
            <translation>запущено</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="123" />
            <source>save a chat token (Slack) in the keyring</source>
            <translation>сохранить токен чата (Slack) в хранилище паролей</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="120" />
            <source>save an account's password in the keyring</source>
            <translation>сохранить пароль ящика в хранилище паролей</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="62" />
            <source>set focus, reachable or off hours</source>
            <translation>включить фокус, режим «на связи» или нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="152" />
            <source>stop after this long (0: never)</source>
            <translation>остановиться через указанное время (0 — никогда)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="122" />
            <source>the account id from config.toml</source>
            <translation>id ящика из config.toml</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="77" />
            <source>the current mode and what is held</source>
            <translation>текущий режим и что отложено</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="101" />
            <source>the weekly interruption report</source>
            <translation>недельный отчёт о прерываниях</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="78" />
            <location filename="src/office_hours/documents/terms.py" line="411" />
            <source>unknown format {fmt}; choose one of: {choices}</source>
            <translation>неизвестный формат {fmt}; выберите один из: {choices}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="65" />
            <location filename="src/office_hours/documents/terms.py" line="417" />
            <source>unknown language {lang}; choose one of: {choices}</source>
            <translation>неизвестный язык {lang}; выберите один из: {choices}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="75" />
            <source>until a time today, e.g. 14:00</source>
            <translation>до указанного времени сегодня, например 14:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="149" />
            <source>watch every configured source without the tray (JSON lines)</source>
            <translation>следить за всеми настроенными источниками без значка в трее (строки JSON)</translation>
        </message>
        <message>
            <source>watch the mail accounts without the tray (JSON lines)</source>
            <translation type="vanished">следить за почтовыми ящиками без значка в трее (JSON Lines)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="556" />
            <source>week {week}: too close to the edge of the calendar to report on</source>
            <translation>неделя {week}: слишком близко к границе календаря для отчёта</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="111" />
            <source>what is configured, reachable and missing</source>
            <translation>что настроено, что доступно и чего не хватает</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="96" />
            <source>when it started: 14:00, 2026-11-23 14:00 or ISO 8601</source>
            <translation>когда начался: 14:00, 2026-11-23 14:00 или ISO 8601</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="124" />
            <source>which chat the token is for, e.g. slack</source>
            <translation>для какого чата токен, например slack</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="109" />
            <source>write to FILE instead of the screen</source>
            <translation>записать в ФАЙЛ вместо вывода на экран</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="33" />
            <location filename="src/office_hours/cli/terms.py" line="38" />
            <source>write to PATH instead of the screen</source>
            <translation>записать по ПУТИ вместо вывода на экран</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="35" />
            <source>your office hours as an iCalendar file</source>
            <translation>ваше рабочее время в виде файла iCalendar</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="445" />
            <source>{field} cut to {n} characters</source>
            <translation>поле {field} обрезано до {n} символов</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="256" />
            <source>{id}: moved UID {uid} from {sender} to {folder}</source>
            <translation>{id}: UID {uid} от {sender} перемещено в {folder}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="254" />
            <source>{id}: would move UID {uid} from {sender} to {folder}</source>
            <translation>{id}: UID {uid} от {sender} было бы перемещено в {folder}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="222" />
            <source>{id}: would move {mid} back from {folder}</source>
            <translation>{id}: {mid} было бы возвращено из {folder}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="231" />
            <source>{id}: {n} messages moved back, {missing} not found</source>
            <translation>{id}: возвращено писем: {n}, не найдено: {missing}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="270" />
            <source>{id}: {n} messages moved; {left} left alone (no Message-ID)</source>
            <translation>{id}: перемещено писем: {n}; оставлено на месте (нет Message-ID): {left}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="268" />
            <source>{id}: {n} messages would move; {left} left alone (no Message-ID)</source>
            <translation>{id}: было бы перемещено писем: {n}; осталось бы на месте (нет Message-ID): {left}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="218" />
            <source>{mode} until {time}</source>
            <translation>{mode} до {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="428" />
            <source>{new} new, {seen} already seen, {bad} bad lines</source>
            <translation>новых: {new}, уже известных: {seen}, ошибочных строк: {bad}</translation>
        </message>
    </context>
    <context>
        <name>desktop</name>
        <message>
            <location filename="src/office_hours/sources/desktop.py" line="104" />
            <source>Desktop notifications</source>
            <translation>Уведомления рабочего стола</translation>
        </message>
        <message>
            <location filename="src/office_hours/sources/desktop.py" line="40" />
            <source>no session bus (DBUS_SESSION_BUS_ADDRESS is unset): log in to a desktop session</source>
            <translation>нет сеансовой шины (DBUS_SESSION_BUS_ADDRESS не задана): войдите в сеанс рабочего стола</translation>
        </message>
        <message>
            <source>the jeepney package is missing: reinstall Office Hours with it</source>
            <translation type="vanished">не установлен пакет jeepney: переустановите Office Hours вместе с ним</translation>
        </message>
        <message>
            <source>the session bus cannot be reached ({error})</source>
            <translation type="vanished">сеансовая шина недоступна ({error})</translation>
        </message>
        <message>
            <source>the session bus connection was lost; reconnecting</source>
            <translation type="vanished">соединение с сеансовой шиной потеряно; переподключение</translation>
        </message>
        <message>
            <source>the session bus did not answer within {s:g} s</source>
            <translation type="vanished">сеансовая шина не ответила за {s:g} с</translation>
        </message>
        <message>
            <source>the session bus refused monitoring ({error})</source>
            <translation type="vanished">сеансовая шина отказала в мониторинге ({error})</translation>
        </message>
        <message>
            <source>watching</source>
            <translation type="vanished">отслеживаются</translation>
        </message>
        <message>
            <source>{problem}; trying again in {s} s</source>
            <translation type="vanished">{problem}; повтор через {s} с</translation>
        </message>
    </context>
    <context>
        <name>doctor</name>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="275" />
            <source>DAMAGED</source>
            <translation>ПОВРЕЖДЕНА</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="167" />
            <source>Matrix {user} at {hs}: {state}</source>
            <translation>Matrix {user} на {hs}: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="320" />
            <source>No problems found.
</source>
            <translation>Проблем не найдено.
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
            <translation>автоответы включены для некоторых клиентов, но ни у одной почтовой учётной записи нет сервера SMTP (smtp_host): ничего не отправляется</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="111" />
            <source>auto-replies from {id}: SMTP at {where} fails: {why}</source>
            <translation>автоответы из {id}: SMTP на {where} не работает: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="120" />
            <source>auto-replies from {id}: SMTP login at {where} works</source>
            <translation>автоответы из {id}: вход в SMTP на {where} работает</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="129" />
            <source>auto-replies from {id}: your address is unknown (the user name is no address); set address = "you@example.com" or no mail is answered</source>
            <translation>автоответы из {id}: ваш адрес неизвестен (имя пользователя — не адрес); укажите address = "you@example.com", иначе ни на одно письмо не будет ответа</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="251" />
            <source>config has a problem (left unchanged): {error}</source>
            <translation>в файле настроек ошибка (файл не изменён): {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="247" />
            <source>config: {path}</source>
            <translation>настройки: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="170" />
            <source>connected</source>
            <translation>подключено</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="274" />
            <source>database: {path} ({n} items, integrity {state})</source>
            <translation>база данных: {path} (записей: {n}, целостность: {state})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="67" />
            <source>desktop notifications: available</source>
            <translation>уведомления рабочего стола: доступны</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="198" />
            <source>desktop notifications: not watched (no client has notification_match rules)</source>
            <translation>уведомления рабочего стола: не отслеживаются (ни у одного клиента нет правил notification_match)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="193" />
            <source>desktop notifications: off (desktop.watch_notifications)</source>
            <translation>уведомления рабочего стола: отключены (desktop.watch_notifications)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="34" />
            <source>keyring: {name}</source>
            <translation>хранилище паролей: {name}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="85" />
            <source>mail account {id} ({user} at {host}): {state}</source>
            <translation>почтовый ящик {id} ({user} на {host}): {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="303" />
            <source>mail and chat accounts: none configured</source>
            <translation>почтовые и чат-аккаунты: не настроены</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="263" />
            <source>no clients defined: every contact goes to 'unknown'</source>
            <translation>клиенты не заданы: все обращения попадают в «unknown»</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="240" />
            <source>no config file yet; it is created with defaults at first start: {path}</source>
            <translation>файла настроек пока нет; он будет создан со значениями по умолчанию при первом запуске: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="283" />
            <source>no database yet; it is created at first use: {path}</source>
            <translation>базы данных пока нет; она будет создана при первом использовании: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="62" />
            <source>no desktop session bus: notifications fall back to the tray's own (install libnotify-bin and log in to a desktop session)</source>
            <translation>нет сеансовой шины рабочего стола: уведомления показывает сам значок в трее (установите libnotify-bin и войдите в сеанс рабочего стола)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="314" />
            <source>no keyring available (see the keyring line above)</source>
            <translation>хранилище паролей недоступно (см. строку о хранилище выше)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="28" />
            <source>no keyring service found: passwords for mail and chat accounts cannot be saved. On GNOME install gnome-keyring, on KDE enable KWallet; on a headless machine run gnome-keyring-daemon.</source>
            <translation>служба хранения паролей не найдена: пароли почтовых и чат-аккаунтов сохранить нельзя. В GNOME установите gnome-keyring, в KDE включите KWallet; на машине без графической среды запустите gnome-keyring-daemon.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="58" />
            <source>plyer is missing: notifications fall back to the tray's own</source>
            <translation>не установлен plyer: уведомления показывает сам значок в трее</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="25" />
            <source>the keyring package is missing; reinstall Office Hours</source>
            <translation>не установлен пакет keyring; переустановите Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="256" />
            <source>time zone {tz}; {n} clients: {names}</source>
            <translation>часовой пояс {tz}; клиентов: {n} ({names})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="291" />
            <source>tray app: not running (start it with: office-hours)</source>
            <translation>приложение в трее: не запущено (запуск: office-hours)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="289" />
            <source>tray app: running</source>
            <translation>приложение в трее: запущено</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="190" />
            <source>{label}: can watch other apps' notifications</source>
            <translation>{label}: может отслеживать уведомления других приложений</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="187" />
            <source>{label}: cannot run: {problem}</source>
            <translation>{label}: запуск невозможен: {problem}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="211" />
            <source>{label}: ready</source>
            <translation>{label}: готово</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="217" />
            <source>{name}: left in its focus state by an app that stopped; the next start of the app restores it</source>
            <translation>{name}: осталось в режиме фокуса после остановки приложения; при следующем запуске приложение вернёт прежнее состояние</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="215" />
            <source>{name}: on while you focus</source>
            <translation>{name}: включено на время фокуса</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="318" />
            <source>{n} problems found
</source>
            <translation>Найдено проблем: {n}
</translation>
        </message>
    </context>
    <context>
        <name>mode</name>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="209" />
            <source>Focus</source>
            <translation>Фокус</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="210" />
            <source>Off hours</source>
            <translation>Нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/commands.py" line="208" />
            <source>Reachable</source>
            <translation>На связи</translation>
        </message>
    </context>
    <context>
        <name>presence</name>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="366" />
            <source>Desktop do-not-disturb</source>
            <translation>Режим «Не беспокоить» рабочего стола</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="156" />
            <source>Desktop do-not-disturb (GNOME)</source>
            <translation>Режим «Не беспокоить» рабочего стола (GNOME)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="265" />
            <source>Desktop do-not-disturb (KDE Plasma)</source>
            <translation>«Не беспокоить» рабочего стола (KDE Plasma)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="202" />
            <source>Desktop do-not-disturb (XFCE)</source>
            <translation>«Не беспокоить» рабочего стола (XFCE)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="117" />
            <source>Desktop do-not-disturb (dunst)</source>
            <translation>Режим «Не беспокоить» рабочего стола (dunst)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="335" />
            <source>Focus</source>
            <translation>Фокус</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="55" />
            <source>checking</source>
            <translation>проверяется</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="151" />
            <source>could not restore the previous state: {error}</source>
            <translation>не удалось восстановить прежнее состояние: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="95" />
            <location filename="src/office_hours/presence/manager.py" line="104" />
            <source>could not turn on: {error}</source>
            <translation>не удалось включить: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="126" />
            <source>dunst is not running here</source>
            <translation>dunst здесь не запущен</translation>
        </message>
        <message>
            <source>dunst is not running here ({error})</source>
            <translation type="vanished">dunst здесь не запущен ({error})</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="121" />
            <source>dunstctl is not installed</source>
            <translation>dunstctl не установлен</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="160" />
            <source>gsettings is not installed</source>
            <translation>gsettings не установлен</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="129" />
            <source>no longer configured; its previous state stays saved in {path}</source>
            <translation>больше не настроено; прежнее состояние по-прежнему сохранено в {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="291" />
            <source>no session bus: {error}</source>
            <translation>нет сеансовой шины: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="369" />
            <source>none found: install dunst, or use GNOME, KDE Plasma or XFCE</source>
            <translation>не найдено: установите dunst или используйте GNOME, KDE Plasma или XFCE</translation>
        </message>
        <message>
            <source>none found: install dunst, or use GNOME; other desktops are not supported yet</source>
            <translation type="vanished">не найдено: установите dunst или используйте GNOME; другие среды рабочего стола пока не поддерживаются</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="175" />
            <source>not turned on: its previous state cannot be saved in {path}</source>
            <translation>не включено: не удаётся сохранить прежнее состояние в {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="116" />
            <source>on while you focus</source>
            <translation>включено на время фокуса</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="157" />
            <location filename="src/office_hours/presence/manager.py" line="82" />
            <source>ready</source>
            <translation>готово</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="211" />
            <source>the XFCE settings service does not answer</source>
            <translation>служба настроек XFCE не отвечает</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="140" />
            <source>the app stopped while turning this on; check it by hand once</source>
            <translation>приложение остановилось во время включения; один раз проверьте вручную</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="307" />
            <source>the notification service has no Inhibit: {error}</source>
            <translation>служба уведомлений не поддерживает Inhibit: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="279" />
            <source>the notification service refused {call}: {error}</source>
            <translation>служба уведомлений отклонила {call}: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="166" />
            <source>this desktop has no {schema} settings</source>
            <translation>в этой среде рабочего стола нет настроек {schema}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="206" />
            <source>xfconf-query is not installed</source>
            <translation>xfconf-query не установлен</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="40" />
            <source>{cmd} did not answer within {s} s</source>
            <translation>{cmd} не ответил за {s} с</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="47" />
            <source>{cmd} failed: {said}</source>
            <translation>ошибка {cmd}: {said}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="37" />
            <source>{cmd} is not installed</source>
            <translation>{cmd} не установлен</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="57" />
            <source>{what} answered {text!r}</source>
            <translation>{what} вернул {text!r}</translation>
        </message>
    </context>
</TS>