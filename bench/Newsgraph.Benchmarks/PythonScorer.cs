using System.Diagnostics;

namespace Newsgraph.Benchmarks;

/// <summary>Runs one of the shared Python scorers (../shared/bench/*/score.py) and returns what it printed.</summary>
internal static class PythonScorer
{
    public static string Run(string scorer, params string[] arguments)
    {
        var psi = new ProcessStartInfo("python3", [scorer, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using var p = Process.Start(psi)!;
            string output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"(python3 not available: {ex.Message})";
        }
    }
}
