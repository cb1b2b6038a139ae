// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;

namespace MedNet.Experiments.Explainability;

/// <summary>What <see cref="MsaExplanation.Run"/> measured and the data and networks it measured them on (for further plots).</summary>
/// <param name="Result">The §3.3 numbers.</param>
/// <param name="Figure1">The [MSA] Figure 1 rows.</param>
/// <param name="MitBih">MIT-BIH beats.</param>
/// <param name="MitBihModel">Guided network on MIT-BIH (AAMI).</param>
/// <param name="PtbXl">PTB-XL windows.</param>
/// <param name="PtbXlModel">Guided network on PTB-XL (NORM/MI).</param>
/// <param name="CinC">CinC windows.</param>
/// <param name="CinCGuided">Guided network on CinC (N/AF).</param>
/// <param name="CinCPlain">Network with plain spatial attention on CinC.</param>
public sealed record MsaExplanationRun(
    MsaExplanationResult Result,
    IReadOnlyList<Figure1Example> Figure1,
    ExplainedWindows MitBih,
    MsaClassifier MitBihModel,
    ExplainedWindows PtbXl,
    MsaClassifier PtbXlModel,
    ExplainedWindows CinC,
    MsaClassifier CinCGuided,
    MsaClassifier CinCPlain);
