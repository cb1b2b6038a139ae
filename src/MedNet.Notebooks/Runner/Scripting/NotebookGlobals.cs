// SPDX-License-Identifier: MIT
using MedNet.Notebooks.Runner.Formatting;

namespace MedNet.Notebooks.Runner.Scripting;

/// <summary>
/// The functions every notebook cell sees without a <c>using</c>, named as in the .NET Interactive C# kernel
/// (<c>display</c>, <c>HTML</c>), so a notebook behaves the same in the runner and in the real kernel.
/// </summary>
public sealed class NotebookGlobals
{
    /// <summary>Shows <paramref name="value"/> below the running cell, formatted as HTML and plain text.</summary>
    /// <param name="value">Any value; types with a <c>TypeFormatterSourceAttribute</c> use their own formatters.</param>
    /// <param name="mimeTypes">MIME types to show (e.g. <c>"text/plain"</c>); none shows every available form.</param>
    /// <returns>A handle whose <see cref="DisplayedValue.Update"/> replaces the shown value.</returns>
#pragma warning disable IDE1006, CA1822 // Named and shaped like .NET Interactive's Kernel.display so notebooks run unchanged.
    public DisplayedValue display(object? value, params string[] mimeTypes) => DisplayedValue.Show(value, mimeTypes);
#pragma warning restore IDE1006, CA1822

    /// <summary>Wraps an HTML fragment so that displaying it shows the markup rendered.</summary>
    /// <param name="html">An HTML fragment.</param>
    /// <returns>The wrapped fragment.</returns>
#pragma warning disable CA1822 // Instance member: script globals are instance members.
    public HtmlContent HTML(string html) => new(html);
#pragma warning restore CA1822
}
