using IprArchive.Content;
using IprArchive.Markdown;

namespace IprArchive.Pipelines.Site;

/// <summary>Who said a quotation, as far as the record tells.</summary>
/// <param name="Speaker">The record's speaker it names, if it names one of them.</param>
/// <param name="Name">The name to credit: the speaker's, or the attribution as written.</param>
/// <param name="Problem">Why the credit is uncertain (reported as IPR050), or null.</param>
public sealed record QuotationCredit(SpeakerCredit? Speaker, string? Name, string? Problem);

/// <summary>
/// Resolves a quotation's creator: its closing "— Name" line when it names one of the record's
/// speakers (by name or alias); the only speaker when there is one; otherwise nobody for sure.
/// </summary>
public static class QuotationCredits
{
    /// <summary>The credit of <paramref name="quotation"/> in <paramref name="announcement"/>.</summary>
    public static QuotationCredit Of(Passage quotation, Announcement announcement)
    {
        if (quotation.Attribution is { } written)
        {
            var key = NameKey.Of(written);
            var speaker = announcement.Speakers.FirstOrDefault(s =>
                NameKey.Of(s.Speaker.Name) == key || s.Speaker.Aliases.Any(alias => NameKey.Of(alias) == key));
            return speaker is not null
                ? new QuotationCredit(speaker, speaker.Speaker.Name, null)
                : new QuotationCredit(null, written, $"quotation {quotation.Anchor} is attributed to '{written}', who is not among the record's speakers");
        }

        return announcement.Speakers.Count == 1
            ? new QuotationCredit(announcement.Speakers[0], announcement.Speakers[0].Speaker.Name, null)
            : new QuotationCredit(null, null, $"quotation {quotation.Anchor} has no '— Name' line and the record has {announcement.Speakers.Count} speakers");
    }
}
