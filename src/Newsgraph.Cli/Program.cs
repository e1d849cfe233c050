using Newsgraph.Cli.Commands;

return await NewsgraphCommandLine.InvokeAsync(args);
