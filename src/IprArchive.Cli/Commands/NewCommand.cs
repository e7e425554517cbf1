using System.CommandLine;
using System.Globalization;
using IprArchive.Cli.Console;
using IprArchive.Content;
using IprArchive.Diagnostics;

namespace IprArchive.Cli.Commands;

/// <summary>
/// <c>iprarchive new</c>: scaffolds a record at <c>announcements/YYYY/YYYY-MM-DD-slug.md</c> with
/// front matter resolved through the registries. Never overwrites; asks for what is missing only
/// on an interactive terminal.
/// </summary>
public static class NewCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var title = new Argument<string?>("title") { Description = "The headline of the announcement.", Arity = ArgumentArity.ZeroOrOne };
        var speakers = new Option<string[]>("--speaker", "-s") { Description = "A speaker's id or any spelling listed in data/speakers.yml (repeatable).", HelpName = "NAME|ID", AllowMultipleArgumentsPerToken = false };
        var date = new Option<string?>("--date", "-d") { Description = "The day of the statement, YYYY-MM-DD.", HelpName = "DATE" };
        var plan = new Option<string?>("--plan") { Description = "A plan period listed in data/plans.yml.", HelpName = "PLAN" };
        var topics = new Option<string[]>("--topic", "-t") { Description = "A topic (repeatable).", HelpName = "TOPIC" };
        var input = CliContext.InputOption();
        var command = new Command("new", "Create a new announcement record with valid front matter.") { title, speakers, date, plan, topics, input };
        command.SetAction(parse =>
        {
            var request = new RecordRequest(parse.GetValue(title), [.. parse.GetValue(speakers) ?? []], parse.GetValue(date), parse.GetValue(plan), [.. parse.GetValue(topics) ?? []]);
            return Run(context, parse.GetValue(input)!, request);
        });
        return command;
    }

    private static int Run(CliContext context, string input, RecordRequest request)
    {
        if (context.IsInteractive && request.Title is null)
        {
            request = RecordPrompt.Ask(context, request);
        }

        if (request.Title is null || request.Speakers.Count == 0 || request.Date is null)
        {
            context.Error.WriteLine("error: a title, at least one --speaker and --date are required, e.g.\n  iprarchive new \"CNIPA briefs on 2021 IP data\" --speaker \"Hu Wenhui\" --date 2022-01-12");
            return ExitCodes.Usage;
        }

        if (!DateOnly.TryParseExact(request.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            context.Error.WriteLine($"error: --date '{request.Date}' is not a date written YYYY-MM-DD.");
            return ExitCodes.Usage;
        }

        var registry = Content.Registries.RegistryLoader.Load(input, new DiagnosticBag());
        var scaffold = new RecordScaffold(registry);
        if (scaffold.Problems(request) is { Count: > 0 } problems)
        {
            foreach (var problem in problems)
            {
                context.Error.WriteLine("error: " + problem);
            }

            return ExitCodes.Failure;
        }

        var relative = $"announcements/{day:yyyy}/{day:yyyy-MM-dd}-{RecordScaffold.SlugFor(request.Title)}.md";
        var path = Path.Combine(input, relative);
        if (File.Exists(path))
        {
            context.Error.WriteLine($"error: {path} already exists; it was not changed. Choose another title or edit that file.");
            return ExitCodes.Failure;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(scaffold.Write(request, day));
        }

        context.Output.WriteLine(path);
        return ExitCodes.Success;
    }
}
