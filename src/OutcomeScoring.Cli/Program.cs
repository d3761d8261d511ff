using OutcomeScoring.Cli;

return CliApp.Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
