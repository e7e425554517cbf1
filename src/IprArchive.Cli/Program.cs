using IprArchive.Cli;

var interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false";
// Questions (init's site name, URL) are asked only when someone can answer them at a terminal.
var answers = Console.IsInputRedirected ? null : Console.In;
return await CliApp.RunAsync(args, Console.Out, Console.Error, interactive, answers: answers);
