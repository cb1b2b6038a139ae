using MedNet.Notebooks.Runner.Report;

namespace MedNet.Notebooks.Tests.Runner.Report;

public class MarkdownMathTests
{
    private static string ToHtml(string markdown) => MarkdownMath.ToHtml(markdown, out _);

    [Theory]
    [InlineData("$a_1 * b_2$ and $c_3 * d_4$", "a_1 * b_2", "c_3 * d_4")]
    [InlineData("$\\{x\\}\\,\\mathrm{d}x$", "\\{x\\}\\,\\mathrm{d}x")]
    [InlineData("cost $\\$5$ total", "\\$5")]
    [InlineData("| a | $x_{i}|y$ |\n|---|---|\n| 1 | 2 |", "x_{i}|y")]
    public void Protect_InlineMath_KeepsTexVerbatim(string markdown, params string[] expected)
    {
        var (text, spans) = MarkdownMath.Protect(markdown);

        Assert.Equal(expected, spans.Select(s => s.Tex));
        Assert.All(spans, s => Assert.False(s.Display));
        Assert.DoesNotContain("$", text.Replace("\\$", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Protect_DisplayMathOverLines_IsOneDisplaySpan()
    {
        var (_, spans) = MarkdownMath.Protect("Sum:\n\n$$\n\\sum_{i} x_i^2 \\\\\n*a*_b\n$$\n\nafter");

        var span = Assert.Single(spans);
        Assert.True(span.Display);
        Assert.Equal("\n\\sum_{i} x_i^2 \\\\\n*a*_b\n", span.Tex);
    }

    [Theory]
    [InlineData("costs \\$5 and \\$10")]
    [InlineData("costs $5 and $10")]
    [InlineData("a `$x_1$` code span and ``$y$ ` z`` too")]
    [InlineData("```\nvar s = $\"{a_1} {b_2}\";\n```\n")]
    [InlineData("~~~~csharp\n$x$\n~~~~\n")]
    [InlineData("$ x$ and $y $")]
    [InlineData("$x\n\ny$")]
    public void Protect_NotMath_FindsNoSpan(string markdown)
    {
        var (text, spans) = MarkdownMath.Protect(markdown);

        Assert.Empty(spans);
        Assert.Equal(markdown, text);
    }

    [Fact]
    public void ToHtml_TrickyCases_TexSurvivesMarkdigAndProseDollarsStayText()
    {
        var html = ToHtml("With $a_1 * b_2$ and $c_1 * d_2$, prices \\$5 and `$x$`:\n\n$$\\sum_{i} w_i \\cdot \\text{x*y}_i$$");

        Assert.Contains("<span class=\"math inline\">$a_1 * b_2$</span>", html);
        Assert.Contains("<span class=\"math inline\">$c_1 * d_2$</span>", html);
        Assert.Contains("<span class=\"math display\">$$\\sum_{i} w_i \\cdot \\text{x*y}_i$$</span>", html);
        Assert.Contains("prices $5 and <code>$x$</code>", html);
        Assert.DoesNotContain("<em>", html);
    }

    [Fact]
    public void ToHtml_StrayProseDollars_StayTextWithoutMathMarkup()
    {
        var html = ToHtml("between $5 and $10 a day");

        Assert.Equal(0, html.Split("math").Length - 1);
        Assert.Contains("between $5 and $10 a day", html);
    }

    [Fact]
    public void Restore_HtmlSpecialCharactersInTex_AreEncoded()
    {
        var html = ToHtml("$a < b \\& c > d$");

        Assert.Contains("<span class=\"math inline\">$a &lt; b \\&amp; c &gt; d$</span>", html);
    }

    [Fact]
    public void Protect_ManySpans_PlaceholdersStayDistinct()
    {
        var markdown = string.Join(' ', Enumerable.Range(0, 600).Select(i => $"$x_{{{i}}}$"));

        var html = ToHtml(markdown);

        Assert.Contains("$x_{0}$", html);
        Assert.Contains("$x_{256}$", html);
        Assert.Contains("$x_{599}$", html);
        Assert.Equal(600, html.Split("class=\"math inline\"").Length - 1);
    }
}
