// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Formatting;

/// <summary>HTML to show as it is, made by the <c>HTML("...")</c> notebook function (the real kernel has the same function).</summary>
/// <param name="Html">An HTML fragment.</param>
public sealed record HtmlContent(string Html)
{
    /// <inheritdoc/>
    public override string ToString() => Html;
}
