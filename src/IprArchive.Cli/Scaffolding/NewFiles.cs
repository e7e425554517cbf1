namespace IprArchive.Cli.Scaffolding;

/// <summary>
/// Files a command is about to create (<c>init</c>, <c>theme eject</c>). They are written only
/// when none of them exists yet: a scaffold never overwrites an editor's file, and never leaves
/// half a scaffold beside one either.
/// </summary>
internal sealed class NewFiles(string root)
{
    private readonly SortedDictionary<string, Func<Stream>> _files = new(StringComparer.Ordinal);

    /// <summary>The folder the relative paths are under.</summary>
    public string Root { get; } = root;

    /// <summary>Adds a file whose content is a string.</summary>
    public void Add(string relativePath, string content) =>
        _files[relativePath] = () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Adds a copy of an existing file.</summary>
    public void AddCopy(string relativePath, string sourceFile) => _files[relativePath] = () => File.OpenRead(sourceFile);

    /// <summary>The relative paths, sorted.</summary>
    public IReadOnlyCollection<string> Paths => _files.Keys;

    /// <summary>The paths (as the user would type them) that already exist.</summary>
    public IReadOnlyList<string> Existing() => [.. _files.Keys.Select(Display).Where(File.Exists)];

    /// <summary>Writes every file; the caller has checked <see cref="Existing"/> first.</summary>
    public void WriteAll()
    {
        foreach (var (relative, open) in _files)
        {
            var path = Display(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using var source = open();
            using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            source.CopyTo(target);
        }
    }

    /// <summary>The path of <paramref name="relative"/> under <see cref="Root"/>.</summary>
    public string Display(string relative) => Root is "" or "." ? relative : Path.Combine(Root, relative).Replace('\\', '/');
}
