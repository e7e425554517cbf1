namespace IprArchive.Cli.Commands;

/// <summary>Asks for the fields of a new record on an interactive terminal.</summary>
public static class RecordPrompt
{
    /// <summary>Fills in what <paramref name="request"/> lacks by asking the editor.</summary>
    public static RecordRequest Ask(CliContext context, RecordRequest request)
    {
        var title = request.Title ?? Ask(context, "Title");
        var speakers = request.Speakers.Count > 0 ? request.Speakers : Split(Ask(context, "Speakers (names or ids, comma-separated)"));
        var date = request.Date ?? Ask(context, $"Date (YYYY-MM-DD) [{DateTime.Today:yyyy-MM-dd}]") ?? DateTime.Today.ToString("yyyy-MM-dd");
        var plan = request.Plan ?? Ask(context, "Plan period (optional)");
        var topics = request.Topics.Count > 0 ? request.Topics : Split(Ask(context, "Topics (optional, comma-separated)"));
        return new RecordRequest(title, speakers, date, plan, topics);
    }

    private static string? Ask(CliContext context, string label)
    {
        context.Output.Write(label + ": ");
        var answer = System.Console.In.ReadLine()?.Trim();
        return string.IsNullOrEmpty(answer) ? null : answer;
    }

    private static List<string> Split(string? text) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
