using System.Collections;
using System.Reflection;
using MedNet.Viz.Tables;

namespace MedNet.Viz.Tests.Display;

/// <summary>Uses the types exactly as .NET Interactive would: by attribute name and reflection, never by compile-time type.</summary>
public class FormatterConventionTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "table", "text/html" },
        { "table", "text/plain" },
        { "comparison", "text/html" },
        { "comparison", "text/plain" },
    };

    private static object Sample(string kind) => kind switch
    {
        "table" => new HtmlTable("metric", "value") { Caption = "cap" }.AddRow("F1", 0.97),
        "comparison" => new PaperComparisonTable("T2", 0.01).AddRun("F1", 0.99978, 0.95).AddNotRun("AUC", 0.99961, "no GPU"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string FormatAsKernelWould(object instance, string mimeType)
    {
        var attribute = instance.GetType().GetCustomAttributes(inherit: true)
            .Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        foreach (var formatter in formatters)
        {
            var t = formatter.GetType();
            if ((string)t.GetProperty("MimeType")!.GetValue(formatter)! != mimeType)
            {
                continue;
            }

            using var writer = new StringWriter();
            var handled = (bool)t.GetMethod("Format", [typeof(object), typeof(TextWriter)])!.Invoke(formatter, [instance, writer])!;
            if (handled)
            {
                return writer.ToString();
            }
        }

        throw new InvalidOperationException($"no {mimeType} formatter handled {instance.GetType().Name}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_ByConvention_ProducesOutput(string kind, string mimeType)
    {
        var output = FormatAsKernelWould(Sample(kind), mimeType);

        if (mimeType == "text/html")
        {
            Assert.Matches("^<(div|table)", output);
        }
        else
        {
            Assert.DoesNotContain("<", output);
            Assert.NotEmpty(output);
        }
    }

    [Fact]
    public void Format_OtherType_ReturnsFalse()
    {
        var attribute = typeof(HtmlTable).GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var formatter = ((IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(Activator.CreateInstance(sourceType), null)!)
            .Cast<object>().First();

        var handled = (bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, ["a string", new StringWriter()])!;

        Assert.False(handled);
    }

    [Fact]
    public void Attribute_IsDeclaredInOurAssemblyWithConventionShape()
    {
        var type = typeof(HtmlTable).Assembly.GetTypes().Single(t => t.Name == "TypeFormatterSourceAttribute");

        Assert.NotNull(type.GetConstructor([typeof(Type)]));
        Assert.Equal(typeof(string[]), type.GetProperty("PreferredMimeTypes")!.PropertyType);
        Assert.True(type.GetCustomAttribute<AttributeUsageAttribute>()!.ValidOn.HasFlag(AttributeTargets.Class));
    }
}
