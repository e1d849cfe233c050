using System.Collections.Frozen;
using Newsgraph.Extraction;
using Newsgraph.Extraction.Html;
using Newsgraph.Extraction.Input;

namespace Newsgraph.Benchmarks.AngleSharpAnchor;

/// <summary>
/// One linear pass over the page before parsing, doing two jobs.
/// <para>
/// Depth guard: AngleSharp's tree builder walks the stack of open elements for scope checks, so
/// 100,000 nested &lt;div&gt;s take minutes (measured: over 10 minutes for 100,000 divs). The scan
/// estimates the nesting depth with the tree-building rules that matter (<see cref="NestingRules"/>)
/// and blanks out, with spaces of the same length, every start tag that would open past the depth
/// limit and the end tags that close such elements. Text survives; the deep part comes out flattened.
/// </para>
/// <para>
/// Trimming: script and style bodies, comments and SVG internals are over half the characters of
/// a news page and nothing downstream reads them from the DOM (both DOM walks skip those elements),
/// so they are cut before the parser has to tokenise them. The elements themselves stay, empty.
/// JSON-LD script bodies are kept aside for the metadata reader first. Cut positions are recorded
/// so source positions stay exact (<see cref="SourceOffsets"/>).
/// </para>
/// </summary>
internal static class PageTrimmer
{
    /// <summary>Pages with at most this many blocks keep them all; later ones are data dumps.</summary>
    private const int MaxJsonLdBlocks = 32;

    public static PreparedPage Prepare(string html, int maxDepth)
    {
        var scanner = new Scanner(html, Math.Max(1, maxDepth));
        scanner.Run();
        if (scanner.Edits.Count == 0)
        {
            return new PreparedPage(html, SourceOffsets.Identity, scanner.JsonLd, 0);
        }

        int removed = 0;
        foreach (var edit in scanner.Edits)
        {
            removed += edit.Blank ? 0 : edit.Length;
        }

        var trimmedStarts = new int[scanner.Edits.Count + 1];
        var sourceStarts = new int[scanner.Edits.Count + 1];
        string trimmed = string.Create(html.Length - removed, (html, scanner.Edits, trimmedStarts, sourceStarts), static (dest, state) =>
        {
            var (source, edits, trimmedStarts, sourceStarts) = state;
            int from = 0, to = 0, runs = 1;
            foreach (var edit in edits)
            {
                int keep = edit.Start - from;
                source.AsSpan(from, keep).CopyTo(dest[to..]);
                to += keep;
                if (edit.Blank)
                {
                    dest.Slice(to, edit.Length).Fill(' ');
                    to += edit.Length;
                }

                from = edit.Start + edit.Length;
                trimmedStarts[runs] = to;
                sourceStarts[runs] = from;
                runs++;
            }

            source.AsSpan(from).CopyTo(dest[to..]);
        });
        return new PreparedPage(trimmed, new SourceOffsets(trimmedStarts, sourceStarts), scanner.JsonLd, scanner.BlankedTags);
    }

    /// <summary>A source range to cut out, or (<see cref="Blank"/>) to overwrite with spaces.</summary>
    private readonly record struct Edit(int Start, int Length, bool Blank);

    /// <summary>One open element: its name's place in the source (and the name, when it is a known tag).</summary>
    private readonly record struct Open(int NameStart, int NameLength, string? Known, bool IsBoundary);

    private sealed class Scanner(string html, int maxDepth)
    {
        private static readonly string[] Paragraph = ["p"];

        private readonly List<Open> stack = [];
        private int foreignDepth;
        private int openParagraphs;

        /// <summary>Source ranges to cut or blank, in source order.</summary>
        public List<Edit> Edits { get; } = [];

        public List<ReadOnlyMemory<char>> JsonLd { get; } = [];

        public int BlankedTags { get; private set; }

        public void Run()
        {
            int i = 0;
            while (i < html.Length)
            {
                int lt = html.IndexOf('<', i);
                if (lt < 0 || lt + 1 >= html.Length)
                {
                    return;
                }

                char c = html[lt + 1];
                if (c == '!')
                {
                    if (html.AsSpan(lt).StartsWith("<!--"))
                    {
                        i = CommentEnd(lt);
                        Edits.Add(new Edit(lt, i - lt, Blank: false));
                    }
                    else
                    {
                        i = After(html.IndexOf('>', lt), 1);
                    }
                }
                else if (c == '?')
                {
                    i = After(html.IndexOf('>', lt), 1);
                }
                else if (c == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
                {
                    int nameEnd = NameEnd(lt + 2);
                    int gt = html.IndexOf('>', nameEnd);
                    i = After(gt, 1);
                    EndTag(lt, (gt < 0 ? html.Length : gt + 1) - lt, lt + 2, nameEnd - lt - 2);
                }
                else if (char.IsAsciiLetter(c))
                {
                    i = StartTag(lt);
                }
                else
                {
                    i = lt + 1;
                }
            }
        }

        /// <summary>Where a comment starting at <paramref name="lt"/> ends; "&lt;!--&gt;" and "&lt;!---&gt;" are complete comments.</summary>
        private int CommentEnd(int lt)
        {
            var rest = html.AsSpan(lt + 4);
            if (rest.StartsWith(">"))
            {
                return lt + 5;
            }

            if (rest.StartsWith("->"))
            {
                return lt + 6;
            }

            return After(html.IndexOf("-->", lt + 4, StringComparison.Ordinal), 3);
        }

        /// <summary>Position after a match of length <paramref name="length"/>, or the end of input when there is none.</summary>
        private int After(int index, int length) => index < 0 ? html.Length : index + length;

        private int NameEnd(int start)
        {
            int j = start;
            while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] is not ('>' or '/'))
            {
                j++;
            }

            return j;
        }

        /// <summary>Handles a start tag at <paramref name="lt"/>; returns where scanning continues.</summary>
        private int StartTag(int lt)
        {
            int nameStart = lt + 1;
            int nameEnd = NameEnd(nameStart);
            int gt = TagEnd(nameEnd);
            if (gt < 0)
            {
                return html.Length;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            string? known = Known(name);
            int next = gt + 1;
            if (known is not null && NestingRules.RawText.Contains(known))
            {
                int close = TextSearch.IndexOfIgnoreCase(html, known switch { "script" => "</script", "style" => "</style", _ => "</" + known }, next);
                int end = close < 0 ? html.Length : close;
                if (known is "script" && JsonLd.Count < MaxJsonLdBlocks && html.AsSpan(lt, gt - lt).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    JsonLd.Add(html.AsMemory(next, end - next));
                }

                if (known is "script" or "style" && end > next)
                {
                    Edits.Add(new Edit(next, end - next, Blank: false));
                }

                return end;
            }

            if (known is "plaintext")
            {
                return html.Length;
            }

            if (known is not null && (NestingRules.Void.Contains(known) || NestingRules.Merged.Contains(known)))
            {
                return next;
            }

            if ((foreignDepth > 0 || known is "svg" or "math") && html[gt - 1] == '/')
            {
                // Self-closing in foreign content, and "<svg/>" itself: acknowledged, never opened.
                return next;
            }

            if (known is not null && !CloseImplied(known))
            {
                return next;
            }

            if (stack.Count >= maxDepth)
            {
                Blank(lt, next - lt);
            }

            stack.Add(new Open(nameStart, nameEnd - nameStart, known, known is not null && NestingRules.ScopeBoundary.Contains(known)));
            if (known is "p")
            {
                openParagraphs++;
            }
            if (known is not null && NestingRules.Foreign.Contains(known))
            {
                foreignDepth++;
            }

            if (known is "svg")
            {
                // Icons and charts: their shapes are elements nothing reads. The end tag is kept so
                // the depth estimate closes the svg as the parser will.
                int close = TextSearch.IndexOfIgnoreCase(html, "</svg", next);
                int end = close < 0 ? html.Length : close;
                if (end > next)
                {
                    Edits.Add(new Edit(next, end - next, Blank: false));
                }

                return end;
            }

            return next;
        }

        /// <summary>The '&gt;' ending a tag, skipping quoted attribute values; -1 when the tag never ends.</summary>
        private int TagEnd(int from)
        {
            int j = from;
            while (j < html.Length)
            {
                char ch = html[j];
                if (ch == '>')
                {
                    return j;
                }

                if (ch == '=')
                {
                    j++;
                    while (j < html.Length && char.IsWhiteSpace(html[j]))
                    {
                        j++;
                    }

                    if (j < html.Length && html[j] is '"' or '\'')
                    {
                        int close = html.IndexOf(html[j], j + 1);
                        if (close < 0)
                        {
                            return -1;
                        }

                        j = close + 1;
                        continue;
                    }

                    continue;
                }

                j++;
            }

            return -1;
        }

        /// <summary>
        /// Applies the implied end tags a start tag causes (a new &lt;li&gt; closes the open one, a
        /// block closes an open &lt;p&gt; …). Returns false when the start tag is ignored outright.
        /// </summary>
        private bool CloseImplied(string tag)
        {
            if (openParagraphs > 0 && NestingRules.ClosesParagraph.Contains(tag))
            {
                int p = Find(Paragraph, stopAtBoundary: true);
                if (p >= 0)
                {
                    PopTo(p);
                }
            }

            if (!NestingRules.ClosesSiblings.TryGetValue(tag, out var group))
            {
                return true;
            }

            if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                if (stack.Count > 0 && stack[^1].Known is { } top && group.Contains(top))
                {
                    PopTo(stack.Count - 1);
                }

                return true;
            }

            int found = tag switch
            {
                "table" => FindTableToClose(),
                "li" or "dd" or "dt" => FindListItemToClose(group),
                _ => Find(group, stopAtBoundary: tag is not ("a" or "nobr" or "form")),
            };
            if (found < 0)
            {
                return true;
            }

            if (tag is "form")
            {
                // A form inside an open form is ignored by the parser.
                return false;
            }

            PopTo(found);
            return true;
        }

        /// <summary>A &lt;table&gt; directly inside a table (not in a cell or caption) closes it.</summary>
        private int FindTableToClose()
        {
            for (int k = stack.Count - 1; k >= Math.Max(0, stack.Count - NestingRules.SearchDepth); k--)
            {
                switch (stack[k].Known)
                {
                    case "table":
                        return k;
                    case "td" or "th" or "caption" or "template":
                        return -1;
                }
            }

            return -1;
        }

        /// <summary>The open list item a new &lt;li&gt;/&lt;dd&gt;/&lt;dt&gt; closes, searching down to the first list boundary.</summary>
        private int FindListItemToClose(string[] names) => Find(names, stopAtBoundary: true, NestingRules.ListItemBoundary);

        private int Find(string[] names, bool stopAtBoundary, FrozenSet<string>? boundaries = null)
        {
            for (int k = stack.Count - 1; k >= Math.Max(0, stack.Count - NestingRules.SearchDepth); k--)
            {
                string? known = stack[k].Known;
                if (known is null)
                {
                    continue;
                }

                if (names.Contains(known))
                {
                    return k;
                }

                if (stopAtBoundary && (boundaries is null ? stack[k].IsBoundary : boundaries.Contains(known)))
                {
                    return -1;
                }
            }

            return -1;
        }

        private void EndTag(int lt, int length, int nameStart, int nameLength)
        {
            var name = html.AsSpan(nameStart, nameLength);
            int found = -1;
            // Look at the top of the stack, and at the elements within the depth limit: a hostile
            // stack is deep, but an end tag can only be meant for one of those.
            int top = Math.Max(0, stack.Count - NestingRules.SearchDepth);
            for (int k = stack.Count - 1; k >= 0 && found < 0; k = k == top ? Math.Min(top, maxDepth) - 1 : k - 1)
            {
                var open = stack[k];
                if (html.AsSpan(open.NameStart, open.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    found = k;
                }
            }

            if (found < 0)
            {
                return;
            }

            if (found >= maxDepth)
            {
                Blank(lt, length);
            }

            PopTo(found);
        }

        private void Blank(int start, int length)
        {
            Edits.Add(new Edit(start, length, Blank: true));
            BlankedTags++;
        }

        /// <summary>Pops the element at <paramref name="index"/> and everything above it.</summary>
        private void PopTo(int index)
        {
            for (int k = stack.Count - 1; k >= index; k--)
            {
                if (stack[k].Known is { } known && NestingRules.Foreign.Contains(known))
                {
                    foreignDepth--;
                }
                else if (stack[k].Known is "p")
                {
                    openParagraphs--;
                }
            }

            stack.RemoveRange(index, stack.Count - index);
        }

        private static string? Known(ReadOnlySpan<char> name) => KnownTags.Lookup.TryGetValue(name, out string? known) ? known : null;
    }
}
