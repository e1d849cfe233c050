using System.Text.Json;

namespace Newsgraph.Corpus.Sources.Listings;

/// <summary>Reads JSON Feed 1.0/1.1 (https://jsonfeed.org): items' url (or external_url),
/// date_published (or date_modified) and title.</summary>
internal sealed class JsonFeedReader(ListingLimits limits)
{
    public Listing Read(ReadOnlyMemory<byte> body, Uri? baseUri)
    {
        var collector = new LinkCollector(ListingKind.JsonFeed, baseUri, limits);
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = limits.MaxJsonDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return Listing.Failed(ListingKind.JsonFeed, "JSON Feed without an items array");
            }

            foreach (var item in items.EnumerateArray())
            {
                if (collector.Full)
                {
                    break;
                }

                if (item.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                string? url = Text(item, "url") ?? Text(item, "external_url");
                string? title = Text(item, "title");
                if (title is not null && title.Length > limits.MaxTitleChars)
                {
                    title = title[..limits.MaxTitleChars];
                }

                collector.AddLink(url, FeedDates.Parse(Text(item, "date_published") ?? Text(item, "date_modified")), title);
            }
        }
        catch (JsonException ex)
        {
            return collector.Result($"not valid JSON: {ex.Message}");
        }

        return collector.Result(null);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
