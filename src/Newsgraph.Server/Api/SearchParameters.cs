using System.Globalization;
using Microsoft.AspNetCore.Http;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Server.Api;

/// <summary>The search parameters shared by the API and the web pages:
/// <c>q, entity, site, from, to, type, speaker, status, limit, offset</c>.</summary>
public static class SearchParameters
{
    /// <summary>Most hits per page: a page of 100 is plenty to read, and bounds the work a request asks for.</summary>
    public const int MaxLimit = 100;

    /// <summary>Deepest offset: paging past this is a crawl, which export serves better.</summary>
    public const int MaxOffset = 10_000;

    /// <summary>Longest query text accepted (the store quotes every term; this bounds the FTS work).</summary>
    public const int MaxTextLength = 1000;

    public static (SearchQuery? Query, ApiError? Error) Read(IQueryCollection q, int defaultLimit = 20)
    {
        string? text = Value(q, "q");
        if (text is { Length: > MaxTextLength })
        {
            return (null, new ApiError("invalid-query", $"q is longer than {MaxTextLength} characters."));
        }

        if (!TryDate(q, "from", out var from) || !TryDate(q, "to", out var to))
        {
            return (null, new ApiError("invalid-query", "from and to must be dates yyyy-MM-dd."));
        }

        if (!TryInt(q, "limit", defaultLimit, 1, MaxLimit, out int limit) || !TryInt(q, "offset", 0, 0, MaxOffset, out int offset))
        {
            return (null, new ApiError("invalid-query", $"limit must be 1–{MaxLimit} and offset 0–{MaxOffset}."));
        }

        foreach (string name in new[] { "entity", "site", "type", "speaker", "status" })
        {
            if (Value(q, name) is { Length: > 300 })
            {
                return (null, new ApiError("invalid-query", $"{name} is too long."));
            }
        }

        return (new SearchQuery
        {
            Text = text,
            Entity = Value(q, "entity"),
            Site = Value(q, "site"),
            From = from,
            To = to,
            EventType = Value(q, "type"),
            Speaker = Value(q, "speaker"),
            ClaimStatus = Value(q, "status"),
            Limit = limit,
            Offset = offset,
            Facets = Value(q, "facets") is not ("0" or "false"),
        }, null);
    }

    public static string? Value(IQueryCollection q, string name) =>
        q.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrWhiteSpace(v[0]) ? v[0]!.Trim() : null;

    private static bool TryDate(IQueryCollection q, string name, out DateOnly? date)
    {
        date = null;
        if (Value(q, name) is not { } s)
        {
            return true;
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }

    private static bool TryInt(IQueryCollection q, string name, int fallback, int min, int max, out int value)
    {
        value = fallback;
        if (Value(q, name) is not { } s)
        {
            return true;
        }

        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}
