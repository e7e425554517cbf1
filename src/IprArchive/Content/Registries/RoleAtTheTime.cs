namespace IprArchive.Content.Registries;

/// <summary>
/// "Role and organisation at the time", in one place: the role a speaker held on a date, the name
/// their organisation went by then, and the credit line made of the two. Record pages, lists,
/// statements, the statements export, archive pages, the search index and the record reader all
/// ask here, so that a statement by SIPO in 2016 says "SIPO" everywhere.
/// </summary>
public static class RoleAtTheTime
{
    /// <summary>
    /// The registry's role on <paramref name="date"/>, else the latest role it knows (so that a
    /// record still says who the speaker was), with that role's organisation.
    /// </summary>
    public static SpeakerCredit Credit(Speaker speaker, DateOnly? date, EntityIndex<Organization> organizations)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(organizations);
        var role = (date is { } d ? speaker.RoleOn(d) : null) ?? (speaker.Roles.Count > 0 ? speaker.Roles[^1] : null);
        var organization = role?.OrganizationId is { } id ? organizations.ById(id) : null;
        return new SpeakerCredit(speaker, role?.Role, organization);
    }

    /// <summary>
    /// The organisation's name on <paramref name="date"/>: its former name (acronym first) when
    /// the date is before that name ended, else its display name.
    /// </summary>
    public static string? OrganizationName(Organization? organization, DateOnly date) =>
        organization?.FormerNames
            .Where(f => f.Until is { } until && date <= until)
            .OrderBy(f => f.Until)
            .Select(f => f.Acronym ?? f.Name)
            .FirstOrDefault()
        ?? organization?.DisplayName;

    /// <summary>"Deputy head, CNIPA": the credit's role and its organisation's name on <paramref name="date"/>; null when neither is known.</summary>
    public static string? Detail(SpeakerCredit credit, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(credit);
        var parts = new[] { credit.Role, OrganizationName(credit.Organization, date) }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>"Gan Shaoning (Deputy head, CNIPA)": the speaker with <see cref="Detail"/>, or the name alone.</summary>
    public static string Who(SpeakerCredit credit, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(credit);
        return Detail(credit, date) is { } detail ? $"{credit.Speaker.Name} ({detail})" : credit.Speaker.Name;
    }
}
