using IprArchive.Cli;

var interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false";
return await CliApp.RunAsync(args, Console.Out, Console.Error, interactive);
