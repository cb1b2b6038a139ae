// SPDX-License-Identifier: MIT
using System.Net;
using System.Text.RegularExpressions;

namespace MedNet.Notebooks.Runner.Formatting;

/// <summary>HTML to show as it is, made by the <c>HTML("...")</c> notebook function (the real kernel has the same function).</summary>
/// <param name="Html">An HTML fragment.</param>
public sealed partial record HtmlContent(string Html)
{
    /// <summary>The fragment's text without tags, whitespace collapsed: its <c>text/plain</c> form.</summary>
    public string PlainText => WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(Html, " "), " ")).Trim();

    /// <inheritdoc/>
    public override string ToString() => Html;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
