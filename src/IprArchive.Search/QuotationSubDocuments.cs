using IprArchive.Search.Indexing;

namespace IprArchive.Search;

/// <summary>A quotation of a record as the index sees it (the site maps its statements onto this).</summary>
/// <param name="Anchor">Its page anchor without <c>#</c>: <c>q-1</c>, <c>q-2</c>…</param>
/// <param name="Text">The quoted words.</param>
/// <param name="ParagraphIndex">The paragraph it is in (inline) or comes before (block: the number of paragraphs before it).</param>
/// <param name="IsBlock">A block quotation (not part of any paragraph) rather than words in quotation marks.</param>
/// <param name="Speaker">The speaker credited with it, or null.</param>
/// <param name="Credit">The speaker's role and organisation at the time, or null.</param>
/// <param name="IsTurn">A transcript turn (<c>#t-N</c>): its paragraphs are the record's own, so it marks no range in them.</param>
public sealed record SearchQuotation(string Anchor, string Text, int ParagraphIndex, bool IsBlock, SearchEntity? Speaker = null, string? Credit = null, bool IsTurn = false);

/// <summary>
/// Turns a record and its quotations into the documents the index holds: the record, whose
/// passages now include its block quotations and know where its inline quotations are, followed
/// by one <see cref="DocumentTypes.Quote"/> document per quotation or transcript turn. A quotation's document is
/// the record's (date, language, organisations, topics, plan, event, title) with the quoted words
/// as its only paragraph, the credited speaker as its only speaker (none when unattributed), and
/// the record's URL with <c>#q-N</c> as its URL, so it sorts right after the record.
/// </summary>
public static class QuotationSubDocuments
{
    /// <summary>The record followed by its quotations' documents, in <see cref="SearchIndexBuilder.DocumentOrder"/>.</summary>
    public static IReadOnlyList<SearchDocument> Expand(SearchDocument record, IReadOnlyList<SearchQuotation> quotations)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(quotations);
        if (quotations.Count == 0) return [record];
        var documents = new List<SearchDocument> { WithPassages(record, quotations) };
        // "#q-10" sorts before "#q-2": the order is the URLs', not the reading order.
        documents.AddRange(quotations.Select(q => Quote(record, q)).Order(SearchIndexBuilder.DocumentOrder));
        return documents;
    }

    private static SearchDocument Quote(SearchDocument record, SearchQuotation q) => record with
    {
        Url = $"{record.Url}#{q.Anchor}",
        Type = DocumentTypes.Quote,
        Summary = "",
        Paragraphs = [q.Text],
        Anchors = [],
        QuotedRanges = [],
        Speakers = q.Speaker is null ? [] : [q.Speaker],
        Credit = q.Credit,
    };

    /// <summary>
    /// Block quotations take their place among the paragraphs (the page does not count them as
    /// paragraphs, so the record would otherwise not be found by their words); each inline
    /// quotation is located in its paragraph's text. One that cannot be found is left out: a hit
    /// in it then links to its paragraph, which is still right.
    /// </summary>
    private static SearchDocument WithPassages(SearchDocument record, IReadOnlyList<SearchQuotation> quotations)
    {
        var paragraphs = new List<string>();
        var anchors = new List<string>();
        var ranges = new List<QuotedRange>();
        var blocks = quotations.Where(q => q.IsBlock).ToLookup(q => Math.Min(q.ParagraphIndex, record.Paragraphs.Count));
        var inline = quotations.Where(q => !q.IsBlock && !q.IsTurn).ToLookup(q => q.ParagraphIndex);
        for (var i = 0; i <= record.Paragraphs.Count; i++)
        {
            foreach (var block in blocks[i])
            {
                paragraphs.Add(block.Text);
                anchors.Add(block.Anchor);
            }

            if (i == record.Paragraphs.Count) break;
            var text = record.Paragraphs[i];
            var from = 0;
            foreach (var quotation in inline[i])
            {
                var at = quotation.Text.Length == 0 ? -1 : text.IndexOf(quotation.Text, from, StringComparison.Ordinal);
                if (at < 0) continue;
                ranges.Add(new QuotedRange(paragraphs.Count, at, at + quotation.Text.Length, quotation.Anchor));
                from = at + quotation.Text.Length;
            }

            paragraphs.Add(text);
            anchors.Add(i < record.Anchors.Count ? record.Anchors[i] : $"p-{i + 1}");
        }

        var plain = anchors.Select((a, i) => a == $"p-{i + 1}").All(x => x);
        return record with { Paragraphs = paragraphs, Anchors = plain ? [] : anchors, QuotedRanges = ranges };
    }
}
