using System.Globalization;
using System.Text.RegularExpressions;
using IprArchive.Content.Yaml;
using IprArchive.Diagnostics;

namespace IprArchive.Content;

/// <summary>
/// Reads calendar dates written <c>YYYY-MM-DD</c>. A date is a <see cref="DateOnly"/>: it has no
/// time and no zone, so it can never shift by a day on a machine in another zone.
/// </summary>
public static partial class DateValue
{
    private static readonly string[] ProseFormats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMM d yyyy", "d MMM yyyy", "MMM. d, yyyy",
        "yyyy/MM/dd", "yyyy/M/d", "dd.MM.yyyy", "yyyy.MM.dd", "yyyyMMdd", "yyyy-M-d",
    ];

    /// <summary>The date in <paramref name="node"/>, or null with a diagnostic that shows the fix.</summary>
    public static DateOnly? Read(YamlTreeNode node, string key, DiagnosticBag diagnostics)
    {
        if (node is not YamlTreeScalar scalar || scalar.IsNull)
        {
            diagnostics.Report(Codes.WrongType, node.Location, $"'{key}' must be a date written YYYY-MM-DD, not {node.KindName}");
            return null;
        }

        var text = scalar.Value.Trim();
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return Calendar(iso, text, key, node.Location, diagnostics);
        }

        var hint = Suggest(text) is { } suggestion ? $"Write it as {suggestion:yyyy-MM-dd}." : "Write it as YYYY-MM-DD, for example 2021-11-01.";
        var message = DateTimeWithZone().IsMatch(text)
            ? $"'{key}' must be a calendar date without a time or time zone, not '{text}'"
            : $"'{key}' must be written YYYY-MM-DD, not '{text}'";
        diagnostics.Report(Codes.DateFormat, node.Location, message, hint);
        return null;
    }

    private static DateOnly? Calendar(Match iso, string text, string key, SourceLocation at, DiagnosticBag diagnostics)
    {
        var year = int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12)
        {
            diagnostics.Report(Codes.ImpossibleDate, at, $"'{key}' {text} is not a calendar date: there is no month {month}", "Months run from 01 to 12.");
            return null;
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            diagnostics.Report(Codes.ImpossibleDate, at, $"'{key}' {text} is not a calendar date: {monthName} {year} has {days} days",
                "Check the day against the source.");
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static DateOnly? Suggest(string text)
    {
        var date = DateTimeWithZone().Match(text) is { Success: true } m ? m.Groups[1].Value : text;
        return DateOnly.TryParseExact(date, ProseFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            || DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed)
            ? parsed
            : null;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})[T ]\d")]
    private static partial Regex DateTimeWithZone();
}
