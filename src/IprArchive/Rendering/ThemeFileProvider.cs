using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace IprArchive.Rendering;

/// <summary>
/// Lets Fluid's <c>{% include %}</c> and <c>{% render %}</c> read partials through the theme
/// overlay, so an input override of a partial is picked up like any other theme file.
/// </summary>
/// <remarks>
/// Each lookup is made once per renderer: Fluid asks for the file (and its date, to check its
/// parsed-template cache) at every include of every page, which was three file-system lookups
/// per layer per include. A build makes a new renderer, and a theme change rebuilds everything.
/// </remarks>
internal sealed class ThemeFileProvider(ThemeFiles theme) : IFileProvider
{
    private readonly ConcurrentDictionary<string, IFileInfo> _files = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) => _files.GetOrAdd(subpath, Lookup);

    private IFileInfo Lookup(string subpath)
    {
        var file = theme.Find(subpath);
        return file is null ? new NotFoundFileInfo(subpath) : new OverlayFileInfo(new FileInfo(file));
    }

    // Fluid only asks for single files; listing is not needed.
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class OverlayFileInfo(FileInfo file) : IFileInfo
    {
        public bool Exists => true;

        public long Length => file.Length;

        public string PhysicalPath => file.FullName;

        public string Name => file.Name;

        // Read once (FileInfo caches it): the date only tells Fluid's cache whether to parse again.
        public DateTimeOffset LastModified { get; } = file.LastWriteTimeUtc;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => file.OpenRead();
    }
}
