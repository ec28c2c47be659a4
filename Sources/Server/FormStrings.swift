/// Interface strings of the server's pages, in the consultation's language (Uzbek, Russian or English).
struct FormStrings {
    let lang: String

    init(language: String) {
        lang = ["uzb", "rus", "eng"].contains(language) ? language : "eng"
    }

    /// The BCP 47 tag for the html element.
    var htmlLang: String { ["uzb": "uz-Latn", "rus": "ru", "eng": "en"][lang] ?? "en" }

    private static let table: [String: [String: String]] = [
        "consultation": ["uzb": "Jamoatchilik muhokamasi", "rus": "Общественное обсуждение", "eng": "Public consultation"],
        "open": ["uzb": "Izohlar qabul qilinmoqda", "rus": "Приём замечаний открыт", "eng": "Open for comments"],
        "closed": ["uzb": "Muhokama yakunlangan", "rus": "Обсуждение завершено", "eng": "Closed"],
        "scheduled": ["uzb": "Muhokama hali boshlanmagan", "rus": "Обсуждение ещё не началось", "eng": "Not yet open"],
        "period": ["uzb": "Muddat", "rus": "Срок", "eng": "Period"],
        "comments": ["uzb": "izoh", "rus": "замеч.", "eng": "comments"],
        "comment": ["uzb": "Izoh qoldirish", "rus": "Оставить замечание", "eng": "Comment"],
        "reply": ["uzb": "Javob berish", "rus": "Ответить", "eng": "Reply"],
        "stance": ["uzb": "Munosabat", "rus": "Позиция", "eng": "Stance"],
        "support": ["uzb": "Qoʻllab-quvvatlayman", "rus": "Поддерживаю", "eng": "Support"],
        "oppose": ["uzb": "Qarshiman", "rus": "Против", "eng": "Oppose"],
        "neutral": ["uzb": "Betaraf", "rus": "Нейтрально", "eng": "Neutral"],
        "quote": ["uzb": "Iqtibos (ixtiyoriy)", "rus": "Цитата (необязательно)", "eng": "Quote (optional)"],
        "body": ["uzb": "Izoh matni", "rus": "Текст замечания", "eng": "Your comment"],
        "send": ["uzb": "Yuborish", "rus": "Отправить", "eng": "Send"],
        "signin": ["uzb": "Kirish", "rus": "Войти", "eng": "Sign in"],
        "signout": ["uzb": "Chiqish", "rus": "Выйти", "eng": "Sign out"],
        "name": ["uzb": "Foydalanuvchi nomi", "rus": "Имя пользователя", "eng": "User name"],
        "password": ["uzb": "Parol", "rus": "Пароль", "eng": "Password"],
        "signedin": ["uzb": "Siz kirdingiz:", "rus": "Вы вошли как", "eng": "Signed in as"],
        "similar": ["uzb": "ta oʻxshash izoh", "rus": "похожих замечаний", "eng": "similar comments"],
        "changed": ["uzb": "Bu izohdan keyin modda matni oʻzgargan", "rus": "Текст положения изменился после этого замечания", "eng": "Provision changed since this comment"],
        "removed": ["uzb": "Modda olib tashlangan", "rus": "Положение исключено", "eng": "Provision removed"],
        "report": ["uzb": "Hisobot", "rus": "Отчёт", "eng": "Report"],
        "text-only": ["uzb": "Izohlar oddiy matn sifatida koʻrsatiladi.", "rus": "Замечания показываются как обычный текст.", "eng": "Comments are shown as plain text."],
        "limit": ["uzb": "5000 belgigacha", "rus": "до 5000 знаков", "eng": "up to 5,000 characters"],
        "back": ["uzb": "Loyihaga qaytish", "rus": "Вернуться к проекту", "eng": "Back to the draft"],
        "disposition": ["uzb": "Ishlab chiquvchining qarori", "rus": "Решение разработчика", "eng": "Drafting body's decision"],
    ]

    subscript(_ key: String) -> String {
        FormStrings.table[key]?[lang] ?? FormStrings.table[key]?["eng"] ?? key
    }
}
