using Fluid;
using Fluid.Values;
using IprArchive.Output;

namespace IprArchive.Rendering;

/// <summary>
/// The filters layouts use for links, so that no layout ever hard-codes the base path:
/// <c>{{ "/speakers/" | url }}</c> → <c>/repo/speakers/</c>,
/// <c>{{ page.url | absolute_url }}</c> → <c>https://example.org/repo/…</c>.
/// </summary>
internal static class TemplateFilters
{
    public static void Register(FilterCollection filters, SiteUrls urls)
    {
        filters.AddFilter("url", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(urls.Link(input.ToStringValue()))));
        filters.AddFilter("absolute_url", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(urls.Absolute(input.ToStringValue()))));
    }
}
