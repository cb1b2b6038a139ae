// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Report;

/// <summary>One TeX formula taken out of a markdown cell before Markdig sees it.</summary>
/// <param name="Tex">The TeX between the delimiters, exactly as written (e.g. <c>a_1 * b_2</c>).</param>
/// <param name="Display">True for <c>$$…$$</c> (display math), false for <c>$…$</c> (inline).</param>
public sealed record MathSpan(string Tex, bool Display);
