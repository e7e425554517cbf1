namespace IprArchive.Bench.Corpus;

/// <summary>One generated record: where it goes and its words (which the query set is drawn from).</summary>
/// <param name="RelativePath"><c>announcements/YYYY/YYYY-MM-DD-slug.md</c>.</param>
/// <param name="Text">The whole file.</param>
/// <param name="Words">Body and title words, for the query statistics (English records only).</param>
/// <param name="Speakers">Speakers' names.</param>
/// <param name="Chinese">True for a <c>language: zh</c> record.</param>
internal sealed record GeneratedRecord(string RelativePath, string Text, IReadOnlyList<string> Words, IReadOnlyList<string> Speakers, bool Chinese);
