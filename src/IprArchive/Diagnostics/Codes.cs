namespace IprArchive.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic IprArchive reports. Codes are stable: editors search for
/// them in docs/editors.md, so never renumber one.
/// </summary>
public static class Codes
{
    // Reading files
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("IPR001", Severity.Error, "File is not valid UTF-8",
        "Save the file as UTF-8 (most editors: File > Save with Encoding > UTF-8).");
    public static readonly DiagnosticDescriptor MissingFrontMatter = new("IPR002", Severity.Error, "No front matter",
        "Start the file with a line '---', the YAML keys, then another '---' line.");
    public static readonly DiagnosticDescriptor UnterminatedFrontMatter = new("IPR003", Severity.Error, "Front matter is not closed",
        "Add a line containing only '---' after the last front-matter key.");
    public static readonly DiagnosticDescriptor YamlSyntax = new("IPR004", Severity.Error, "YAML syntax error",
        "Check indentation and quoting; values containing ': ' or starting with a quote need quotes around them.");
    public static readonly DiagnosticDescriptor TabIndentation = new("IPR005", Severity.Error, "Tab character in YAML",
        "YAML indentation must use spaces; replace the tab with spaces.");
    public static readonly DiagnosticDescriptor DuplicateKey = new("IPR006", Severity.Error, "Duplicate key",
        "Keep one of the two entries and delete the other.");
    public static readonly DiagnosticDescriptor YamlAlias = new("IPR007", Severity.Error, "YAML anchors and aliases are not allowed",
        "Write the value out in full instead of using '&anchor' and '*alias'.");
    public static readonly DiagnosticDescriptor FileTooLarge = new("IPR008", Severity.Error, "File is too large",
        "Split the record, or move large material (data, transcripts) out of the archive.");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("IPR009", Severity.Error, "YAML nested too deeply",
        "Front matter needs at most a few levels of nesting; check the indentation.");

    // Keys and values
    public static readonly DiagnosticDescriptor UnknownKey = new("IPR010", Severity.Error, "Unknown key",
        "Fix the spelling, or remove the key; docs/editors.md lists every key.");
    public static readonly DiagnosticDescriptor MissingKey = new("IPR011", Severity.Error, "Required key is missing");
    public static readonly DiagnosticDescriptor WrongType = new("IPR012", Severity.Error, "Value has the wrong type");
    public static readonly DiagnosticDescriptor ImpossibleDate = new("IPR013", Severity.Error, "Date does not exist");
    public static readonly DiagnosticDescriptor DateFormat = new("IPR014", Severity.Error, "Date is not written as YYYY-MM-DD");
    public static readonly DiagnosticDescriptor EmptyBody = new("IPR015", Severity.Warning, "Record has no body",
        "A short notice with a 'summary' and a 'source' link is fine; otherwise write the text below the closing '---'.");
    public static readonly DiagnosticDescriptor EmptyValue = new("IPR016", Severity.Error, "Value is empty");
    public static readonly DiagnosticDescriptor InvalidLanguage = new("IPR017", Severity.Error, "Not a BCP 47 language tag",
        "Use a language tag such as 'en', 'zh', 'zh-Hans' or 'fr'.");
    public static readonly DiagnosticDescriptor InvalidUrl = new("IPR018", Severity.Error, "Not an absolute http(s) URL",
        "Give the full address, starting with https:// or http://.");
    public static readonly DiagnosticDescriptor FileNameMismatch = new("IPR019", Severity.Error, "File name or folder does not match the record",
        "Records live at announcements/YYYY/YYYY-MM-DD-slug.md, with the date of the front matter.");

    // Site structure
    public static readonly DiagnosticDescriptor DuplicateUrl = new("IPR020", Severity.Error, "Two files map to the same URL",
        "Give one of the records a different 'slug'.");
    public static readonly DiagnosticDescriptor UnsafePath = new("IPR021", Severity.Error, "Slug or path would leave the site",
        "Use lowercase letters, digits and hyphens only (for example 'wipo-press-conference').");
    public static readonly DiagnosticDescriptor SymlinkOutside = new("IPR022", Severity.Error, "Symbolic link points outside the input folder",
        "Copy the file into the input folder instead of linking to it.");
    public static readonly DiagnosticDescriptor InvalidRedirect = new("IPR023", Severity.Error, "Invalid redirect_from path",
        "Write a site path such as '/announcements/2021/old-slug/'.");
    public static readonly DiagnosticDescriptor LinkedFolder = new("IPR028", Severity.Warning, "A symbolic link to a folder is not followed",
        "Move the files into the folder, or remove the link; the folder it points to is read where it is.");
    public static readonly DiagnosticDescriptor ThemeChanged = new("IPR024", Severity.Warning, "The file changes the theme",
        "Files under input/theme/ are code (layouts, scripts, styles); a site owner must review them. 'check --strict' fails on them.");
    public static readonly DiagnosticDescriptor ThemeFileInContent = new("IPR025", Severity.Error, "A theme file is outside the theme",
        "Layouts, partials, scripts, styles, HTML and SVG come only from theme/ (or input/theme/, which a site owner reviews). Remove the file, or use an image (png, jpg, gif, webp, avif) or a PDF.");
    public static readonly DiagnosticDescriptor BodyTooDeep = new("IPR026", Severity.Error, "The body is nested too deeply",
        "Quotes ('>'), lists and emphasis may nest a few dozen levels at most; remove the extra markers.");
    public static readonly DiagnosticDescriptor FutureDate = new("IPR027", Severity.Warning, "The date lies far in the future",
        "Check the year: a record's date is the day of the statement.");

    // Registries
    public static readonly DiagnosticDescriptor UnknownSpeaker = new("IPR030", Severity.Warning, "Speaker is not in data/speakers.yml",
        "Add the speaker to input/data/speakers.yml, or use a spelling it lists.");
    public static readonly DiagnosticDescriptor UnknownOrganization = new("IPR031", Severity.Warning, "Organisation is not in data/organizations.yml",
        "Add the organisation to input/data/organizations.yml, or use a name or acronym it lists.");
    public static readonly DiagnosticDescriptor UnknownPlan = new("IPR032", Severity.Warning, "Plan period is not in data/plans.yml",
        "Add the plan to input/data/plans.yml, or use the name it lists.");
    public static readonly DiagnosticDescriptor PlanOutsideDate = new("IPR033", Severity.Warning, "Record date lies outside the plan period",
        "Check the date and the plan_period; a statement about a coming plan may be dated before it starts.");
    public static readonly DiagnosticDescriptor RegistryInvalid = new("IPR040", Severity.Error, "Invalid registry entry");
    public static readonly DiagnosticDescriptor RegistryConflict = new("IPR041", Severity.Error, "Two registry entries claim the same name",
        "Each id, name, acronym and spelling may belong to one entry only.");
    public static readonly DiagnosticDescriptor InvalidSetting = new("IPR042", Severity.Error, "Invalid setting");
    public static readonly DiagnosticDescriptor PlaceholderBaseUrl = new("IPR043", Severity.Warning, "base_url is still a placeholder address",
        "Set base_url in settings.yml to the address the site is published at.");

    // Quotations
    public static readonly DiagnosticDescriptor AmbiguousQuotation = new("IPR050", Severity.Warning, "Quotation attribution is ambiguous",
        "Name the speaker in the sentence (\"…,\" said Name) or end a blockquote with a line '— Speaker Name'.");

    // Building
    public static readonly DiagnosticDescriptor ModuleFailed = new("IPR200", Severity.Error, "A build step failed",
        "This is a bug or an unreadable file; the message names the file and the step. Report it with the output of the same command run with -v diag (it adds the stack trace).");
    public static readonly DiagnosticDescriptor OutputRefused = new("IPR201", Severity.Error, "The output folder cannot be used",
        "Choose an empty folder, or one an earlier build wrote, outside input/ and theme/.");
    public static readonly DiagnosticDescriptor OutputFailed = new("IPR202", Severity.Error, "A page or file could not be written",
        "Two pages may claim one path; check slugs and redirect_from.");
    public static readonly DiagnosticDescriptor TemplateError = new("IPR203", Severity.Error, "A layout is broken",
        "Fix the Liquid syntax at the line given in the layout file.");
    public static readonly DiagnosticDescriptor UnknownLayout = new("IPR204", Severity.Error, "The record names a layout the theme does not have",
        "Use a layout file name from theme/layouts (without .liquid), or remove 'layout'.");
    public static readonly DiagnosticDescriptor SearchIndexUnreadable = new("IPR205", Severity.Error, "The search index is missing or cannot be read",
        "Build the site again ('iprarchive build --output OUTPUT'); the index is written with the site.");

    /// <summary>Every descriptor, for documentation and tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        InvalidUtf8, MissingFrontMatter, UnterminatedFrontMatter, YamlSyntax, TabIndentation, DuplicateKey, YamlAlias,
        FileTooLarge, NestingTooDeep, UnknownKey, MissingKey, WrongType, ImpossibleDate, DateFormat, EmptyBody, EmptyValue,
        InvalidLanguage, InvalidUrl, FileNameMismatch, DuplicateUrl, UnsafePath, SymlinkOutside, InvalidRedirect,
        ThemeChanged, ThemeFileInContent, BodyTooDeep, FutureDate, LinkedFolder,
        UnknownSpeaker, UnknownOrganization, UnknownPlan, PlanOutsideDate, RegistryInvalid, RegistryConflict, InvalidSetting,
        AmbiguousQuotation, ModuleFailed, OutputRefused, OutputFailed, TemplateError, UnknownLayout, SearchIndexUnreadable,
    ];
}
