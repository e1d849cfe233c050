using System.CommandLine;
using System.Globalization;

namespace Newsgraph.Cli.Commands;

/// <summary>Options shared by the corpus commands: dates and output format.</summary>
internal static class CorpusOptions
{
    public static Option<string?> Date(string name, string description) => new(name) { Description = description + " (yyyy-MM-dd)." };

    public static Option<string?> Format(params string[] formats)
    {
        var option = new Option<string?>("--format", "-f")
        {
            Description = $"{string.Join(" or ", formats)} (text is the default on a terminal, json when piped).",
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static void ValidateDate(System.CommandLine.Parsing.CommandResult result, Option<string?> option)
    {
        if (result.GetValue(option) is { } value && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            result.AddError($"{option.Name} must be a date like 2023-09-05, not '{value}'.");
        }
    }

    public static DateOnly? ParseDate(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>json when asked, or when output is not a terminal; text otherwise.</summary>
    public static bool WantsJson(string? format) => format == "json" || (format is null && Console.IsOutputRedirected);
}
