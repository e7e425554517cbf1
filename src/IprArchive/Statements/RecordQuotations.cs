using IprArchive.Content;
using IprArchive.Markdown;

namespace IprArchive.Statements;

/// <summary>
/// Credits the quotations the renderer found in a record: a block quotation's closing
/// <c>— Name</c> line first, then the sentence around it, a pronoun (see
/// <see cref="QuoteAttributor"/>), or the record's only speaker when the quotation runs on from
/// one a cue gave to that speaker (<see cref="OnlySpeakerFallback"/>). Never a name the record
/// does not support.
/// </summary>
public static class RecordQuotations
{
    /// <summary>The quotations of <paramref name="announcement"/>, in reading order.</summary>
    public static IReadOnlyList<Quotation> Of(Announcement announcement, RenderedMarkdown body)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(body);
        var names = new SpeakerNames(announcement.Speakers);
        var firstPerson = FirstPerson.IsSpeech(body, names);
        var loneTurn = body.Quotations.Count(q => q.Form == QuotationForm.Turn) == 1;
        var credited = new List<Quotation>();
        Quotation? previous = null;
        QuotedPassage? previousPassage = null;
        foreach (var passage in body.Quotations)
        {
            var attribution = Attribute(passage, names, firstPerson, loneTurn);
            if (attribution.Kind == AttributionKind.OnlySpeaker && !OnlySpeakerFallback.Continues(passage, previous, previousPassage))
            {
                attribution = Attribution.Nobody;
            }

            previous = Credit(passage, attribution);
            previousPassage = passage;
            credited.Add(previous);
        }

        CreditEchoes(body.Quotations, credited);

        // A turn nobody of the record takes (a question, an unlisted person) is no statement.
        return [.. credited.Where(q => q.Form != QuotationForm.Turn || q.Speaker is not null)];
    }

    private static Attribution Attribute(QuotedPassage quotation, SpeakerNames names, bool firstPerson, bool loneTurn)
    {
        if (quotation.Form == QuotationForm.Turn)
        {
            return quotation.Turn is { } label ? TurnAttribution.Of(label, names, loneTurn) : Attribution.Nobody;
        }

        if (quotation.Attribution is not { } written)
        {
            return QuoteAttributor.Attribute(quotation.Context, names, onlySpeakerFallback: quotation.Turn is null && !firstPerson, firstPersonText: firstPerson && quotation.Turn is null);
        }

        var exact = names.Speakers.FirstOrDefault(s => NameKey.Of(s.Speaker.Name) == NameKey.Of(written)
            || s.Speaker.Aliases.Any(alias => NameKey.Of(alias) == NameKey.Of(written)));
        if (exact is not null)
        {
            return new Attribution(exact, AttributionKind.Explicit);
        }

        return names.Resolve(written) switch
        {
            (NameMatch.Found, var speaker) => new Attribution(speaker, AttributionKind.Explicit),
            (NameMatch.Shared, _) => new Attribution(null, AttributionKind.None, $"'{written}' could be more than one speaker of the record"),
            _ => new Attribution(null, AttributionKind.None, $"it is attributed to '{written}', who is not among the record's speakers"),
        };
    }

    // A phrase quoted ahead of the words it comes from ("the WIPO chief “very optimistic”" …
    // "“My expectation … is very optimistic,” said Gurry") is the speaker of those words, when one
    // speaker of the record said them and the phrase is not a name.
    private static void CreditEchoes(IReadOnlyList<QuotedPassage> passages, List<Quotation> credited)
    {
        for (var i = 0; i < credited.Count; i++)
        {
            if (credited[i] is not { Speaker: null, Form: QuotationForm.Inline } phrase || phrase.Text.Split(' ').Length > EchoWords
                || NotSpeech.IsNameOrTerm(passages[i].Context))
            {
                continue;
            }

            var sources = credited.Where(q => q.Speaker is not null && q.Form != QuotationForm.Turn && q.Text.Length > phrase.Text.Length
                    && QuoteSpans.ContainsPhrase(q.Text, phrase.Text))
                .Select(q => q.Speaker!).DistinctBy(s => s.Speaker.Id).ToList();
            if (sources.Count == 1)
            {
                credited[i] = phrase with { Speaker = sources[0], Kind = AttributionKind.Sentence, Ambiguity = null };
            }
        }
    }

    private const int EchoWords = 3;

    private static Quotation Credit(QuotedPassage q, Attribution attribution) =>
        new(q.Anchor, q.Text, attribution.Speaker, attribution.Kind, attribution.Ambiguity, q.ParagraphIndex, q.Line, q.Column, q.Form);
}
