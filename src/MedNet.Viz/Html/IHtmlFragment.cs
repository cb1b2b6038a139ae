// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Html;

/// <summary>Something that renders itself as a self-contained HTML fragment (a table, a note).</summary>
public interface IHtmlFragment
{
    /// <summary>Renders the fragment.</summary>
    /// <returns>HTML with all text encoded.</returns>
    string ToHtml();
}
