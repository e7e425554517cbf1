using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace IprArchive.Rendering;

/// <summary>
/// Lets Fluid's <c>{% include %}</c> and <c>{% render %}</c> read partials through the theme
/// overlay, so an input override of a partial is picked up like any other theme file.
/// </summary>
internal sealed class ThemeFileProvider(ThemeFiles theme) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
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

        public DateTimeOffset LastModified => file.LastWriteTimeUtc;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => file.OpenRead();
    }
}
