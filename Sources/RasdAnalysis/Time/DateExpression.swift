/// A date expression as the grammar reads it, before it is resolved against the publication date:
/// `أمس الأربعاء` is «the day before publication, a Wednesday», `سبتمبر الماضي` «the last September».
struct DateExpression: Sendable {
    /// Raw span (proclitics outside) and token range.
    var start: Int
    var end: Int
    var range: Range<Int>
    var form: Form
    /// A future verb or `المقرر` before it: an unanchored weekday or month points forward.
    var future = false

    indirect enum Form: Sendable {
        /// Day, month and year as far as the text gives them, with what else it says about the day.
        case calendar(CalendarFields)
        /// `اليوم`, `أمس`, `غدا` (offset in days), with a weekday when one follows.
        case relativeDay(offset: Int, weekday: Int?)
        /// `الخميس`, `الجمعة الماضية` (direction -1), `الأحد المقبل` (1).
        case weekday(Int, direction: Int?)
        /// `الأسبوع الماضي` (week, -1), `هذا العام` (year, 0).
        case period(TimeWords.Period, offset: Int)
        /// `قبل ثلاثة أيام` (3 days, -1), `بعد أسبوعين` (2 weeks, 1).
        case shifted(count: Double, TimeWords.Period, sign: Int)
        /// `صيف 2024`; a season with a direction (`الصيف الماضي`) has no year.
        case season(firstMonth: Int, year: Int?, direction: Int?)
        /// `التسعينيات` → 1990 (the first year).
        case decade(Int)
        /// `الأيام الأخيرة`: a stretch with no one value.
        case vague
        /// `الساعة 16:02` on the publication day, or on a day relative to it (`مساء أمس`: -1).
        case time(hour: Int, minute: Int?, dayOffset: Int)
        /// `بين الأول من أيلول والأول من تشرين الأول`.
        case interval(DateExpression, DateExpression)
    }
}

/// What a calendar expression states. Nil fields are not in the text.
struct CalendarFields: Sendable {
    var day: Int?
    var month: Int?
    var year: Int?
    /// Hijri day, month and year (converted with Umm al-Qura).
    var hijri = false
    /// A weekday named with the date (`الخميس 19 تشرين الأول`): checks it, and finds a missing year.
    var weekday: Int?
    /// `اليوم`/`أمس` before it: the date is that day relative to publication.
    var dayOffset: Int?
    /// `سبتمبر الماضي` (-1), `يونيو المقبل` (1), `سبتمبر من العام الماضي` (year offset in `yearOffset`).
    var direction: Int?
    var yearOffset: Int?
    var hour: Int?
    var minute: Int?
}
