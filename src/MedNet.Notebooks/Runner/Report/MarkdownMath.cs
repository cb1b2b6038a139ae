// SPDX-License-Identifier: MIT
using System.Net;
using System.Text;
using Markdig;

namespace MedNet.Notebooks.Runner.Report;

/// <summary>
/// Keeps TeX in markdown cells away from Markdig: each <c>$…$</c> / <c>$$…$$</c> is replaced by an opaque placeholder before
/// Markdig runs and restored afterwards as <c>&lt;span class="math inline|display"&gt;</c> holding the TeX with its delimiters.
/// </summary>
/// <remarks>
/// Without this, Markdig reads <c>_</c> and <c>*</c> inside formulas as emphasis and <c>\,</c> or <c>\{</c> as escapes, so
/// <c>$a_1 * b_2$</c> would reach the page mangled. The delimiter rules are those of Jupyter's markdown (Pandoc's
/// <c>tex_math_dollars</c>): an inline <c>$</c> opens only before a non-space character and closes only after one, not before a
/// digit, and not across a blank line; <c>$$…$$</c> may span lines; <c>\$</c> is a literal dollar; code spans and fenced code
/// blocks are left alone. Indented (4-space) code blocks are not recognised; use fences for code that contains <c>$</c>.
/// A formula inside an image's alt text would land in an attribute; write it in the caption instead.
/// Placeholders are private-use characters, which Markdig copies unchanged and auto-identifiers drop.
/// </remarks>
public static class MarkdownMath
{
    private const char PlaceholderStart = '\uE000';
    private const char PlaceholderEnd = '\uE001';
    private const char DigitBase = '\uE100';
    private const int DigitCount = 256;

    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <summary>Renders a markdown cell with Markdig's advanced extensions (pipe tables, footnotes, …), its formulas kept intact.</summary>
    /// <param name="markdown">A markdown cell's source.</param>
    /// <param name="formulas">The number of formulas found (0: the page needs no KaTeX for this cell).</param>
    /// <returns>The HTML fragment.</returns>
    public static string ToHtml(string markdown, out int formulas)
    {
        var (text, spans) = Protect(markdown);
        formulas = spans.Count;
        return Restore(Markdown.ToHtml(text, Pipeline), spans);
    }

    /// <summary>Replaces every formula in <paramref name="markdown"/> by a placeholder.</summary>
    /// <param name="markdown">A markdown cell's source.</param>
    /// <returns>The markdown with placeholders, and the formulas in placeholder order.</returns>
    public static (string Markdown, IReadOnlyList<MathSpan> Spans) Protect(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var spans = new List<MathSpan>();
        if (!markdown.Contains('$', StringComparison.Ordinal) || markdown.Contains(PlaceholderStart, StringComparison.Ordinal))
        {
            return (markdown, spans);
        }

        var sb = new StringBuilder(markdown.Length);
        string? fence = null;
        int i = 0;
        while (i < markdown.Length)
        {
            if (i == 0 || markdown[i - 1] == '\n')
            {
                int lineEnd = LineEnd(markdown, i);
                if (FenceUpdate(markdown.AsSpan(i, lineEnd - i), ref fence) || fence is not null)
                {
                    sb.Append(markdown, i, lineEnd - i);
                    i = lineEnd;
                    continue;
                }
            }

            char c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length)
            {
                sb.Append(c).Append(markdown[i + 1]);
                i += 2;
            }
            else if (c == '`')
            {
                int end = CodeSpanEnd(markdown, i);
                sb.Append(markdown, i, end - i);
                i = end;
            }
            else if (c == '$' && TryMath(markdown, i, out var span, out int next))
            {
                AppendPlaceholder(sb, spans.Count);
                spans.Add(span);
                i = next;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return (sb.ToString(), spans);
    }

    /// <summary>Puts the formulas back into Markdig's HTML, HTML-encoded inside <c>span.math</c> elements.</summary>
    /// <param name="html">Markdig's output for the protected markdown.</param>
    /// <param name="spans">The formulas <see cref="Protect"/> returned.</param>
    /// <returns>The HTML with every placeholder replaced.</returns>
    public static string Restore(string html, IReadOnlyList<MathSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(spans);
        var placeholder = new StringBuilder();
        for (int k = spans.Count - 1; k >= 0; k--)
        {
            placeholder.Clear();
            AppendPlaceholder(placeholder, k);
            var (kind, delimiter) = spans[k].Display ? ("display", "$$") : ("inline", "$");
            html = html.Replace(placeholder.ToString(),
                $"<span class=\"math {kind}\">{delimiter}{WebUtility.HtmlEncode(spans[k].Tex)}{delimiter}</span>", StringComparison.Ordinal);
        }

        return html;
    }

    /// <summary>Markdig's advanced extensions without its own math parser, which would otherwise pair stray prose dollars.</summary>
    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        builder.Extensions.TryRemove<Markdig.Extensions.Mathematics.MathExtension>();
        return builder.Build();
    }

    private static void AppendPlaceholder(StringBuilder sb, int index)
    {
        sb.Append(PlaceholderStart);
        do
        {
            sb.Append((char)(DigitBase + (index % DigitCount)));
            index /= DigitCount;
        }
        while (index > 0);
        sb.Append(PlaceholderEnd);
    }

    private static int LineEnd(string s, int start)
    {
        int newline = s.IndexOf('\n', start);
        return newline < 0 ? s.Length : newline + 1;
    }

    /// <summary>Opens or closes a fenced code block (``` or ~~~, up to 3 spaces indent) on this line; true when it did.</summary>
    private static bool FenceUpdate(ReadOnlySpan<char> line, ref string? fence)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3 || trimmed.Length < 3 || (trimmed[0] != '`' && trimmed[0] != '~'))
        {
            return false;
        }

        int run = 0;
        while (run < trimmed.Length && trimmed[run] == trimmed[0])
        {
            run++;
        }

        if (run < 3)
        {
            return false;
        }

        if (fence is null)
        {
            fence = new string(trimmed[0], run);
            return true;
        }

        if (trimmed[0] == fence[0] && run >= fence.Length && trimmed[run..].IsWhiteSpace())
        {
            fence = null;
            return true;
        }

        return false;
    }

    /// <summary>The index after the code span opening at <paramref name="start"/>, or after its backticks when it never closes.</summary>
    private static int CodeSpanEnd(string s, int start)
    {
        int run = RunLength(s, start, '`');
        for (int j = start + run; j < s.Length; j++)
        {
            if (s[j] == '`')
            {
                int closing = RunLength(s, j, '`');
                if (closing == run)
                {
                    return j + run;
                }

                j += closing - 1;
            }
            else if (IsBlankLineAt(s, j))
            {
                break;
            }
        }

        return start + run;
    }

    private static int RunLength(string s, int start, char c)
    {
        int j = start;
        while (j < s.Length && s[j] == c)
        {
            j++;
        }

        return j - start;
    }

    /// <summary>True at a newline that ends a paragraph (the next line is empty or white space only).</summary>
    private static bool IsBlankLineAt(string s, int j)
    {
        if (s[j] != '\n')
        {
            return false;
        }

        int k = j + 1;
        while (k < s.Length && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
        {
            k++;
        }

        return k >= s.Length || s[k] == '\n';
    }

    private static bool TryMath(string s, int start, out MathSpan span, out int next)
    {
        span = null!;
        next = start;
        bool display = start + 1 < s.Length && s[start + 1] == '$';
        int open = start + (display ? 2 : 1);
        if (open >= s.Length || (!display && char.IsWhiteSpace(s[open])))
        {
            return false;
        }

        for (int j = open; j < s.Length; j++)
        {
            if (s[j] == '\\')
            {
                j++;
            }
            else if (!display && IsBlankLineAt(s, j))
            {
                return false;
            }
            else if (s[j] == '$')
            {
                if (display)
                {
                    if (j + 1 >= s.Length || s[j + 1] != '$')
                    {
                        continue;
                    }

                    if (string.IsNullOrWhiteSpace(s[open..j]))
                    {
                        return false;
                    }

                    span = new MathSpan(s[open..j], Display: true);
                    next = j + 2;
                    return true;
                }

                if (char.IsWhiteSpace(s[j - 1]) || (j + 1 < s.Length && char.IsAsciiDigit(s[j + 1])))
                {
                    return false;
                }

                span = new MathSpan(s[open..j], Display: false);
                next = j + 1;
                return true;
            }
        }

        return false;
    }
}
