// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Html;

/// <summary>KaTeX ready to inline into one HTML page: its stylesheet with the fonts embedded, and its script.</summary>
/// <param name="Css">katex.min.css with every font as a <c>data:</c> URI (woff2), safe inside a style element.</param>
/// <param name="Script">katex.min.js, safe inside a script element (defines the global <c>katex</c>).</param>
public sealed record KatexBundle(string Css, string Script);
