using System.Net;
using System.Text.Json;
using Newsgraph.Extraction.Metadata.Tables;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// Reads schema.org JSON-LD from the raw HTML: the parser skips script text for speed, so the
/// script bodies are found by scanning the source. Tolerant of trailing commas, comments, raw
/// newlines in strings, @graph, arrays and @id references; a block that still fails is skipped.
/// </summary>
internal static class JsonLdReader
{
    /// <summary>Blocks larger than this are data dumps, not article metadata.</summary>
    private const int MaxBlockChars = 2_000_000;

    private const int MaxBlocks = 32;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Finds the JSON-LD script bodies in <paramref name="html"/> and reads them.</summary>
    public static JsonLdData Read(string html, string? pageUrl) => Read(Blocks(html), pageUrl);

    /// <summary>Reads JSON-LD script bodies already cut out of the page (see Html/PageTrimmer).</summary>
    public static JsonLdData Read(IReadOnlyList<ReadOnlyMemory<char>> blocks, string? pageUrl)
    {
        var data = new JsonLdData();
        for (int i = 0; i < blocks.Count && i < MaxBlocks; i++)
        {
            if (blocks[i].Length <= MaxBlockChars)
            {
                ParseBlock(blocks[i], data);
            }
        }

        data.ChooseMain(pageUrl);
        return data;
    }

    private static List<ReadOnlyMemory<char>> Blocks(string html)
    {
        var blocks = new List<ReadOnlyMemory<char>>();
        int pos = 0;
        while (blocks.Count < MaxBlocks)
        {
            int hit = TextSearch.IndexOfIgnoreCase(html, "ld+json", pos);
            if (hit < 0)
            {
                break;
            }

            pos = hit + 7;
            int tagStart = html.LastIndexOf('<', hit);
            if (tagStart < 0 || !html.AsSpan(tagStart).StartsWith("<script", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int bodyStart = html.IndexOf('>', hit);
            if (bodyStart < 0)
            {
                break;
            }

            int bodyEnd = TextSearch.IndexOfIgnoreCase(html, "</script", bodyStart);
            if (bodyEnd < 0)
            {
                break;
            }

            pos = bodyEnd;
            blocks.Add(html.AsMemory(bodyStart + 1, bodyEnd - bodyStart - 1));
        }

        return blocks;
    }

    private static void ParseBlock(ReadOnlyMemory<char> text, JsonLdData data)
    {
        var span = text.Span.Trim();
        if (span.StartsWith("<!--"))
        {
            span = span[4..];
        }

        if (span.EndsWith("-->"))
        {
            span = span[..^3];
        }

        string json = span.ToString();
        JsonDocument? doc = TryParse(json) ?? TryParse(Sanitize(json));
        if (doc is null)
        {
            data.InvalidBlocks++;
            return;
        }

        using (doc)
        {
            Collect(doc.RootElement, data);
        }
    }

    private static JsonDocument? TryParse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Raw control characters inside strings are the most common JSON-LD error.</summary>
    private static string Sanitize(string json)
    {
        var chars = json.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] < ' ')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static void Collect(JsonElement root, JsonLdData data)
    {
        // Objects in document order, with an @id index for references (Yoast @graph).
        var objects = new List<JsonElement>();
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0 && objects.Count < 2000)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                for (int i = e.GetArrayLength() - 1; i >= 0; i--)
                {
                    stack.Push(e[i]);
                }
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                objects.Add(e);
                if (e.TryGetProperty("@graph", out var graph))
                {
                    stack.Push(graph);
                }
            }
        }

        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            if (Str(o, "@id") is { } id && o.EnumerateObject().Count() > 1)
            {
                byId.TryAdd(id, o);
            }
        }

        foreach (var o in objects)
        {
            ReadObject(o, byId, data);
        }
    }

    private static void ReadObject(JsonElement o, Dictionary<string, JsonElement> byId, JsonLdData data)
    {
        var types = Types(o);
        if (types.Count == 0)
        {
            return;
        }

        bool article = types.Exists(JsonLdTypes.IsArticle);
        bool page = types.Exists(t => t.Equals("WebPage", StringComparison.OrdinalIgnoreCase) || t.EndsWith("Page", StringComparison.Ordinal));
        if (types.Exists(t => t.Equals("WebSite", StringComparison.OrdinalIgnoreCase)) && Str(o, "name") is { } siteName)
        {
            data.WebSiteNames.Add(siteName);
        }

        if (types.Exists(t => t.Equals("BreadcrumbList", StringComparison.OrdinalIgnoreCase)))
        {
            ReadBreadcrumbs(o, byId, data);
        }

        if (!article && !page)
        {
            return;
        }

        var node = article ? new JsonLdNode() : data.Page;
        if (article)
        {
            data.Articles.Add(node);
            AddStr(o, "headline", node.Headlines);
            AddStr(o, "alternativeHeadline", node.Headlines);
        }
        else
        {
            AddStr(o, "name", node.Headlines);
        }

        foreach (var key in (string[])["author", "creator"])
        {
            if (o.TryGetProperty(key, out var author))
            {
                ReadAuthors(author, byId, node, article);
            }
        }

        AddStr(o, "datePublished", node.Published);
        AddStr(o, "dateModified", node.Modified);
        if (o.TryGetProperty("publisher", out var publisher))
        {
            var p = Resolve(publisher.ValueKind == JsonValueKind.Array && publisher.GetArrayLength() > 0 ? publisher[0] : publisher, byId);
            if (p.ValueKind == JsonValueKind.Object && Str(p, "name") is { } pn)
            {
                node.Publishers.Add(pn);
            }
            else if (p.ValueKind == JsonValueKind.String && p.GetString() is { } ps && !ps.Contains("://", StringComparison.Ordinal))
            {
                node.Publishers.Add(ps);
            }
        }

        AddStrings(o, "articleSection", node.Sections);
        AddStrings(o, "keywords", node.Keywords);
        if (data.Language is null && Str(o, "inLanguage") is { } lang)
        {
            data.Language = lang;
        }

        node.Url ??= Str(o, "url") ?? (o.TryGetProperty("mainEntityOfPage", out var main) ? (main.ValueKind == JsonValueKind.String ? main.GetString() : Str(main, "@id")) : null);
    }

    private static void ReadAuthors(JsonElement value, Dictionary<string, JsonElement> byId, JsonLdNode data, bool article)
    {
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        foreach (var raw in items.Take(20))
        {
            string? refId = raw.ValueKind == JsonValueKind.Object ? Str(raw, "@id") : null;
            var a = Resolve(raw, byId);
            if (a.ValueKind == JsonValueKind.String)
            {
                if (a.GetString() is { } s && !s.Contains("://", StringComparison.Ordinal))
                {
                    data.Authors.Add(new JsonLdAuthor(Decode(s), false, !article));
                }

                continue;
            }

            if (a.ValueKind != JsonValueKind.Object || Str(a, "name") is not { } name)
            {
                continue;
            }

            var types = Types(a);
            bool org = types.Exists(t => t.Contains("Organization", StringComparison.OrdinalIgnoreCase) || t.Equals("NewsMediaOrganization", StringComparison.OrdinalIgnoreCase));
            string id = refId ?? Str(a, "@id") ?? string.Empty;
            bool cms = !article || id.Contains("/schema/person/", StringComparison.Ordinal);
            data.Authors.Add(new JsonLdAuthor(name, org, cms));
        }
    }

    private static void ReadBreadcrumbs(JsonElement o, Dictionary<string, JsonElement> byId, JsonLdData data)
    {
        if (data.Breadcrumbs.Count > 0 || !o.TryGetProperty("itemListElement", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var crumbs = new List<(int Position, string Name)>();
        int i = 0;
        foreach (var raw in list.EnumerateArray())
        {
            var item = Resolve(raw, byId);
            i++;
            string? name = Str(item, "name");
            if (name is null && item.ValueKind == JsonValueKind.Object && item.TryGetProperty("item", out var inner))
            {
                name = Str(Resolve(inner, byId), "name");
            }

            int position = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out int n) ? n : i;
            if (name is not null)
            {
                crumbs.Add((position, name));
            }
        }

        data.Breadcrumbs.AddRange(crumbs.OrderBy(c => c.Position).Select(c => c.Name));
    }

    private static JsonElement Resolve(JsonElement e, Dictionary<string, JsonElement> byId)
    {
        if (e.ValueKind == JsonValueKind.Object && Str(e, "@id") is { } id && byId.TryGetValue(id, out var target) && !e.TryGetProperty("name", out _))
        {
            return target;
        }

        return e;
    }

    private static List<string> Types(JsonElement o)
    {
        var types = new List<string>();
        if (o.ValueKind == JsonValueKind.Object && o.TryGetProperty("@type", out var t))
        {
            if (t.ValueKind == JsonValueKind.String)
            {
                types.Add(t.GetString()!);
            }
            else if (t.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in t.EnumerateArray())
                {
                    if (x.ValueKind == JsonValueKind.String)
                    {
                        types.Add(x.GetString()!);
                    }
                }
            }
        }

        return types;
    }

    private static string? Str(JsonElement o, string key)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(key, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0)
        {
            v = v[0];
        }

        return v.ValueKind == JsonValueKind.String && v.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? Decode(s.Trim()) : null;
    }

    private static void AddStr(JsonElement o, string key, List<string> list)
    {
        if (Str(o, key) is { } s)
        {
            list.Add(s);
        }
    }

    private static void AddStrings(JsonElement o, string key, List<string> list)
    {
        if (!o.TryGetProperty(key, out var v))
        {
            return;
        }

        if (v.ValueKind == JsonValueKind.String && v.GetString() is { } s && !string.IsNullOrWhiteSpace(s))
        {
            list.Add(Decode(s.Trim()));
        }
        else if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in v.EnumerateArray())
            {
                if (x.ValueKind == JsonValueKind.String && x.GetString() is { } xs && !string.IsNullOrWhiteSpace(xs))
                {
                    list.Add(Decode(xs.Trim()));
                }
            }
        }
    }

    private static string Decode(string s) => s.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(s) : s;
}
