// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Scripting;

/// <summary>The <c>value.Display()</c> extension that .NET Interactive notebooks use; imported into every runner cell.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows <paramref name="value"/> below the running cell.</summary>
    /// <param name="value">Any value.</param>
    /// <param name="mimeTypes">MIME types to show (e.g. <c>"text/plain"</c>); none shows every available form.</param>
    /// <returns>A handle whose <see cref="DisplayedValue.Update"/> replaces the shown value.</returns>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) => DisplayedValue.Show(value, mimeTypes);
}
