using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace IprArchive.Search.Indexing;

/// <summary>
/// What a result shows and where it links, read one document at a time like its paragraphs: the
/// paragraphs, their page anchors, where the record's inline quotations are, and for a quotation
/// the event and its speaker's role and organisation at the time.
/// </summary>
/// <param name="Paragraphs">Plain-text paragraphs (a quotation has one: its words).</param>
/// <param name="Anchors">Each paragraph's anchor without <c>#</c>; empty means <c>p-1</c>, <c>p-2</c>…</param>
/// <param name="QuotedRanges">Where inline quotations are in the paragraphs.</param>
/// <param name="Event">The event, if any.</param>
/// <param name="Credit">A quotation's speaker's role and organisation at the time, if known.</param>
public sealed record StoredPassages(
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Anchors,
    IReadOnlyList<QuotedRange> QuotedRanges,
    string? Event,
    string? Credit)
{
    /// <summary>Stored field: each paragraph's page anchor, only when not the default <c>p-{i+1}</c>.</summary>
    internal const string AnchorField = "anchor";

    /// <summary>Stored field: one <see cref="QuotedRange"/> per value, as "paragraph start end anchor".</summary>
    internal const string QuotedField = "quoted";

    /// <summary>Stored field: a quotation's speaker's role and organisation at the time.</summary>
    internal const string CreditField = "credit";

    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        SearchIndexBuilder.Paragraph, AnchorField, QuotedField, "event", CreditField,
    };

    /// <summary>The page anchor of paragraph <paramref name="index"/>, without <c>#</c>.</summary>
    public string AnchorOf(int index) => index < Anchors.Count ? Anchors[index] : $"p-{index + 1}";

    /// <summary>Reads one document's passages (thread-safe, as <see cref="IndexedDocument.ParagraphsOf"/>).</summary>
    public static StoredPassages Of(IndexReader reader, int docId)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var doc = reader.Document(docId, Fields);
        return new StoredPassages(
            doc.GetValues(SearchIndexBuilder.Paragraph),
            doc.GetValues(AnchorField),
            [.. doc.GetValues(QuotedField).Select(Decode)],
            doc.Get("event"),
            doc.Get(CreditField));
    }

    /// <summary>The stored-only fields of <paramref name="d"/> (never searched).</summary>
    internal static IEnumerable<StoredField> FieldsOf(SearchDocument d)
    {
        foreach (var anchor in d.Anchors) yield return new StoredField(AnchorField, anchor);
        foreach (var range in d.QuotedRanges)
            yield return new StoredField(QuotedField, string.Create(CultureInfo.InvariantCulture, $"{range.Paragraph} {range.Start} {range.End} {range.Anchor}"));
        if (d.Credit is { Length: > 0 } credit) yield return new StoredField(CreditField, credit);
    }

    private static QuotedRange Decode(string value)
    {
        var parts = value.Split(' ');
        int At(int i) => int.Parse(parts[i], CultureInfo.InvariantCulture);
        return new QuotedRange(At(0), At(1), At(2), parts[3]);
    }
}
