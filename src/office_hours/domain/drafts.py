"""Drafted messages to clients, in the language the user writes to them (general.language).

These are letters the user sends, not interface text: they are chosen by the configured
language rather than translated through Qt, so a Russian draft is there even when no
translation catalogue is installed. Placeholders are filled by `Reason.render`.
A draft greets the client's contact person by name (clients.contact_name), never the company:
without a name it uses a neutral greeting of the language. Amounts are formatted here with a
small table per language (the domain has no locale support), always with the currency.
Written to be neutral in gender (Russian and Thai first-person forms otherwise are not), and
the Russian ones put numbers after a colon, so that no noun has to agree with a count.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "th")

DRAFTS: dict[str, dict[str, str]] = {
    "propose_scheduled_calls": {
        "en": "{greeting}\nThis week we spoke {ad_hoc_calls} times without a plan. To give your "
        "questions my full attention, could we collect them for {cadence}? I can offer {slot}. "
        "Ad-hoc calls stay possible for real emergencies.",
        "ru": "{greeting}\nСозвонов без предварительной договорённости на этой "
        "неделе: {ad_hoc_calls}. Чтобы уделять вашим вопросам всё внимание, давайте "
        "собирать их для планового созвона {cadence}. Предлагаю время: {slot}. По-настоящему "
        "срочные вопросы, конечно, можно решать звонком в любой момент.",
        "th": "{greeting}\nสัปดาห์นี้เราโทรคุยกันโดยไม่ได้นัดหมายล่วงหน้า {ad_hoc_calls} ครั้ง "
        "เพื่อให้ดูแลคำถามของคุณได้อย่างเต็มที่ ขอเสนอให้รวบรวมคำถามไว้คุยกันในการโทรตามนัด"
        "{cadence} โดยขอเสนอเวลา {slot} ส่วนเรื่องเร่งด่วนจริง ๆ ยังโทรได้ตามปกติ",
    },
    "contact_windows": {
        "en": "{greeting}\n{outside_terms} of {contacts} messages and calls this week came "
        "outside what we agreed: {missed}. I have attached my contact terms so that you know "
        "when I answer and how fast; anything urgent still reaches me.",
        "ru": "{greeting}\nСообщений и звонков вне наших договорённостей на этой неделе: "
        "{outside_terms} из {contacts} ({missed}). Прикладываю свои условия связи: в них "
        "указано, когда и как быстро я отвечаю. Всё срочное по-прежнему дойдёт до меня.",
        "th": "{greeting}\nสัปดาห์นี้มีข้อความและการโทร {outside_terms} จาก {contacts} รายการ "
        "ที่เข้ามานอกเหนือจากที่ตกลงกันไว้ ({missed}) จึงขอแนบเงื่อนไขการติดต่อมาให้ เพื่อให้ทราบ"
        "ว่าจะตอบกลับได้เมื่อใดและเร็วแค่ไหน เรื่องเร่งด่วนยังติดต่อได้เสมอ",
    },
    "after_hours_plan": {
        "en": "{greeting}\nThis week {after_hours_non_urgent} requests reached me after hours "
        "that could have waited until the next business day{weekend}. If you need me after "
        "hours, I can offer a support plan with a "
        "{surcharge}% surcharge; otherwise I will answer these the next business day.",
        "ru": "{greeting}\nОбращений в нерабочее время на этой неделе: "
        "{after_hours_non_urgent}, и все они могли подождать до следующего рабочего дня{weekend}. "
        "Если вам нужна поддержка в нерабочее время, могу "
        "предложить план поддержки с доплатой {surcharge}%; в остальных случаях я отвечу на "
        "такие обращения в следующий рабочий день.",
        "th": "{greeting}\nสัปดาห์นี้มีคำขอ {after_hours_non_urgent} รายการที่เข้ามานอกเวลาทำการ "
        "ซึ่งรอถึงวันทำการถัดไปได้{weekend} หากต้องการการดูแล"
        "นอกเวลาทำการ ขอเสนอแผนบริการนอกเวลาโดยมีค่าบริการเพิ่ม {surcharge}% "
        "มิฉะนั้นคำขอลักษณะนี้จะได้รับการตอบกลับในวันทำการถัดไป",
    },
    "raise_rate": {
        "en": "{greeting}\nOur work together has grown beyond the hours we agreed, so from next "
        "month my rate will be {new_rate} per hour instead of {rate}. I am happy to talk about "
        "scope if you prefer.",
        "ru": "{greeting}\nНаша совместная работа вышла за рамки оговорённых часов, поэтому "
        "со следующего месяца моя ставка составит {new_rate} в час вместо {rate}. Если удобнее, "
        "давайте обсудим объём работ.",
        "th": "{greeting}\nงานที่ทำร่วมกันเพิ่มขึ้นเกินกว่าชั่วโมงที่ตกลงกันไว้ ตั้งแต่เดือนหน้า"
        "อัตราค่าบริการจะปรับจาก {rate} เป็น {new_rate} ต่อชั่วโมง หากต้องการปรับขอบเขตงานแทน "
        "ยินดีพูดคุยกัน",
    },
    "raise_rate_capped": {
        "en": "{greeting}\nOur work together has grown beyond the hours we agreed, so from next "
        "month my rate will be {new_rate} per hour instead of {rate}. The calls and after-hours "
        "contact still go beyond that, so I would like you to choose one of two options: I bill "
        "calls and after-hours work at {new_rate} per hour (about {billed_week} a week at "
        "the current volume), or we agree an availability retainer of {retainer} a month that "
        "covers them.",
        "ru": "{greeting}\nНаша совместная работа вышла за рамки оговорённых часов, поэтому "
        "со следующего месяца моя ставка составит {new_rate} в час вместо {rate}. Созвоны и "
        "обращения в нерабочее время всё равно выходят за эти рамки, поэтому предлагаю выбрать "
        "один из двух вариантов: я выставляю счёт за созвоны и работу в нерабочее время по "
        "ставке {new_rate} в час (при нынешнем объёме примерно {billed_week} в неделю), или мы "
        "договариваемся о ежемесячной плате за доступность: {retainer}.",
        "th": "{greeting}\nงานที่ทำร่วมกันเพิ่มขึ้นเกินกว่าชั่วโมงที่ตกลงกันไว้ ตั้งแต่เดือนหน้า"
        "อัตราค่าบริการจะปรับจาก {rate} เป็น {new_rate} ต่อชั่วโมง แต่การโทรและการติดต่อนอก"
        "เวลาทำการยังเกินกว่านั้น จึงขอให้เลือกหนึ่งในสองทาง คือ คิดค่าบริการการโทรและงานนอก"
        "เวลาทำการในอัตรา {new_rate} ต่อชั่วโมง (ตามปริมาณปัจจุบันประมาณ {billed_week} "
        "ต่อสัปดาห์) หรือตกลงค่าบริการรายเดือนสำหรับการพร้อมติดต่อ {retainer} ต่อเดือน",
    },
    "chat_to_mail": {
        "en": "{greeting}\nTo keep our work moving without constant pings, could we collect "
        "non-urgent questions in one email a day? I read mail at fixed times and answer "
        "within the agreed time.",
        "ru": "{greeting}\nЧтобы работа шла без постоянных отвлечений, давайте "
        "собирать несрочные вопросы в одно письмо в день? Я читаю почту в определённое время "
        "и отвечаю в оговорённые сроки.",
        "th": "{greeting}\nเพื่อให้งานเดินหน้าได้โดยไม่ถูกขัดจังหวะบ่อย ๆ ขอเสนอให้รวบรวม"
        "คำถามที่ไม่เร่งด่วนส่งมาทางอีเมลวันละครั้ง อีเมลจะถูกอ่านตามเวลาที่กำหนดและตอบกลับ"
        "ภายในเวลาที่ตกลงกันไว้",
    },
    "review_relationship": {
        "en": "{greeting}\nFor {weeks} of the last {span} weeks most of our contact came "
        "outside the terms we agreed ({outside_terms} of {contacts} this week). I would like "
        "to find a time to talk about how we work together and whether the current "
        "arrangement still suits us both.",
        "ru": "{greeting}\nУже несколько недель подряд (недель: {weeks} из {span}) "
        "большая часть обращений приходит вне условий, о которых мы договорились (на этой "
        "неделе {outside_terms} из {contacts}). Предлагаю найти время и обсудить, как мы "
        "работаем вместе и устраивает ли нас обоих текущий формат.",
        "th": "{greeting}\nใน {weeks} จาก {span} สัปดาห์ที่ผ่านมา การติดต่อส่วนใหญ่อยู่นอกเงื่อนไข"
        "ที่ตกลงกันไว้ (สัปดาห์นี้ {outside_terms} จาก {contacts} ครั้ง) จึงอยากขอนัดเวลา"
        "พูดคุยกันว่ารูปแบบการทำงานร่วมกันในปัจจุบันยังเหมาะกับทั้งสองฝ่ายหรือไม่",
    },
}

CADENCE = {
    "weekly": {
        "en": "one scheduled call each week",
        "ru": "раз в неделю",
        "th": "สัปดาห์ละครั้ง",
    },
    "twice_weekly": {
        "en": "two scheduled calls a week",
        "ru": "два раза в неделю",
        "th": "สัปดาห์ละสองครั้ง",
    },
}

WEEKDAY_NAMES = {  # ISO weekday 1..7
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "th": ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"),
}
SLOT = {"en": "{day} at {time}", "ru": "{day}, {time}", "th": "{day} เวลา {time} น."}
SLOT_JOIN = {"en": " and ", "ru": " и ", "th": " และ "}


GREETING = {"en": "Hello {contact},", "ru": "Здравствуйте, {contact}!", "th": "เรียน คุณ{contact}"}
NEUTRAL_GREETING = {"en": "Hello,", "ru": "Здравствуйте!", "th": "เรียน ทุกท่าน"}

# Which agreement a contact missed (the contact-windows draft names each that applies).
MISSED = {
    "after_hours": {
        "en": "{count} after my business hours",
        "ru": "после окончания рабочего дня: {count}",
        "th": "นอกเวลาทำการ {count} รายการ",
    },
    "call": {
        "en": "{count} calls within business hours but outside the agreed call times",
        "ru": "звонков в рабочее время, но вне оговорённого времени для созвонов: {count}",
        "th": "การโทรในเวลาทำการแต่นอกช่วงเวลาโทรที่ตกลงกัน {count} ครั้ง",
    },
    "email": {
        "en": "{count} emails within business hours but outside the agreed mail times",
        "ru": "писем в рабочее время, но вне оговорённого времени для почты: {count}",
        "th": "อีเมลในเวลาทำการแต่นอกช่วงเวลาที่ตกลงกันสำหรับอีเมล {count} ฉบับ",
    },
    "chat": {
        "en": "{count} chat messages within business hours but outside the agreed chat times",
        "ru": "сообщений в чате в рабочее время, но вне оговорённого времени для чата: {count}",
        "th": "ข้อความแชทในเวลาทำการแต่นอกช่วงเวลาที่ตกลงกันสำหรับแชท {count} ข้อความ",
    },
    "meeting": {
        "en": "{count} meetings outside the agreed meeting times",
        "ru": "встреч вне оговорённого для встреч времени: {count}",
        "th": "การประชุมนอกช่วงเวลาที่ตกลงกัน {count} ครั้ง",
    },
}
LIST_JOIN = {"en": "; ", "ru": "; ", "th": " "}
DECIMAL = {"en": ".", "ru": ",", "th": "."}
GROUP = {"en": ",", "ru": "\u00a0", "th": ","}


def lang_of(language: str) -> str:
    return language if language in LANGUAGES else "en"


def greeting(contact_name: str, language: str) -> str:
    """'Hello Anna,' or, with no contact person configured, the language's neutral greeting."""
    lang = lang_of(language)
    name = contact_name.strip()
    return GREETING[lang].format(contact=name) if name else NEUTRAL_GREETING[lang]


def number_text(value: float, language: str, decimals: int = 1) -> str:
    """1320.5 -> '1,320.5' (en, th) or '1 320,5' (ru); whole values lose their decimals."""
    lang = lang_of(language)
    whole = abs(value - round(value)) < 0.5 * 10**-decimals
    text = f"{round(value):,d}" if whole else f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", DECIMAL[lang]).replace("\x00", GROUP[lang])


def money_text(amount: float, currency: str, language: str) -> str:
    """An amount with its currency: '1,320 EUR', '91.20 EUR', '1 320 EUR' (ru)."""
    lang = lang_of(language)
    whole = abs(amount - round(amount)) < 0.005
    text = f"{round(amount):,d}" if whole else f"{amount:,.2f}"
    text = text.replace(",", "\x00").replace(".", DECIMAL[lang]).replace("\x00", GROUP[lang])
    return f"{text}\u00a0{currency}" if currency else text


def missed_text(missed: tuple[tuple[str, int], ...], language: str) -> str:
    """(('after_hours', 3), ('call', 2)) -> '3 after my business hours; 2 calls within ...'."""
    lang = lang_of(language)
    return LIST_JOIN[lang].join(
        MISSED[key][lang].format(count=count) for key, count in missed if count and key in MISSED
    )


WEEKEND = {  # the after-hours draft's aside, only when someone wrote at the weekend
    "en": " ({count} contacts in all came at the weekend)",
    "ru": " (всего обращений в выходные: {count})",
    "th": " (ติดต่อในวันหยุดสุดสัปดาห์รวม {count} ครั้ง)",
}


def weekend_text(count: int, language: str) -> str:
    return WEEKEND[lang_of(language)].format(count=count) if count else ""


def draft(rule: str, language: str) -> str:
    texts = DRAFTS[rule]
    return texts.get(language, texts["en"])


def slot_text(slots: tuple[tuple[int, str], ...], language: str) -> str:
    """[(2, '14:00'), (4, '14:00')] -> 'Tuesday at 14:00 and Thursday at 14:00'."""
    lang = language if language in LANGUAGES else "en"
    names = WEEKDAY_NAMES[lang]
    return SLOT_JOIN[lang].join(SLOT[lang].format(day=names[day - 1], time=at) for day, at in slots)


def cadence_text(cadence: str, language: str) -> str:
    texts = CADENCE[cadence]
    return texts.get(language, texts["en"])
