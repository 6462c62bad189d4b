import Testing

/// Times of day. With a date the span covers date and time (`10 أكتوبر 2025 - 16:02`); a time with
/// no date is on the publication day, and so relative. Minutes give minute grain; an hour alone
/// gives hour grain, written `T16:00`. `صباحا` and `ص` are before noon, `مساء` and `م` after it.
@Suite("Date grammar: times of day")
struct TimeOfDayTests {
    static let times: [DateTableCase] = [
        // A date and a time.
        DateTableCase("وثق الفريق الحادثة في 10 أكتوبر 2025 - 16:02 وفق السجل الرسمي.", at: "2025-10-12",
                      span: "10 أكتوبر 2025 - 16:02", value: "2025-10-10T16:02", grain: .minute, relative: false),
        DateTableCase("عقد المؤتمر الصحفي الخميس 19 أكتوبر 2023 الساعة 16:02 في مقر الحكومة.", at: "2023-10-19",
                      span: "الخميس 19 أكتوبر 2023 الساعة 16:02", value: "2023-10-19T16:02", grain: .minute,
                      relative: false),
        DateTableCase("انطلقت عملية التصويت في 19 أكتوبر 2023 الساعة 4 مساء في جميع الدوائر.", at: "2023-10-19",
                      span: "19 أكتوبر 2023 الساعة 4 مساء", value: "2023-10-19T16:00", grain: .hour, relative: false),
        DateTableCase("انقطع التيار الكهربائي عن المدينة الجمعة 8 مارس 2024 - 11:20 ص ولساعات.", at: "2024-03-09",
                      span: "الجمعة 8 مارس 2024 - 11:20 ص", value: "2024-03-08T11:20", grain: .minute, relative: false),
        DateTableCase("سجلت محطة الرصد الهزة الأولى في 2023-10-19 16:02 بالتوقيت المحلي.", at: "2023-10-19",
                      span: "2023-10-19 16:02", value: "2023-10-19T16:02", grain: .minute, relative: false),
        DateTableCase("هبطت الطائرة الرئاسية في مطار العاصمة في 12 يوليو 2025 الساعة 9:15 مساء.", at: "2025-07-13",
                      span: "12 يوليو 2025 الساعة 9:15 مساء", value: "2025-07-12T21:15", grain: .minute,
                      relative: false),
        // A relative day and a time.
        DateTableCase("يبدأ البرلمان جلسته الطارئة الساعة الرابعة مساء اليوم لمناقشة الأزمة.", at: "2023-10-19",
                      span: "الساعة الرابعة مساء اليوم", value: "2023-10-19T16:00", grain: .hour, relative: true),
        DateTableCase("دوى انفجار قوي قرب السفارة الساعة التاسعة مساء أمس.", at: "2023-10-19",
                      span: "الساعة التاسعة مساء أمس", value: "2023-10-18T21:00", grain: .hour, relative: true),
        // A time alone: on the publication day.
        DateTableCase("دوت صفارات الإنذار في المدينة عند الساعة 16:02 بالتوقيت المحلي.", at: "2023-10-19",
                      span: "الساعة 16:02", value: "2023-10-19T16:02", grain: .minute, relative: true),
        DateTableCase("بدأت الجلسة الطارئة لمجلس النواب في الساعة الرابعة مساء.", at: "2023-10-19",
                      span: "الساعة الرابعة مساء", value: "2023-10-19T16:00", grain: .hour, relative: true),
        DateTableCase("افتتح الرئيس أعمال المؤتمر في الساعة العاشرة صباحا بكلمة مقتضبة.", at: "2023-10-19",
                      span: "الساعة العاشرة صباحا", value: "2023-10-19T10:00", grain: .hour, relative: true),
        DateTableCase("وصل رئيس الوزراء إلى مقر القمة عند الساعة 9:30 صباحا.", at: "2023-10-19",
                      span: "الساعة 9:30 صباحا", value: "2023-10-19T09:30", grain: .minute, relative: true),
        DateTableCase("يبدأ حظر التجول في العاصمة من الساعة 8 مساء حتى إشعار آخر.", at: "2023-10-19",
                      span: "الساعة 8 مساء", value: "2023-10-19T20:00", grain: .hour, relative: true),
        DateTableCase("أعلنت اللجنة النتائج الأولية عند الساعة 10:45 مساء بعد فرز الأصوات.", at: "2023-10-19",
                      span: "الساعة 10:45 مساء", value: "2023-10-19T22:45", grain: .minute, relative: true),
        DateTableCase("أغلقت مراكز الاقتراع أبوابها عند 4 مساء بالتوقيت المحلي.", at: "2023-10-19",
                      span: "4 مساء", value: "2023-10-19T16:00", grain: .hour, relative: true),
        DateTableCase("استؤنفت الرحلات الجوية من المطار الدولي عند الساعة 07:15 بعد توقف طويل.", at: "2025-07-13",
                      span: "الساعة 07:15", value: "2025-07-13T07:15", grain: .minute, relative: true),
        DateTableCase("تجمع المتظاهرون أمام مبنى البرلمان منذ الساعة السابعة صباحا.", at: "2025-07-13",
                      span: "الساعة السابعة صباحا", value: "2025-07-13T07:00", grain: .hour, relative: true),
        DateTableCase("يعقد وزير الخارجية مؤتمرا صحفيا في الساعة الحادية عشرة صباحا.", at: "2024-02-29",
                      span: "الساعة الحادية عشرة صباحا", value: "2024-02-29T11:00", grain: .hour, relative: true),
        DateTableCase("تفتح مراكز التلقيح أبوابها في الساعة الثامنة صباحًا طوال أيام الأسبوع.", at: "2024-02-29",
                      span: "الساعة الثامنة صباحًا", value: "2024-02-29T08:00", grain: .hour, relative: true),
        DateTableCase("انطلقت المسيرة من ساحة الشهداء في الساعة السادسة مساءً.", at: "2024-01-02",
                      span: "الساعة السادسة مساءً", value: "2024-01-02T18:00", grain: .hour, relative: true),
        DateTableCase("أعلن الدفاع المدني السيطرة على الحريق في الساعة ١٦:٠٢ بعد ساعات من العمل.", at: "2023-10-19",
                      span: "الساعة ١٦:٠٢", value: "2023-10-19T16:02", grain: .minute, relative: true),
        // The publication time does not move the day.
        DateTableCase("بدأ التصويت على مشروع القانون في الساعة الرابعة مساء وسط خلافات.", at: "2023-10-19T18:30",
                      span: "الساعة الرابعة مساء", value: "2023-10-19T16:00", grain: .hour, relative: true),
    ]

    @Test("Times of day, with a date or on the publication day", arguments: TimeOfDayTests.times)
    func timeOfDay(_ row: DateTableCase) {
        DateTableCheck.expectDate(row)
    }
}
