// Loaded by 01-features.ipynb with #load: a helper function, a #r relative to this file, and a type formatted by
// the TypeFormatterSourceAttribute convention (matched by name, so a script-defined attribute works too).
#r "../../MedNet.Viz.dll"

int Twice(int x) => 2 * x;

[AttributeUsage(AttributeTargets.Class)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[] PreferredMimeTypes { get; set; } = [];
}

public sealed class SwatchFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => [new SwatchFormatter("text/html"), new SwatchFormatter("text/plain")];
}

public sealed class SwatchFormatter(string mimeType)
{
    public string MimeType => mimeType;

    public bool Format(object instance, System.IO.TextWriter writer)
    {
        if (instance is not Swatch swatch)
        {
            return false;
        }

        writer.Write(MimeType == "text/html" ? $"<span class=\"swatch\">{swatch.Colour}</span>" : $"swatch {swatch.Colour}");
        return true;
    }
}

[TypeFormatterSource(typeof(SwatchFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed record Swatch(string Colour);
