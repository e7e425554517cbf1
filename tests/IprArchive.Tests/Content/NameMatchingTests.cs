using IprArchive.Content;
using IprArchive.Content.Registries;

namespace IprArchive.Tests.Content;

public sealed class NameMatchingTests
{
    private static readonly Dictionary<string, string> Known = new[]
    {
        "Shen Changyu", "Michelle K. Lee", "Daren Tang", "State Intellectual Property Office", "António Campinos",
    }.ToDictionary(NameKey.Of, n => n);

    [Theory]
    [InlineData("Changyu Shen", "Shen Changyu", "another order")]
    [InlineData("M. K. Lee", "Michelle K. Lee", "initials")]
    [InlineData("Michelle Lee", "Michelle K. Lee", "initials")]
    [InlineData("Daren Tnag", "Daren Tang", "misspelling")]
    [InlineData("State Intellectual Property Office of China", "State Intellectual Property Office", "longer form")]
    [InlineData("Antonio Campinoss", "António Campinos", "misspelling")]
    [InlineData("Campinos Antonio", "António Campinos", "another order")]
    public void Likely_match_names_the_registered_entity_and_why(string unknown, string expected, string reason)
    {
        var match = LikelyMatch.Find(unknown, Known);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Name);
        Assert.Contains(reason, match.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kathi Vidal")]
    [InlineData("Li Wei")]
    [InlineData("Lee")]
    public void Unrelated_names_get_no_suggestion(string unknown)
    {
        Assert.Null(LikelyMatch.Find(unknown, Known));
    }

    [Theory]
    [InlineData("António Campinos", "antonio-campinos")]
    [InlineData("  Hello, World!  ", "hello-world")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("知识产权 保护", "知识产权-保护")]
    [InlineData("China's IP", "chinas-ip")]
    [InlineData("///", "untitled")]
    public void Slugs_are_safe_path_segments(string text, string slug)
    {
        Assert.Equal(slug, Slug.From(text));
        Assert.True(Slug.IsValid(slug));
    }
}
