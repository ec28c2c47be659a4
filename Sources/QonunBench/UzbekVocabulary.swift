/// Uzbek (Latin script, 1995 alphabet with the letters ʻ U+02BB and ʼ U+02BC) legal vocabulary, most frequent
/// first: the running text, the headings and the act titles of the synthetic corpus.
enum UzbekVocabulary {
    /// Words and fixed expressions of the running text, most frequent first.
    static let text: [String] = [
        "va", "ushbu", "bilan", "tomonidan", "uchun", "qonun hujjatlarida", "belgilangan", "tartibda", "davlat",
        "hamda", "yoki", "boʻyicha", "muvofiq", "amalga oshiriladi", "organlari", "fuqarolar", "shaxslar", "huquqi",
        "qonun", "hujjatlar", "zarur", "tegishli", "oʻz", "faoliyatini", "koʻra", "asosida", "maʼlumotlar",
        "majburiyatlari", "vakolatli", "organ", "Oʻzbekiston Respublikasining", "jismoniy", "yuridik", "mahalliy",
        "davlat hokimiyati", "organlarining", "huquqlari", "shuningdek", "boshqa", "hujjat", "talablarga",
        "taʼminlanadi", "nazorat", "muddatda", "kun ichida", "ariza", "murojaat", "belgilanadi", "taqdim etiladi",
        "xizmatlar", "elektron", "axborot", "tizimi", "reyestr", "roʻyxatga olish", "ruxsatnoma", "litsenziya",
        "soliq", "toʻlov", "toʻlovlar", "soliq toʻlovchi", "byudjet", "mablagʻlari", "moliyaviy", "hisobot",
        "maʼmuriy", "javobgarlik", "jarima", "sud", "sudga", "shikoyat", "qaror", "qabul qilinadi", "Vazirlar Mahkamasi",
        "vazirlik", "qoʻmita", "agentlik", "inspeksiya", "taʼlim", "oʻquv", "muassasalari", "sogʻliqni saqlash",
        "tibbiy yordam", "ijtimoiy", "himoya", "mehnat", "ish beruvchi", "xodim", "ish haqi", "shartnoma", "mulk",
        "mulkdor", "yer uchastkasi", "qishloq xoʻjaligi", "suv", "ekologiya", "atrof-muhit", "xavfsizlik", "transport",
        "yoʻl harakati", "bojxona", "eksport", "import", "tovarlar", "isteʼmolchilar", "raqobat", "investitsiya",
        "investor", "kafolatlar", "imtiyozlar", "tadbirkorlik subyektlari", "faoliyat", "tekshirish", "audit",
        "statistika", "maʼlumotnoma", "eʼlon qilinadi", "rasmiy", "matn", "oʻzgartirish", "qoʻshimcha", "kuchga kiradi",
        "fuqarolarning", "davlat organlari", "Oʻzbekiston", "respublika", "viloyat", "tuman", "shahar", "hokimligi",
        "kengashi", "saylov", "deputat", "Senat", "Qonunchilik palatasi", "Prezident", "farmon", "nizom", "reglament",
        "standart", "sertifikat", "texnik", "raqamli", "platforma", "maʼlumotlar bazasi", "shaxsga doir maʼlumotlar",
        "sir", "himoyalangan", "kirish", "foydalanish", "tartib-taomil", "muddat", "uzaytiriladi", "toʻxtatiladi",
        "bekor qilinadi", "rad etiladi", "asoslantirilgan", "yozma", "shaklda", "bepul", "haq evaziga", "pensiya",
        "sugʻurta", "nafaqa", "oila", "nikoh", "bola", "voyaga yetmagan", "yoshlar", "maktab", "oliy taʼlim", "ilm-fan",
        "madaniyat", "sport", "turizm", "energetika", "gaz", "elektr", "kommunal", "uy-joy", "qurilish", "shaharsozlik",
        "arxitektura", "geodeziya", "kadastr", "notarius", "advokat", "mediator", "hakamlik sudi", "arbitraj",
        "prokuratura", "adliya", "ichki ishlar", "mudofaa", "chegara", "favqulodda vaziyatlar", "fuqaro muhofazasi",
        "korrupsiya", "manfaatlar toʻqnashuvi", "davlat xaridlari", "tender", "auksion", "koʻchmas mulk", "ipoteka",
        "garov", "kredit", "bank", "valyuta", "qimmatli qogʻozlar", "birja", "aksiyadorlik jamiyati", "nodavlat",
        "notijorat", "tashkilot", "jamoat birlashmalari", "kasaba uyushmalari", "diniy", "vijdon erkinligi",
        "ommaviy axborot vositalari", "reklama", "telekommunikatsiya", "pochta", "radiochastota", "kiberxavfsizlik",
        "sunʼiy intellekt", "blokcheyn", "kriptoaktivlar", "elektron tijorat", "elektron raqamli imzo", "ochiq maʼlumotlar",
        "geologiya", "yer osti boyliklari", "oʻrmon", "hayvonot dunyosi", "oʻsimlik dunyosi", "veterinariya",
        "fitosanitariya", "urugʻchilik", "paxtachilik", "gʻallachilik", "ipakchilik", "sanʼat", "meros", "vasiylik",
    ]

    /// Nouns and noun phrases of provision headings.
    static let headings: [String] = [
        "Asosiy tushunchalar", "Davlat organlarining vakolatlari", "Fuqarolarning huquqlari", "Umumiy qoidalar",
        "Qonun hujjatlari", "Maʼlumotlarni himoya qilish", "Soliq toʻlovchining majburiyatlari", "Toʻlov tartibi",
        "Javobgarlik", "Nizolarni hal etish", "Yakunlovchi qoidalar", "Davlat nazorati", "Hujjatlarni taqdim etish",
        "Litsenziyalash", "Roʻyxatga olish tartibi", "Ariza berish", "Moliyalashtirish", "Xalqaro hamkorlik",
        "Taʼlim muassasalari", "Ijtimoiy himoya", "Mehnat munosabatlari", "Elektron hujjat aylanishi",
        "Axborot tizimlari", "Mahalliy davlat hokimiyati organlari", "Vazirlar Mahkamasining vakolatlari",
        "Tadbirkorlik subyektlarining kafolatlari", "Imtiyozlar", "Hisobot", "Tekshiruvlar", "Shikoyat qilish",
        "Oʻzbekiston Respublikasining xalqaro shartnomalari", "Kuchga kirishi", "Oʻtish davri qoidalari",
        "Davlat xaridlari", "Isteʼmolchilar huquqlarini himoya qilish", "Atrof-muhitni muhofaza qilish",
        "Yer uchastkalaridan foydalanish", "Bojxona nazorati", "Raqamli xizmatlar", "Shaxsga doir maʼlumotlar",
    ]

    /// Subjects of act titles ("... toʻgʻrisida").
    static let titleSubjects: [String] = [
        "Elektron hukumat", "Soliq maʼmuriyatchiligi", "Toʻlov tizimlari va toʻlov xizmatlari", "Taʼlim",
        "Shaxsga doir maʼlumotlar", "Davlat xaridlari", "Fuqarolarning murojaatlari", "Litsenziyalash tartib-taomillari",
        "Isteʼmolchilarning huquqlarini himoya qilish", "Mahalliy davlat hokimiyati", "Ochiq maʼlumotlar",
        "Atrof-muhitni muhofaza qilish", "Yer toʻgʻrisidagi hujjatlar", "Bojxona tartibi", "Investitsiyalar va investitsiya faoliyati",
        "Raqobat", "Banklar va bank faoliyati", "Sugʻurta faoliyati", "Mehnatni muhofaza qilish", "Ijtimoiy himoya",
        "Davlat tili", "Normativ-huquqiy hujjatlar", "Korrupsiyaga qarshi kurashish", "Axborotlashtirish",
        "Telekommunikatsiyalar", "Yoʻl harakati xavfsizligi", "Uy-joy kommunal xizmatlari", "Sogʻliqni saqlash",
    ]

    /// The article numbering, as Uzbek laws write it: `5-modda.`, `12¹-modda.`
    static func articleNum(_ label: String) -> String { "\(label)-modda." }

    /// The chapter numbering: `2-bob.`
    static func chapterNum(_ number: Int) -> String { "\(number)-bob." }

    /// An act title from its subject.
    static func title(_ subject: String) -> String { "\(subject) toʻgʻrisida" }

    /// A closing clause citing another article of the same act.
    static func citation(article: Int) -> String { "ushbu Qonunning \(article)-moddasida nazarda tutilgan hollar bundan mustasno" }

    /// The introduction of a list of points.
    static let listIntro: [String] = ["quyidagilar kiradi", "quyidagi vakolatlarga ega", "quyidagi hollarda amalga oshiriladi", "quyidagilarni taʼminlaydi"]
}
