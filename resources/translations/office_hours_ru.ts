<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>Buttons</name>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="45" />
            <source>&amp;Finish</source>
            <translation>&amp;Готово</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="44" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Далее &gt;</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="43" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Назад</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="31" />
            <location filename="src/office_hours/ui/widgets.py" line="46" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="33" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="32" />
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/widgets.py" line="30" />
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
            <location filename="src/office_hours/ui/settings_lists.py" line="42" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="41" />
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="40" />
            <source>Email</source>
            <translation>Почта</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="43" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
    </context>
    <context>
        <name>Choice</name>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="151" />
            <source>Emergencies only</source>
            <translation>Только экстренные случаи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="150" />
            <source>Never</source>
            <translation>Никогда</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="154" />
            <source>STARTTLS (port 143)</source>
            <translation>STARTTLS (порт 143)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="153" />
            <source>TLS (IMAPS, port 993)</source>
            <translation>TLS (IMAPS, порт 993)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="152" />
            <source>With surcharge</source>
            <translation>С надбавкой</translation>
        </message>
    </context>
    <context>
        <name>ConnectionTest</name>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="66" />
            <source>Connecting to {host}:{port}…</source>
            <translation>Подключение к {host}:{port}…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="90" />
            <source>Problem:</source>
            <translation>Ошибка:</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="90" />
            <source>Success:</source>
            <translation>Успешно:</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/connection_test.py" line="42" />
            <source>Test connection</source>
            <translation>Проверить подключение</translation>
        </message>
    </context>
    <context>
        <name>DigestWindow</name>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="191" />
            <source>(no subject)</source>
            <translation>(без темы)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="101" />
            <source>Assign to client</source>
            <translation>Отнести к клиенту</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="146" />
            <source>Could not read the digest: {e}</source>
            <translation>Не удалось прочитать сводку: {e}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="73" />
            <source>Digest — Office Hours</source>
            <translation>Сводка — Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="46" />
            <source>Let through</source>
            <translation>Пропущено</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="46" />
            <source>Let through · not urgent</source>
            <translation>Пропущено · не срочное</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="93" />
            <source>Mark handled</source>
            <translation>Отметить как обработанное</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="95" />
            <source>Not urgent</source>
            <translation>Не срочное</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="275" />
            <source>Nothing on this desktop opens {link}</source>
            <translation>На этом рабочем столе нечем открыть {link}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="217" />
            <source>Nothing to go through: no held or let-through items are open.</source>
            <translation>Разбирать нечего: нет открытых отложенных или пропущенных сообщений.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="91" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="47" />
            <source>Released</source>
            <translation>Выдано</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="105" />
            <source>Reload</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="97" />
            <source>This break-through was not an emergency (the weekly report counts it)</source>
            <translation>Это сообщение прорвалось, но не было экстренным (недельный отчёт это учтёт)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="222" />
            <source>Unknown senders</source>
            <translation>Неизвестные отправители</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="47" />
            <source>Waiting</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="132" />
            <source>Waiting for an answer:</source>
            <translation>Ждут ответа:</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="309" />
            <source>Your config file was left as it is: {e}</source>
            <translation>Файл настроек оставлен без изменений: {e}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="169" />
            <source>{client} — 1 item, {waiting} waiting</source>
            <translation>{client} — сообщений: 1, ожидают: {waiting}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="171" />
            <source>{client} — {count} items, {waiting} waiting</source>
            <translation>{client} — сообщений: {count}, ожидают: {waiting}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="295" />
            <source>{sender} now counts for {client}; the rule is in your config file.</source>
            <translation>{sender} теперь относится к {client}; правило записано в файл настроек.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/digest_window.py" line="211" />
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
            <location filename="src/office_hours/ui/fallback_window.py" line="54" />
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
            <location filename="src/office_hours/ui/first_run.py" line="105" />
            <source>Batch times</source>
            <translation>Время плановой выдачи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="94" />
            <source>Business hours</source>
            <translation>Рабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="106" />
            <source>In focus, non-urgent contact is held and released at these times.</source>
            <translation>В режиме фокуса не срочные обращения откладываются и выдаются в указанное время.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="206" />
            <source>Mail account (optional)</source>
            <translation>Почтовый ящик (необязательно)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="213" />
            <source>Office Hours can watch your mailbox (IMAP) and count each client's mail. Leave the server empty to skip this; the settings can add it later. The account starts being watched at the next start.</source>
            <translation>Office Hours может следить за вашим почтовым ящиком (IMAP) и учитывать письма каждого клиента. Чтобы пропустить этот шаг, оставьте сервер пустым; ящик можно добавить позже в настройках. Слежение за ящиком начнётся при следующем запуске.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="83" />
            <source>Welcome to Office Hours</source>
            <translation>Добро пожаловать в Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="95" />
            <source>When are you reachable? Outside these hours contact waits for the next working day. Ranges like 09:00-12:30, 13:30-18:00; leave a day empty when you do not work.</source>
            <translation>Когда вы на связи? Вне этого времени обращения ждут следующего рабочего дня. Укажите интервалы, например 09:00-12:30, 13:30-18:00; если в какой-то день вы не работаете, оставьте его пустым.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="115" />
            <source>Who contacts you, and on what terms? Addresses may be *@domain for a whole company. You can add more clients in the settings.</source>
            <translation>Кто с вами связывается и на каких условиях? Адрес вида *@domain охватывает всю компанию. Других клиентов можно добавить в настройках.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="114" />
            <source>Your first client</source>
            <translation>Ваш первый клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/first_run.py" line="208" />
            <source>kept in your keyring, never in a file</source>
            <translation>сохраняется в хранилище паролей, не в файле</translation>
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="50" />
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="61" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="136" />
            <source>Choose a client.</source>
            <translation>Выберите клиента.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="70" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="76" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="71" />
            <source>Length</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="41" />
            <source>Log a call</source>
            <translation>Записать звонок</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="62" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="77" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="73" />
            <source>Started at ({zone})</source>
            <translation>Начало ({zone})</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="148" />
            <source>The call was not logged: {error}</source>
            <translation>Звонок не записан: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/log_call.py" line="90" />
            <source>There are no clients in your settings yet. Add one as a [[clients]] table in {path}.</source>
            <translation>В настройках пока нет клиентов. Добавьте клиента таблицей [[clients]] в {path}.</translation>
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
            <location filename="src/office_hours/ui/notify.py" line="339" />
            <source>Reminder: {title}</source>
            <translation>Напоминание: {title}</translation>
        </message>
    </context>
    <context>
        <name>Option</name>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Ad hoc calls per week</source>
            <translation>Внеплановых звонков в неделю</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Addresses</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>After hours</source>
            <translation>Связь в нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>After hours non urgent</source>
            <translation>Не срочные в нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Api url</source>
            <translation>Адрес API</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Apps</source>
            <translation>Приложения</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Backfill days</source>
            <translation>Дней истории</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Batch times</source>
            <translation>Время плановой выдачи</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Billed hours per week</source>
            <translation>Оплачиваемых часов в неделю</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Blocks</source>
            <translation>Блоки фокуса</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>CA file</source>
            <translation>Файл CA</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Channels</source>
            <translation>Каналы</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Chat share</source>
            <translation>Доля чата</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Chat users</source>
            <translation>Пользователи чатов</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Count automated</source>
            <translation>Учитывать автоматические письма</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Default minutes</source>
            <translation>Длительность по умолчанию (мин)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Desktop dnd</source>
            <translation>«Не беспокоить» на рабочем столе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Enabled</source>
            <translation>Включено</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>File by client</source>
            <translation>Раскладывать по клиентам</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Focus dnd</source>
            <translation>«Не беспокоить» в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Focus presence</source>
            <translation>Присутствие в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Focus status</source>
            <translation>Статус в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Focus status emoji</source>
            <translation>Эмодзи статуса в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Focus status text</source>
            <translation>Текст статуса в фокусе</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Folders</source>
            <translation>Папки</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Friday</source>
            <translation>Пятница</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Homeserver</source>
            <translation>Домашний сервер</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Host</source>
            <translation>Сервер</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Id</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Ignore apps</source>
            <translation>Игнорируемые приложения</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Monday</source>
            <translation>Понедельник</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Notification match</source>
            <translation>Правила для уведомлений</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Notifications</source>
            <translation>Уведомления</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Notify</source>
            <translation>Уведомлять об отчёте</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Notify at</source>
            <translation>Время уведомления</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Outside terms share</source>
            <translation>Доля вне условий</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Phones</source>
            <translation>Телефоны</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Poll seconds</source>
            <translation>Интервал опроса (с)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Port</source>
            <translation>Порт</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Rate</source>
            <translation>Ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Rate shortfall</source>
            <translation>Отставание ставки</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Record unmatched</source>
            <translation>Записывать неопознанные</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Refocus minutes</source>
            <translation>Возврат к работе (мин)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Relationship weeks</source>
            <translation>Пересмотр сотрудничества (недель)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Repeat count</source>
            <translation>Число повторов</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Repeat minutes</source>
            <translation>Окно повторов (мин)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Response hours</source>
            <translation>Срок ответа (ч)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Rooms</source>
            <translation>Комнаты</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Saturday</source>
            <translation>Суббота</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Security</source>
            <translation>Защита соединения</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Sunday</source>
            <translation>Воскресенье</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Surcharge percent</source>
            <translation>Надбавка (%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Target rate</source>
            <translation>Целевая ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Thursday</source>
            <translation>Четверг</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Timezone</source>
            <translation>Часовой пояс</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Tuesday</source>
            <translation>Вторник</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>User id</source>
            <translation>Идентификатор пользователя</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Username</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>VIP senders</source>
            <translation>VIP-отправители</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Watch notifications</source>
            <translation>Отслеживать уведомления</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Wednesday</source>
            <translation>Среда</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Windows</source>
            <translation>Время для связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/config/schema.py" line="0" />
            <source>Words</source>
            <translation>Срочные слова</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="88" />
            <source>comma-separated, e.g. a, b</source>
            <translation>через запятую, например a, b</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="84" />
            <source>none; e.g. 09:00-12:30, 13:30-18:00</source>
            <translation>нет; например 09:00-12:30, 13:30-18:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="85" />
            <source>none; e.g. 10:00, 13:30, 17:00</source>
            <translation>нет; например 10:00, 13:30, 17:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="219" />
            <source>none; e.g. 14:00-16:00</source>
            <translation>нет; например 14:00-16:00</translation>
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
            <source>Also record notifications that match no client (as 'unknown').</source>
            <translation>Также записывать уведомления, не относящиеся ни к одному клиенту (как 'unknown').</translation>
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
            <translation>Порт IMAP; 0 — 993 для tls, 143 для starttls.</translation>
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
            <source>Let `office-hours mail file` move each client's mail into a folder named after the client (unknown senders stay; `--undo` moves them back).</source>
            <translation type="vanished">Разрешить `office-hours mail file` перемещать письма каждого клиента в папку с его именем (письма неизвестных отправителей остаются на месте; `--undo` возвращает их обратно).</translation>
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
            <location filename="src/office_hours/domain/report.py" line="191" />
            <source>Agree contact windows and send the contact-terms sheet (office-hours terms {client})</source>
            <translation>Согласуйте время для связи и отправьте условия связи (office-hours terms {client})</translation>
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
            <location filename="src/office_hours/domain/report.py" line="197" />
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
            <location filename="src/office_hours/domain/report.py" line="196" />
            <source>Move chat to batched mail</source>
            <translation>Перенесите переписку из чата в почту с ответами по расписанию</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="200" />
            <source>No contact this week</source>
            <translation>На этой неделе обращений не было</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="207" />
            <source>No suggestion: these senders are not matched to a client</source>
            <translation>Без рекомендаций: эти отправители не связаны ни с одним клиентом</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="201" />
            <source>No suggestion: {contacts} contacts, {outside_terms} outside terms, {ad_hoc_calls} ad-hoc calls; all within the thresholds</source>
            <translation>Без рекомендаций: обращений — {contacts}, вне условий — {outside_terms}, внеплановых звонков — {ad_hoc_calls}; всё в пределах порогов</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="194" />
            <source>Offer an after-hours support plan or a surcharge</source>
            <translation>Предложите план поддержки в нерабочее время или надбавку</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="189" />
            <source>Propose a scheduled weekly call</source>
            <translation>Предложите плановый созвон раз в неделю</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="190" />
            <source>Propose two scheduled calls a week</source>
            <translation>Предложите два плановых созвона в неделю</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/report.py" line="195" />
            <source>Raise the rate by {percent}%</source>
            <translation>Повысьте ставку на {percent}%</translation>
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
            <location filename="src/office_hours/domain/reasons.py" line="32" />
            <source>{count} contacts from {client} in {minutes} min</source>
            <translation>Обращений от {client} за {minutes} мин: {count}</translation>
        </message>
        <message>
            <location filename="src/office_hours/domain/reasons.py" line="44" />
            <source>{count} waiting: {clients}</source>
            <translation>Ожидают: {count} ({clients})</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="src/office_hours/domain/report.py" line="206" />
            <location filename="src/office_hours/ui/status_text.py" line="89" />
            <source>Unknown senders</source>
            <translation>Неизвестные отправители</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <location filename="src/office_hours/ui/report_charts.py" line="50" />
            <source>Contacts per day, by channel</source>
            <translation>Обращения по дням и каналам</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_charts.py" line="132" />
            <source>Four-week trend (outside terms darker)</source>
            <translation>Динамика за четыре недели (вне условий — темнее)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_charts.py" line="95" />
            <source>Hour of the week</source>
            <translation>Час недели</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <location filename="src/office_hours/documents/report.py" line="176" />
            <source>Ad-hoc calls</source>
            <translation>Внеплановые звонки</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="174" />
            <source>After hours</source>
            <translation>В нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="264" />
            <source>Because</source>
            <translation>Основание</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="178" />
            <source>Breakthroughs (not urgent)</source>
            <translation>Прорвались (из них не срочных)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="170" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="171" />
            <source>Contacts</source>
            <translation>Обращения</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="239" />
            <source>Contacts by hour of the week</source>
            <translation>Обращения по часам недели</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="227" />
            <source>Contacts per day</source>
            <translation>Обращения по дням</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="183" />
            <source>Contacts, 4 weeks before</source>
            <translation>Обращения за 4 предыдущие недели</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="181" />
            <source>Effective rate</source>
            <translation>Фактическая ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="177" />
            <source>Held</source>
            <translation>Отложено</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="179" />
            <source>Logged min</source>
            <translation>Учтено, мин</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="182" />
            <source>Nominal</source>
            <translation>Номинальная</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="173" />
            <source>Outside terms</source>
            <translation>Вне условий</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="277" />
            <source>Refocus cost per contact</source>
            <translation>Затраты на возврат к работе после обращения</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="278" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="256" />
            <source>Suggestions</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="180" />
            <source>Time cost (h)</source>
            <translation>Затраты времени (ч)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="197" />
            <source>Time cost = logged minutes + {minutes:g} min refocus per contact (configurable).</source>
            <translation>Затраты времени = учтённые минуты + {minutes:g} мин на возврат к работе после каждого обращения (настраивается).</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="195" />
            <source>Times in {zone}.</source>
            <translation>Время указано для часового пояса {zone}.</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="175" />
            <source>Weekend</source>
            <translation>Выходные</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="188" />
            <location filename="src/office_hours/documents/report.py" line="194" />
            <source>Weekly report</source>
            <translation>Недельный отчёт</translation>
        </message>
    </context>
    <context>
        <name>ReportNumbers</name>
        <message>
            <location filename="src/office_hours/documents/report.py" line="50" />
            <source>Ad-hoc calls</source>
            <translation>Внеплановые звонки</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="63" />
            <source>Ad-hoc calls, 4 weeks before</source>
            <translation>Внеплановые звонки за 4 предыдущие недели</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="66" />
            <source>At the weekend</source>
            <translation>В выходные</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="62" />
            <source>Calls on the busiest day</source>
            <translation>Звонки в самый загруженный день</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="61" />
            <source>Chat messages</source>
            <translation>Сообщения в чатах</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="53" />
            <source>Contacts</source>
            <translation>Обращения</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="56" />
            <source>Effective rate</source>
            <translation>Фактическая ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="60" />
            <source>New rate</source>
            <translation>Новая ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="58" />
            <source>Nominal rate</source>
            <translation>Номинальная ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="55" />
            <source>Non-urgent after hours</source>
            <translation>Не срочные в нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="52" />
            <source>Outside terms</source>
            <translation>Вне условий</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="59" />
            <source>Raise (%)</source>
            <translation>Повышение (%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="54" />
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="72" />
            <source>Share outside terms, 4 weeks before</source>
            <translation>Доля вне условий за 4 предыдущие недели</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="67" />
            <source>Surcharge (%)</source>
            <translation>Надбавка (%)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="57" />
            <source>Target rate</source>
            <translation>Целевая ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="51" />
            <source>Threshold</source>
            <translation>Порог</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="71" />
            <source>Threshold (weeks)</source>
            <translation>Порог (недель)</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="68" />
            <source>Unbilled hours</source>
            <translation>Неоплаченные часы</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="70" />
            <source>Weeks looked at</source>
            <translation>Рассмотрено недель</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/report.py" line="69" />
            <source>Weeks mostly outside terms</source>
            <translation>Недель в основном вне условий</translation>
        </message>
    </context>
    <context>
        <name>ReportWindow</name>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="61" />
            <source>4 weeks before</source>
            <translation>За 4 предыдущие недели</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="57" />
            <source>Ad-hoc calls</source>
            <translation>Внеплановые звонки</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="51" />
            <source>After hours</source>
            <translation>В нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="240" />
            <source>All clients (select a row for one)</source>
            <translation>Все клиенты (выберите строку, чтобы увидеть одного)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="53" />
            <source>Breakthroughs</source>
            <translation>Прорвались</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="48" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="47" />
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="44" />
            <source>Client</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="190" />
            <source>Computing…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="45" />
            <source>Contacts</source>
            <translation>Обращения</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="387" />
            <source>Copy message</source>
            <translation>Копировать сообщение</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="305" />
            <source>Could not export: {error}</source>
            <translation>Не удалось экспортировать: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="55" />
            <source>Effective rate</source>
            <translation>Фактическая ставка</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="46" />
            <source>Email</source>
            <translation>Почта</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="271" />
            <source>Export the report</source>
            <translation>Экспорт отчёта</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="123" />
            <source>Export {format}</source>
            <translation>Экспорт {format}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="52" />
            <source>Held</source>
            <translation>Отложено</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="54" />
            <source>Logged min</source>
            <translation>Учтено, мин</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="49" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="96" />
            <source>Next week ▶</source>
            <translation>Следующая неделя ▶</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="354" />
            <source>No suggestions this week.</source>
            <translation>На этой неделе рекомендаций нет.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="58" />
            <source>Not urgent</source>
            <translation>Не срочные</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="50" />
            <source>Outside terms</source>
            <translation>Вне условий</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="308" />
            <source>Saved {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="349" />
            <source>Suggestions</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="60" />
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="209" />
            <source>The report could not be computed: {error}</source>
            <translation>Не удалось подсчитать отчёт: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="98" />
            <source>This week</source>
            <translation>Эта неделя</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="59" />
            <source>Time cost (h)</source>
            <translation>Затраты времени (ч)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="367" />
            <source>Time cost = logged minutes + {minutes:g} min refocus per contact (report.refocus_minutes). The default is a judgement below this study's figure: {source}</source>
            <translation>Затраты времени = учтённые минуты + {minutes:g} мин на возврат к работе после каждого обращения (report.refocus_minutes). Значение по умолчанию — осторожная оценка ниже показателя этого исследования: {source}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="219" />
            <source>Times in {zone}</source>
            <translation>Время: {zone}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="56" />
            <source>Weekend</source>
            <translation>Выходные</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="83" />
            <source>Weekly report — Office Hours</source>
            <translation>Недельный отчёт — Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/report_window.py" line="94" />
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
        <name>Settings</name>
        <message>
            <source>A new language applies after Office Hours restarts.</source>
            <translation type="vanished">Новый язык применится после перезапуска Office Hours.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="127" />
            <source>Accounts</source>
            <translation>Учётные записи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="192" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="41" />
            <source>Business hours</source>
            <translation>Рабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="257" />
            <source>Chat tokens (kept in your keyring)</source>
            <translation>Токены чатов (в хранилище паролей)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="109" />
            <source>Clients and terms</source>
            <translation>Клиенты и условия</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="81" />
            <source>Contact windows and response times</source>
            <translation>Время для связи и сроки ответа</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="122" />
            <source>Contact-terms sheet</source>
            <translation>Условия связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="75" />
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
            <location filename="src/office_hours/ui/settings_dialog.py" line="105" />
            <source>New client</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="74" />
            <source>Office Hours settings</source>
            <translation>Настройки Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="155" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="194" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="118" />
            <source>Save this client first.</source>
            <translation>Сначала сохраните этого клиента.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_dialog.py" line="229" />
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
            <location filename="src/office_hours/ui/settings_lists.py" line="135" />
            <source>Written: {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="48" />
            <source>no keyring: cannot be saved (see above)</source>
            <translation>нет хранилища паролей: сохранить нельзя (см. выше)</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="261" />
            <source>unchanged</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/settings_lists.py" line="147" />
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
            <location filename="src/office_hours/ui/shell.py" line="198" />
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
            <location filename="src/office_hours/ui/actions.py" line="79" />
            <source>Could not change start at login</source>
            <translation>Не удалось изменить автозапуск</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="53" />
            <source>Digest…</source>
            <translation>Сводка…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="55" />
            <source>Log a call…</source>
            <translation>Записать звонок…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="52" />
            <source>Off hours</source>
            <translation>Нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="59" />
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="50" />
            <source>Reachable</source>
            <translation>На связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="54" />
            <source>Release held items now</source>
            <translation>Выдать отложенное сейчас</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="57" />
            <source>Settings…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="58" />
            <source>Start at login</source>
            <translation>Запускать при входе в систему</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="51" />
            <source>Until I turn it off</source>
            <translation>Пока не выключу</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="56" />
            <source>Weekly report…</source>
            <translation>Недельный отчёт…</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/actions.py" line="62" />
            <source>{minutes} min</source>
            <translation>{minutes} мин</translation>
        </message>
    </context>
    <context>
        <name>ShellHost</name>
        <message>
            <location filename="src/office_hours/ui/host.py" line="118" />
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
            <location filename="src/office_hours/ui/status_text.py" line="93" />
            <source>+{count} more</source>
            <translation>ещё {count}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="106" />
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
            <location filename="src/office_hours/ui/status_text.py" line="98" />
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
            <location filename="src/office_hours/ui/status_text.py" line="74" />
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
            <location filename="src/office_hours/documents/terms.py" line="261" />
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
            <location filename="src/office_hours/documents/terms.py" line="265" />
            <source>Client</source>
            <translation>Заказчик</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="260" />
            <source>Contact terms</source>
            <translation>Условия связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="172" />
            <source>Contact windows and response times</source>
            <translation>Время для связи и сроки ответа</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="266" />
            <source>Contractor</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="267" />
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
            <location filename="src/office_hours/documents/terms.py" line="270" />
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
            <location filename="src/office_hours/ui/tray_app.py" line="315" />
            <source>Settings file not applied: {problem}</source>
            <translation>Файл настроек не применён: {problem}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="370" />
            <source>Week {week}: see who interrupted how often, and what to propose.</source>
            <translation>Неделя {week}: кто и как часто отвлекал и что можно предложить.</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="369" />
            <source>Your weekly report is ready</source>
            <translation>Недельный отчёт готов</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray_app.py" line="321" />
            <source>{target}: {state}</source>
            <translation>{target}: {state}</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <location filename="src/office_hours/ui/tray.py" line="63" />
            <source>Focus</source>
            <translation>Фокус</translation>
        </message>
        <message>
            <source>Mail {account}: {state}</source>
            <translation type="vanished">Почта {account}: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray.py" line="132" />
            <source>Waiting</source>
            <translation>Ждут ответа</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/tray.py" line="134" />
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
            <location filename="src/office_hours/ui/status_text.py" line="24" />
            <source>Fri</source>
            <translation>Пт</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="41" />
            <source>Friday</source>
            <translation>Пятница</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="20" />
            <source>Mon</source>
            <translation>Пн</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="37" />
            <source>Monday</source>
            <translation>Понедельник</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="25" />
            <source>Sat</source>
            <translation>Сб</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="42" />
            <source>Saturday</source>
            <translation>Суббота</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="26" />
            <source>Sun</source>
            <translation>Вс</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="43" />
            <source>Sunday</source>
            <translation>Воскресенье</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="23" />
            <source>Thu</source>
            <translation>Чт</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="40" />
            <source>Thursday</source>
            <translation>Четверг</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="21" />
            <source>Tue</source>
            <translation>Вт</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="38" />
            <source>Tuesday</source>
            <translation>Вторник</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/status_text.py" line="22" />
            <source>Wed</source>
            <translation>Ср</translation>
        </message>
        <message>
            <location filename="src/office_hours/ui/option_editors.py" line="39" />
            <source>Wednesday</source>
            <translation>Среда</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="src/office_hours/cli/main.py" line="528" />
            <source>  contacts {n} ({channels}); outside terms {o}; after hours {a}; held {h}; breakthroughs {b}; logged {m} min</source>
            <translation>  обращения {n} ({channels}); вне условий {o}; в нерабочее время {a}; отложено {h}; прорвались {b}; учтено {m} мин</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="557" />
            <source>  effective rate {eff} {cur}/h (nominal {nom})</source>
            <translation>  фактическая ставка {eff} {cur}/ч (номинальная {nom})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="543" />
            <source>  weekend {w}; ad-hoc calls {ad}; not urgent {nu}; time cost {t} h; 4 weeks before: {trend}</source>
            <translation>  выходные {w}; внеплановые звонки {ad}; не срочные {nu}; затраты времени {t} ч; 4 предыдущие недели: {trend}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="186" />
            <source> until you turn it off</source>
            <translation>, пока вы не выключите</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="64" />
            <source>'schedule' returns to your business hours</source>
            <translation>'schedule' возвращает к вашему рабочему расписанию</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="212" />
            <source>'schedule' takes no --for or --until</source>
            <translation>для 'schedule' не указываются --for и --until</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="429" />
            <source>--at {text} is not a time like 14:00 or 2026-11-23 14:00</source>
            <translation>--at {text} — не время вида 14:00 или 2026-11-23 14:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="470" />
            <source>--format pdf needs --out FILE</source>
            <translation>для --format pdf нужен --out ФАЙЛ</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="449" />
            <source>--minutes must be between 1 and 1440, got {n}</source>
            <translation>--minutes должно быть от 1 до 1440, получено {n}</translation>
        </message>
        <message>
            <location filename="src/office_hours/documents/terms.py" line="378" />
            <source>; did you mean {name}?</source>
            <translation>; возможно, вы имели в виду {name}?</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="51" />
            <source>Focus for freelancers: holds client contact, lets emergencies through, and counts every interruption.</source>
            <translation>Сосредоточенная работа для фрилансеров: откладывает обращения клиентов, пропускает экстренные и учитывает каждое прерывание.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="305" />
            <source>Held: {n}</source>
            <translation>Отложено: {n}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="89" />
            <source>Logged in as {user} (device {device}); the access token is in the keyring, the password was not kept.</source>
            <translation>Вход выполнен как {user} (устройство {device}); токен доступа сохранён в связке ключей, пароль не сохранён.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="459" />
            <source>Logged {minutes} min with {client}</source>
            <translation>Записано: {minutes} мин с {client}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="75" />
            <source>Matrix password for {user}: </source>
            <translation>Пароль Matrix для {user}: </translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="308" />
            <source>Next batch: {time}</source>
            <translation>Следующая выдача: {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="290" />
            <source>Nothing was waiting.</source>
            <translation>Ничего не ожидало.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/start.py" line="15" />
            <source>Office Hours is already running.</source>
            <translation>Office Hours уже запущен.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/chat.py" line="98" />
            <source>Set [matrix] homeserver = "{hs}" and user_id = "{user}" in {path}.</source>
            <translation>Укажите в {path}: [matrix] homeserver = "{hs}" и user_id = "{user}".</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="519" />
            <source>Time cost: logged minutes + {m:g} min refocus per contact. {source}</source>
            <translation>Затраты времени: учтённые минуты + {m:g} мин на возврат к работе после каждого обращения. {source}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="312" />
            <source>Tray app: {state}</source>
            <translation>Приложение в трее: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="319" />
            <source>Waiting for an answer:</source>
            <translation>Ждут ответа:</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="517" />
            <source>Week {week} ({tz})</source>
            <translation>Неделя {week} ({tz})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="28" />
            <source>a client's contact-terms sheet (md, html, pdf)</source>
            <translation>условия связи для клиента (md, html, pdf)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="97" />
            <source>a meeting, not a call</source>
            <translation>встреча, а не звонок</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="96" />
            <source>a short note</source>
            <translation>короткая заметка</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="36" />
            <source>add this client's own contact windows</source>
            <translation>добавить согласованное с этим клиентом время для связи</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="78" />
            <source>bring back everything held, now</source>
            <translation>выдать всё отложенное сейчас</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="510" />
            <location filename="src/office_hours/cli/main.py" line="497" />
            <location filename="src/office_hours/cli/terms.py" line="101" />
            <source>cannot write {path}: {why}</source>
            <translation>не удалось записать {path}: {why}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="89" />
            <location filename="src/office_hours/cli/terms.py" line="29" />
            <source>client id or name</source>
            <translation>id или имя клиента</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="126" />
            <source>default: matrix.homeserver</source>
            <translation>по умолчанию: matrix.homeserver</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="127" />
            <source>default: matrix.user_id</source>
            <translation>по умолчанию: matrix.user_id</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="100" />
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
            <location filename="src/office_hours/cli/main.py" line="90" />
            <source>how long it took</source>
            <translation>сколько длился</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="71" />
            <source>how long, e.g. 25m, 90m, 1h30m</source>
            <translation>на сколько, например 25m, 90m, 1h30m</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="105" />
            <source>json follows docs/report-schema.md; pdf needs --out</source>
            <translation>json соответствует docs/report-schema.md; для pdf нужен --out</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="136" />
            <source>list what would move; move nothing</source>
            <translation>показать, что было бы перемещено; ничего не перемещать</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="124" />
            <source>log in to Matrix once; keeps only the access token</source>
            <translation>войти в Matrix один раз; сохраняется только токен доступа</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="76" />
            <location filename="src/office_hours/cli/main.py" line="79" />
            <source>machine-readable output</source>
            <translation>вывод для программ</translation>
        </message>
        <message>
            <source>mail accounts: save a password</source>
            <translation type="vanished">почтовые ящики: сохранить пароль</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="115" />
            <source>mail and chat accounts: save a password, log in</source>
            <translation>почта и чаты: сохранить пароль, войти</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="129" />
            <source>mail: file each client's mail into its folder</source>
            <translation>почта: разложить письма клиентов по их папкам</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="31" />
            <source>md, html or pdf (default md)</source>
            <translation>md, html или pdf (по умолчанию md)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="132" />
            <source>move client mail into client folders (file_by_client = true)</source>
            <translation>переместить письма клиентов в папки клиентов (file_by_client = true)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="141" />
            <source>move everything filed back (file_by_client off first)</source>
            <translation>вернуть обратно всё разложенное (сначала выключите file_by_client)</translation>
        </message>
        <message>
            <source>move the last filing back</source>
            <translation type="vanished">вернуть письма последнего раскладывания обратно</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="444" />
            <location filename="src/office_hours/documents/terms.py" line="374" />
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
            <location filename="src/office_hours/cli/main.py" line="442" />
            <location filename="src/office_hours/documents/terms.py" line="375" />
            <source>none yet</source>
            <translation>пока нет</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="313" />
            <source>not running</source>
            <translation>не запущено</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="375" />
            <source>office-hours ingest: line {n}: {problem}</source>
            <translation>office-hours ingest: строка {n}: {problem}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="178" />
            <source>office-hours: filing is off for {id}: set file_by_client = true in its [[accounts]] table (try --dry-run first)</source>
            <translation>office-hours: для {id} раскладывание выключено: задайте file_by_client = true в его таблице [[accounts]] (сначала попробуйте --dry-run)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="189" />
            <source>office-hours: no account has file_by_client = true (try --dry-run first)</source>
            <translation>office-hours: ни у одной учётной записи нет file_by_client = true (сначала попробуйте --dry-run)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="168" />
            <source>office-hours: no such mail account {id!r} (known: {known})</source>
            <translation>office-hours: нет почтовой учётной записи {id!r} (известны: {known})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="631" />
            <source>office-hours: the config file has a problem and was left as it is:</source>
            <translation>office-hours: в файле настроек ошибка, файл оставлен без изменений:</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="204" />
            <source>office-hours: {id}: set file_by_client = false first, or the running app files the mail again</source>
            <translation>office-hours: {id}: сначала задайте file_by_client = false, иначе работающее приложение снова разложит письма</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="134" />
            <source>only this account id</source>
            <translation>только эта учётная запись (id)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="85" />
            <source>print one JSON result per line once it is stored</source>
            <translation>выводить по одному результату JSON на строку после сохранения</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="81" />
            <source>read items as JSON lines on standard input</source>
            <translation>читать записи в формате JSON Lines со стандартного ввода</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="88" />
            <source>record a call or meeting no integration sees</source>
            <translation>записать звонок или встречу, которых не видит ни одна интеграция</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="313" />
            <source>running</source>
            <translation>запущено</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="121" />
            <source>save a chat token (Slack) in the keyring</source>
            <translation>сохранить токен чата (Slack) в хранилище паролей</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="118" />
            <source>save an account's password in the keyring</source>
            <translation>сохранить пароль ящика в хранилище паролей</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="60" />
            <source>set focus, reachable or off hours</source>
            <translation>включить фокус, режим «на связи» или нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="150" />
            <source>stop after this long (0: never)</source>
            <translation>остановиться через указанное время (0 — никогда)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="120" />
            <source>the account id from config.toml</source>
            <translation>id ящика из config.toml</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="75" />
            <source>the current mode and what is held</source>
            <translation>текущий режим и что отложено</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="99" />
            <source>the weekly interruption report</source>
            <translation>недельный отчёт о прерываниях</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="78" />
            <location filename="src/office_hours/documents/terms.py" line="392" />
            <source>unknown format {fmt}; choose one of: {choices}</source>
            <translation>неизвестный формат {fmt}; выберите один из: {choices}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/terms.py" line="65" />
            <location filename="src/office_hours/documents/terms.py" line="398" />
            <source>unknown language {lang}; choose one of: {choices}</source>
            <translation>неизвестный язык {lang}; выберите один из: {choices}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="73" />
            <source>until a time today, e.g. 14:00</source>
            <translation>до указанного времени сегодня, например 14:00</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="147" />
            <source>watch every configured source without the tray (JSON lines)</source>
            <translation>следить за всеми настроенными источниками без значка в трее (строки JSON)</translation>
        </message>
        <message>
            <source>watch the mail accounts without the tray (JSON lines)</source>
            <translation type="vanished">следить за почтовыми ящиками без значка в трее (JSON Lines)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="109" />
            <source>what is configured, reachable and missing</source>
            <translation>что настроено, что доступно и чего не хватает</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="94" />
            <source>when it started: 14:00, 2026-11-23 14:00 or ISO 8601</source>
            <translation>когда начался: 14:00, 2026-11-23 14:00 или ISO 8601</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="122" />
            <source>which chat the token is for, e.g. slack</source>
            <translation>для какого чата токен, например slack</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="107" />
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
            <location filename="src/office_hours/cli/mail.py" line="251" />
            <source>{id}: moved UID {uid} from {sender} to {folder}</source>
            <translation>{id}: UID {uid} от {sender} перемещено в {folder}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="249" />
            <source>{id}: would move UID {uid} from {sender} to {folder}</source>
            <translation>{id}: UID {uid} от {sender} было бы перемещено в {folder}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="217" />
            <source>{id}: would move {mid} back from {folder}</source>
            <translation>{id}: {mid} было бы возвращено из {folder}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="226" />
            <source>{id}: {n} messages moved back, {missing} not found</source>
            <translation>{id}: возвращено писем: {n}, не найдено: {missing}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="265" />
            <source>{id}: {n} messages moved; {left} left alone (no Message-ID)</source>
            <translation>{id}: перемещено писем: {n}; оставлено на месте (нет Message-ID): {left}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/mail.py" line="263" />
            <source>{id}: {n} messages would move; {left} left alone (no Message-ID)</source>
            <translation>{id}: было бы перемещено писем: {n}; осталось бы на месте (нет Message-ID): {left}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="187" />
            <source>{mode} until {time}</source>
            <translation>{mode} до {time}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="395" />
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
            <location filename="src/office_hours/cli/doctor.py" line="201" />
            <source>DAMAGED</source>
            <translation>ПОВРЕЖДЕНА</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="93" />
            <source>Matrix {user} at {hs}: {state}</source>
            <translation>Matrix {user} на {hs}: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="243" />
            <source>No problems found.
</source>
            <translation>Проблем не найдено.
</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="84" />
            <source>Slack: {problem}</source>
            <translation>Slack: {problem}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="85" />
            <source>Slack: {state}</source>
            <translation>Slack: {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="177" />
            <source>config has a problem (left unchanged): {error}</source>
            <translation>в файле настроек ошибка (файл не изменён): {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="173" />
            <source>config: {path}</source>
            <translation>настройки: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="96" />
            <source>connected</source>
            <translation>подключено</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="200" />
            <source>database: {path} ({n} items, integrity {state})</source>
            <translation>база данных: {path} (записей: {n}, целостность: {state})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="48" />
            <source>desktop notifications: available</source>
            <translation>уведомления рабочего стола: доступны</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="124" />
            <source>desktop notifications: not watched (no client has notification_match rules)</source>
            <translation>уведомления рабочего стола: не отслеживаются (ни у одного клиента нет правил notification_match)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="119" />
            <source>desktop notifications: off (desktop.watch_notifications)</source>
            <translation>уведомления рабочего стола: отключены (desktop.watch_notifications)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="34" />
            <source>keyring: {name}</source>
            <translation>хранилище паролей: {name}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="66" />
            <source>mail account {id} ({user} at {host}): {state}</source>
            <translation>почтовый ящик {id} ({user} на {host}): {state}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="226" />
            <source>mail and chat accounts: none configured</source>
            <translation>почтовые и чат-аккаунты: не настроены</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="189" />
            <source>no clients defined: every contact goes to 'unknown'</source>
            <translation>клиенты не заданы: все обращения попадают в «unknown»</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="166" />
            <source>no config file yet; it is created with defaults at first start: {path}</source>
            <translation>файла настроек пока нет; он будет создан со значениями по умолчанию при первом запуске: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="209" />
            <source>no database yet; it is created at first use: {path}</source>
            <translation>базы данных пока нет; она будет создана при первом использовании: {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="43" />
            <source>no desktop session bus: notifications fall back to the tray's own (install libnotify-bin and log in to a desktop session)</source>
            <translation>нет сеансовой шины рабочего стола: уведомления показывает сам значок в трее (установите libnotify-bin и войдите в сеанс рабочего стола)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="237" />
            <source>no keyring available (see the keyring line above)</source>
            <translation>хранилище паролей недоступно (см. строку о хранилище выше)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="28" />
            <source>no keyring service found: passwords for mail and chat accounts cannot be saved. On GNOME install gnome-keyring, on KDE enable KWallet; on a headless machine run gnome-keyring-daemon.</source>
            <translation>служба хранения паролей не найдена: пароли почтовых и чат-аккаунтов сохранить нельзя. В GNOME установите gnome-keyring, в KDE включите KWallet; на машине без графической среды запустите gnome-keyring-daemon.</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="39" />
            <source>plyer is missing: notifications fall back to the tray's own</source>
            <translation>не установлен plyer: уведомления показывает сам значок в трее</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="25" />
            <source>the keyring package is missing; reinstall Office Hours</source>
            <translation>не установлен пакет keyring; переустановите Office Hours</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="182" />
            <source>time zone {tz}; {n} clients: {names}</source>
            <translation>часовой пояс {tz}; клиентов: {n} ({names})</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="217" />
            <source>tray app: not running (start it with: office-hours)</source>
            <translation>приложение в трее: не запущено (запуск: office-hours)</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="215" />
            <source>tray app: running</source>
            <translation>приложение в трее: запущено</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="116" />
            <source>{label}: can watch other apps' notifications</source>
            <translation>{label}: может отслеживать уведомления других приложений</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="113" />
            <source>{label}: cannot run: {problem}</source>
            <translation>{label}: запуск невозможен: {problem}</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="137" />
            <source>{label}: ready</source>
            <translation>{label}: готово</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="143" />
            <source>{name}: left in its focus state by an app that stopped; the next start of the app restores it</source>
            <translation>{name}: осталось в режиме фокуса после остановки приложения; при следующем запуске приложение вернёт прежнее состояние</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="141" />
            <source>{name}: on while you focus</source>
            <translation>{name}: включено на время фокуса</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/doctor.py" line="241" />
            <source>{n} problems found
</source>
            <translation>Найдено проблем: {n}
</translation>
        </message>
    </context>
    <context>
        <name>mode</name>
        <message>
            <location filename="src/office_hours/cli/main.py" line="178" />
            <source>Focus</source>
            <translation>Фокус</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="179" />
            <source>Off hours</source>
            <translation>Нерабочее время</translation>
        </message>
        <message>
            <location filename="src/office_hours/cli/main.py" line="177" />
            <source>Reachable</source>
            <translation>На связи</translation>
        </message>
    </context>
    <context>
        <name>presence</name>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="331" />
            <source>Desktop do-not-disturb</source>
            <translation>Режим «Не беспокоить» рабочего стола</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="132" />
            <source>Desktop do-not-disturb (GNOME)</source>
            <translation>Режим «Не беспокоить» рабочего стола (GNOME)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="234" />
            <source>Desktop do-not-disturb (KDE Plasma)</source>
            <translation>«Не беспокоить» рабочего стола (KDE Plasma)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="174" />
            <source>Desktop do-not-disturb (XFCE)</source>
            <translation>«Не беспокоить» рабочего стола (XFCE)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="93" />
            <source>Desktop do-not-disturb (dunst)</source>
            <translation>Режим «Не беспокоить» рабочего стола (dunst)</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="303" />
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
            <location filename="src/office_hours/presence/desktop.py" line="102" />
            <source>dunst is not running here</source>
            <translation>dunst здесь не запущен</translation>
        </message>
        <message>
            <source>dunst is not running here ({error})</source>
            <translation type="vanished">dunst здесь не запущен ({error})</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="97" />
            <source>dunstctl is not installed</source>
            <translation>dunstctl не установлен</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="136" />
            <source>gsettings is not installed</source>
            <translation>gsettings не установлен</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="129" />
            <source>no longer configured; its previous state stays saved in {path}</source>
            <translation>больше не настроено; прежнее состояние по-прежнему сохранено в {path}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="260" />
            <source>no session bus: {error}</source>
            <translation>нет сеансовой шины: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="334" />
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
            <location filename="src/office_hours/presence/desktop.py" line="183" />
            <source>the XFCE settings service does not answer</source>
            <translation>служба настроек XFCE не отвечает</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/manager.py" line="140" />
            <source>the app stopped while turning this on; check it by hand once</source>
            <translation>приложение остановилось во время включения; один раз проверьте вручную</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="276" />
            <source>the notification service has no Inhibit: {error}</source>
            <translation>служба уведомлений не поддерживает Inhibit: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="248" />
            <source>the notification service refused {call}: {error}</source>
            <translation>служба уведомлений отклонила {call}: {error}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="142" />
            <source>this desktop has no {schema} settings</source>
            <translation>в этой среде рабочего стола нет настроек {schema}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="178" />
            <source>xfconf-query is not installed</source>
            <translation>xfconf-query не установлен</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="39" />
            <source>{cmd} did not answer within {s} s</source>
            <translation>{cmd} не ответил за {s} с</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="46" />
            <source>{cmd} failed: {said}</source>
            <translation>ошибка {cmd}: {said}</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="36" />
            <source>{cmd} is not installed</source>
            <translation>{cmd} не установлен</translation>
        </message>
        <message>
            <location filename="src/office_hours/presence/desktop.py" line="56" />
            <source>{what} answered {text!r}</source>
            <translation>{what} вернул {text!r}</translation>
        </message>
    </context>
</TS>
