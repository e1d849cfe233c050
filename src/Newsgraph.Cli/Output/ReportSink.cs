using Newsgraph.Core.Report;

namespace Newsgraph.Cli.Output;

/// <summary>
/// Writes reports in the chosen format: one indented JSON object for a single page, one compact
/// JSON object per line (JSONL) for many, or readable summaries.
/// </summary>
internal sealed class ReportSink(TextWriter writer, string format, bool many)
{
    private int written;

    public void Write(AnalysisReport report)
    {
        if (format == "text")
        {
            if (written > 0)
            {
                writer.WriteLine();
            }

            TextSummary.Write(writer, report);
        }
        else
        {
            writer.WriteLine(ReportJson.Serialize(report, indented: !many));
        }

        written++;
    }
}
