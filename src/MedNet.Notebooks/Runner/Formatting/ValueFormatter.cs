// SPDX-License-Identifier: MIT
using System.Collections;
using System.Globalization;
using System.Text;

namespace MedNet.Notebooks.Runner.Formatting;

/// <summary>Turns a value into MIME-typed text the way the notebook shows it: <c>text/html</c> and <c>text/plain</c>.</summary>
/// <remarks>
/// Order: <see cref="HtmlContent"/> (from <c>HTML(...)</c>) → the <c>TypeFormatterSourceAttribute</c> convention → strings as
/// they are → sequences as <c>[a, b, …]</c> (at most <see cref="MaxItems"/> items) → <see cref="object.ToString"/>.
/// <c>text/plain</c> is always present, so every output has a text form for the executed notebook and for diffs.
/// </remarks>
public static class ValueFormatter
{
    /// <summary>Items a sequence shows in its <c>text/plain</c> form before "…".</summary>
    public const int MaxItems = 20;

    /// <summary>The MIME type of HTML output.</summary>
    public const string Html = "text/html";

    /// <summary>The MIME type of plain-text output.</summary>
    public const string PlainText = "text/plain";

    /// <summary>Formats a value.</summary>
    /// <param name="value">Any value; null shows as <c>&lt;null&gt;</c>.</param>
    /// <param name="mimeTypes">MIME types to keep, as <c>display(value, "text/plain")</c> asks; empty keeps all.</param>
    /// <returns>MIME type → text, HTML first when present.</returns>
    public static IReadOnlyDictionary<string, string> Format(object? value, params string[] mimeTypes)
    {
        ArgumentNullException.ThrowIfNull(mimeTypes);
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (value)
        {
            case null:
                data[PlainText] = "<null>";
                break;
            case HtmlContent html:
                data[Html] = html.Html;
                data[PlainText] = html.PlainText;
                break;
            default:
                foreach (var (mime, text) in ConventionFormatter.Format(value))
                {
                    data[mime] = text;
                }

                if (!data.ContainsKey(PlainText))
                {
                    data[PlainText] = PlainTextOf(value);
                }

                break;
        }

        if (mimeTypes.Length == 0)
        {
            return data;
        }

        var kept = data.Where(kv => mimeTypes.Contains(kv.Key, StringComparer.Ordinal)).ToDictionary(StringComparer.Ordinal);
        return kept.Count > 0 ? kept : new Dictionary<string, string> { [PlainText] = data[PlainText] };
    }

    private static string PlainTextOf(object value)
    {
        switch (value)
        {
            case string s:
                return s;
            case IFormattable f:
                return f.ToString(null, CultureInfo.InvariantCulture);
            case IEnumerable sequence when value.GetType().GetMethod("ToString", Type.EmptyTypes)?.DeclaringType == typeof(object):
                var sb = new StringBuilder("[");
                int n = 0;
                foreach (var item in sequence)
                {
                    if (n == MaxItems)
                    {
                        sb.Append(", …");
                        break;
                    }

                    sb.Append(n++ == 0 ? string.Empty : ", ").Append(item is null ? "<null>" : PlainTextOf(item));
                }

                return sb.Append(']').ToString();
            default:
                return value.ToString() ?? value.GetType().FullName ?? value.GetType().Name;
        }
    }
}
