using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using IprArchive.Output;

namespace IprArchive.Rendering;

/// <summary>
/// Renders Liquid layouts from the theme overlay with Fluid. A page is rendered in two steps:
/// its layout (<c>layouts/announcement.liquid</c>), then the shell <c>layouts/default.liquid</c>
/// with the first result as <c>content</c>. Every <c>{{ value }}</c> is HTML-encoded; only values
/// marked with <c>| raw</c> (the sanitised body, JSON-LD) pass through. Thread-safe.
/// </summary>
public sealed class TemplateRenderer
{
    /// <summary>Layout that wraps every page unless the page asks for none.</summary>
    public const string ShellLayout = "default";

    // Encodes <, >, &, quotes; leaves Chinese and accented letters readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options;
    private readonly ThemeFiles _theme;
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);

    /// <summary>Creates a renderer over <paramref name="theme"/>; <paramref name="urls"/> backs the <c>url</c> filters.</summary>
    public TemplateRenderer(ThemeFiles theme, SiteUrls urls)
    {
        _theme = theme;
        _options = new TemplateOptions
        {
            FileProvider = new ThemeFileProvider(theme),
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        TemplateFilters.Register(_options.Filters, urls);
    }

    /// <summary>Renders <c>layouts/{layout}.liquid</c>, wrapped in the shell unless <paramref name="withShell"/> is false.</summary>
    public string RenderPage(string layout, object model, bool withShell = true)
    {
        var content = Render(LayoutPath(layout), model, content: null);
        return withShell ? Render(LayoutPath(ShellLayout), model, content) : content;
    }

    /// <summary>True when the overlay has <c>layouts/{layout}.liquid</c>.</summary>
    public bool HasLayout(string layout) => _theme.Find(LayoutPath(layout)) is not null;

    /// <summary>The parse error of each of <paramref name="layouts"/> that does not parse (what a build would report as IPR203), for <c>check</c>.</summary>
    public IEnumerable<TemplateException> ParseErrors(IEnumerable<string> layouts)
    {
        foreach (var layout in layouts.Where(HasLayout))
        {
            TemplateException? error = null;
            try
            {
                _templates.GetOrAdd(LayoutPath(layout), Parse);
            }
            catch (TemplateException ex)
            {
                error = ex;
            }

            if (error is not null)
            {
                yield return error;
            }
        }
    }

    private static string LayoutPath(string layout) => $"layouts/{layout}.liquid";

    private string Render(string path, object model, string? content)
    {
        var template = _templates.GetOrAdd(path, Parse);
        var context = new TemplateContext(model, _options);
        if (content is not null)
        {
            context.SetValue("content", new StringValue(content, encode: false));
        }

        try
        {
            return template.Render(context, Encoder);
        }
        // Fluid reports a runaway template (recursion, step limits) as InvalidOperationException;
        // the same exception thrown by a page model is a bug in the build, not the template's.
        catch (Exception ex) when (ex is FluidException or ParseException || (ex is InvalidOperationException && ex.Source == "Fluid"))
        {
            throw new TemplateException(path, ex.Message, ex);
        }
    }

    private IFluidTemplate Parse(string path)
    {
        var file = _theme.Find(path) ?? throw new TemplateException(path, "no such layout in the theme or input", null);
        var source = File.ReadAllText(file);
        if (!_parser.TryParse(source, out var template, out var error))
        {
            throw new TemplateException(path, error, null);
        }

        return template;
    }
}

/// <summary>A layout that is missing, does not parse, or fails while rendering.</summary>
public sealed class TemplateException(string templatePath, string message, Exception? inner)
    : Exception($"{templatePath}: {message}", inner)
{
    /// <summary>Theme-relative path of the template.</summary>
    public string TemplatePath { get; } = templatePath;
}
