using Newsgraph.Cli.Commands;

using var jit = Newsgraph.Core.Diagnostics.StartupTimings.ListJitCompilations();
return await NewsgraphCommandLine.InvokeAsync(args);
