using IprArchive.Content;

namespace IprArchive.Statements;

/// <summary>One quotation of one record: who said what, when, where to link.</summary>
/// <param name="Announcement">The record it is in.</param>
/// <param name="Quotation">The quotation.</param>
public sealed record Statement(Announcement Announcement, Quotation Quotation)
{
    /// <summary>Site-relative URL of the quotation: the record's page with <c>#q-N</c>.</summary>
    public string Url => $"{Announcement.Url}#{Quotation.Id}";
}

/// <summary>
/// Every record's quotations, grouped once so that each page finds its statements without
/// scanning the corpus: by record and by speaker. Lists are newest first, then in reading order.
/// </summary>
public sealed class StatementIndex
{
    private static readonly IReadOnlyList<Statement> None = [];
    private readonly Dictionary<Announcement, IReadOnlyList<Statement>> _byRecord = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<Statement>> _bySpeaker = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="records"/> (each record with its quotations in reading order).</summary>
    public StatementIndex(IEnumerable<(Announcement Announcement, IReadOnlyList<Quotation> Quotations)> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var ordered = records
            .OrderByDescending(r => r.Announcement.Date)
            .ThenBy(r => r.Announcement.Slug, StringComparer.Ordinal)
            .ToList();
        var all = new List<Statement>();
        foreach (var (announcement, quotations) in ordered)
        {
            var statements = quotations.Select(q => new Statement(announcement, q)).ToList();
            _byRecord[announcement] = statements;
            all.AddRange(statements);
            foreach (var statement in statements.Where(s => s.Quotation.Speaker is not null))
            {
                var id = statement.Quotation.Speaker!.Speaker.Id;
                if (!_bySpeaker.TryGetValue(id, out var list))
                {
                    _bySpeaker[id] = list = [];
                }

                list.Add(statement);
            }
        }

        All = all;
    }

    /// <summary>Every quotation, attributed or not, newest record first.</summary>
    public IReadOnlyList<Statement> All { get; }

    /// <summary>The quotations of one record, in reading order.</summary>
    public IReadOnlyList<Statement> Of(Announcement announcement) => _byRecord.GetValueOrDefault(announcement) ?? None;

    /// <summary>Every quotation credited to the speaker with <paramref name="speakerId"/>, newest first.</summary>
    public IReadOnlyList<Statement> BySpeaker(string speakerId) => _bySpeaker.GetValueOrDefault(speakerId) ?? None;
}
