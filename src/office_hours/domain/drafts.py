"""Drafted messages to clients, in the language the user writes to them (general.language).

These are letters the user sends, not interface text: they are chosen by the configured
language rather than translated through Qt, so a Russian draft is there even when no
translation catalogue is installed. Placeholders are filled by `Reason.render`.
Written to be neutral in gender (Russian and Thai first-person forms otherwise are not), and
the Russian ones put numbers after a colon, so that no noun has to agree with a count.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "th")

DRAFTS: dict[str, dict[str, str]] = {
    "propose_scheduled_calls": {
        "en": "Hi {name}, this week we spoke {ad_hoc_calls} times without a plan. To give your "
        "questions my full attention, could we collect them for {cadence}? I can offer {slot}. "
        "Ad-hoc calls stay possible for real emergencies.",
        "ru": "Здравствуйте, {name}! Созвонов без предварительной договорённости на этой "
        "неделе: {ad_hoc_calls}. Чтобы уделять вашим вопросам всё внимание, давайте "
        "собирать их для планового созвона {cadence}. Предлагаю время: {slot}. По-настоящему "
        "срочные вопросы, конечно, можно решать звонком в любой момент.",
        "th": "เรียน {name}\nสัปดาห์นี้เราโทรคุยกันโดยไม่ได้นัดหมายล่วงหน้า {ad_hoc_calls} ครั้ง "
        "เพื่อให้ดูแลคำถามของคุณได้อย่างเต็มที่ ขอเสนอให้รวบรวมคำถามไว้คุยกันในการโทรตามนัด"
        "{cadence} โดยขอเสนอเวลา {slot} ส่วนเรื่องเร่งด่วนจริง ๆ ยังโทรได้ตามปกติ",
    },
    "contact_windows": {
        "en": "Hi {name}, {outside_terms} of {contacts} messages and calls this week came "
        "outside our agreed hours. I have attached my contact terms so that you know when I "
        "answer and how fast; anything urgent still reaches me.",
        "ru": "Здравствуйте, {name}! Сообщений и звонков вне оговорённых часов на этой неделе: "
        "{outside_terms} из {contacts}. Прикладываю свои условия связи: в них указано, "
        "когда и как быстро я отвечаю. Всё срочное по-прежнему дойдёт до меня.",
        "th": "เรียน {name}\nสัปดาห์นี้มีข้อความและการโทร {outside_terms} จาก {contacts} รายการ "
        "ที่เข้ามานอกเวลาที่ตกลงกันไว้ จึงขอแนบเงื่อนไขการติดต่อมาให้ เพื่อให้ทราบว่าจะตอบกลับ"
        "ได้เมื่อใดและเร็วแค่ไหน เรื่องเร่งด่วนยังติดต่อได้เสมอ",
    },
    "after_hours_plan": {
        "en": "Hi {name}, this week {after_hours_non_urgent} requests reached me after hours "
        "that could have waited until the next business day ({weekend} contacts in all came "
        "at the weekend). If you need me after hours, I can offer a support plan with a "
        "{surcharge}% surcharge; otherwise I will answer these the next business day.",
        "ru": "Здравствуйте, {name}! Обращений в нерабочее время на этой неделе: "
        "{after_hours_non_urgent}, и все они могли подождать до следующего рабочего дня (всего "
        "обращений в выходные: {weekend}). Если вам нужна поддержка в нерабочее время, могу "
        "предложить план поддержки с доплатой {surcharge}%; в остальных случаях я отвечу на "
        "такие обращения в следующий рабочий день.",
        "th": "เรียน {name}\nสัปดาห์นี้มีคำขอ {after_hours_non_urgent} รายการที่เข้ามานอกเวลาทำการ "
        "ซึ่งรอถึงวันทำการถัดไปได้ (ติดต่อในวันหยุดสุดสัปดาห์รวม {weekend} ครั้ง) หากต้องการการดูแล"
        "นอกเวลาทำการ ขอเสนอแผนบริการนอกเวลาโดยมีค่าบริการเพิ่ม {surcharge}% "
        "มิฉะนั้นคำขอลักษณะนี้จะได้รับการตอบกลับในวันทำการถัดไป",
    },
    "raise_rate": {
        "en": "Hi {name}, our work together has grown beyond the hours we agreed, and from "
        "next month my rate will be {new_rate} per hour. I am happy to talk about scope if "
        "you prefer.",
        "ru": "Здравствуйте, {name}! Наша совместная работа вышла за рамки оговорённых часов, "
        "поэтому со следующего месяца моя ставка составит {new_rate} в час. Если удобнее, "
        "давайте обсудим объём работ.",
        "th": "เรียน {name}\nงานที่ทำร่วมกันเพิ่มขึ้นเกินกว่าชั่วโมงที่ตกลงกันไว้ ตั้งแต่เดือนหน้า"
        "อัตราค่าบริการจะปรับเป็น {new_rate} ต่อชั่วโมง หากต้องการปรับขอบเขตงานแทน "
        "ยินดีพูดคุยกัน",
    },
    "chat_to_mail": {
        "en": "Hi {name}, to keep our work moving without constant pings, could we collect "
        "non-urgent questions in one email a day? I read mail at fixed times and answer "
        "within the agreed time.",
        "ru": "Здравствуйте, {name}! Чтобы работа шла без постоянных отвлечений, давайте "
        "собирать несрочные вопросы в одно письмо в день? Я читаю почту в определённое время "
        "и отвечаю в оговорённые сроки.",
        "th": "เรียน {name}\nเพื่อให้งานเดินหน้าได้โดยไม่ถูกขัดจังหวะบ่อย ๆ ขอเสนอให้รวบรวม"
        "คำถามที่ไม่เร่งด่วนส่งมาทางอีเมลวันละครั้ง อีเมลจะถูกอ่านตามเวลาที่กำหนดและตอบกลับ"
        "ภายในเวลาที่ตกลงกันไว้",
    },
    "review_relationship": {
        "en": "Hi {name}, for {weeks} of the last {span} weeks most of our contact came "
        "outside the terms we agreed ({outside_terms} of {contacts} this week). I would like "
        "to find a time to talk about how we work together and whether the current "
        "arrangement still suits us both.",
        "ru": "Здравствуйте, {name}! Уже несколько недель подряд (недель: {weeks} из {span}) "
        "большая часть обращений приходит вне условий, о которых мы договорились (на этой "
        "неделе {outside_terms} из {contacts}). Предлагаю найти время и обсудить, как мы "
        "работаем вместе и устраивает ли нас обоих текущий формат.",
        "th": "เรียน {name}\nใน {weeks} จาก {span} สัปดาห์ที่ผ่านมา การติดต่อส่วนใหญ่อยู่นอกเงื่อนไข"
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
