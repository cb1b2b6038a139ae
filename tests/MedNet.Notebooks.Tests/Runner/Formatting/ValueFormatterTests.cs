using MedNet.Notebooks.Runner.Formatting;

namespace MedNet.Notebooks.Tests.Runner.Formatting;

public class ValueFormatterTests
{
    [Fact]
    public void Format_Null_ShowsNullMarker() => Assert.Equal("<null>", ValueFormatter.Format(null)[ValueFormatter.PlainText]);

    [Fact]
    public void Format_Sequence_ListsItems() =>
        Assert.Equal("[1, 2, 3]", ValueFormatter.Format(new List<int> { 1, 2, 3 })[ValueFormatter.PlainText]);

    [Fact]
    public void Format_LongSequence_StopsAtMaxItems()
    {
        var text = ValueFormatter.Format(Enumerable.Range(0, 100).ToArray())[ValueFormatter.PlainText];
        Assert.EndsWith("19, …]", text);
    }

    [Fact]
    public void Format_Double_UsesInvariantCulture() =>
        Assert.Equal("0.5", ValueFormatter.Format(0.5)[ValueFormatter.PlainText]);

    [Fact]
    public void Format_HtmlContent_GivesHtmlAndItsText()
    {
        var data = ValueFormatter.Format(new HtmlContent("<p>a &amp; <b>b</b></p>"));
        Assert.Equal("<p>a &amp; <b>b</b></p>", data[ValueFormatter.Html]);
        Assert.Equal("a & b", data[ValueFormatter.PlainText]);
    }

    [Fact]
    public void Format_RequestedMimeType_KeepsOnlyThat()
    {
        var data = ValueFormatter.Format(new HtmlContent("<b>x</b>"), ValueFormatter.PlainText);
        Assert.Equal([ValueFormatter.PlainText], data.Keys.ToArray());
    }

    [Fact]
    public void Format_ConventionType_UsesItsFormatters()
    {
        var data = ValueFormatter.Format(new Decorated(3));
        Assert.Equal("<i>3</i>", data[ValueFormatter.Html]);
        Assert.Equal("Decorated { Value = 3 }", data[ValueFormatter.PlainText]);
    }

    [Fact]
    public void Format_ConventionFormatterDeclines_FallsBackToToString()
    {
        var data = ValueFormatter.Format(new Decorated(-1));
        Assert.False(data.ContainsKey(ValueFormatter.Html));
    }

    [AttributeUsage(AttributeTargets.Class)]
    private sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
    {
        public Type FormatterSourceType { get; } = formatterSourceType;
    }

    [TypeFormatterSource(typeof(DecoratedSource))]
    private sealed record Decorated(int Value);

    private sealed class DecoratedSource
    {
        public IEnumerable<object> CreateTypeFormatters() => [new HtmlFormatter()];
    }

    private sealed class HtmlFormatter
    {
        public string MimeType => "text/html";

        public bool Format(object instance, TextWriter writer)
        {
            if (instance is not Decorated { Value: >= 0 } d)
            {
                return false;
            }

            writer.Write($"<i>{d.Value}</i>");
            return true;
        }
    }
}
