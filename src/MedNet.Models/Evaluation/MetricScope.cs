// SPDX-License-Identifier: MIT
namespace MedNet.Models.Evaluation;

/// <summary>The <see cref="MetricValue.Scope"/> names that are not class names.</summary>
/// <remarks>
/// A <see cref="ClassificationMetrics"/> lists its per-class rows under each class name and its averages under
/// <see cref="Overall"/>, <see cref="Macro"/> and <see cref="Weighted"/>; a <see cref="DetectionMetrics"/> lists every row
/// under <see cref="Adjusted"/> or <see cref="Raw"/>, the part names <c>PotMetrics</c> already prints. No class may be
/// named after a scope (<see cref="ConfusionMatrix.From"/> refuses it), so a scope is never ambiguous.
/// </remarks>
public static class MetricScope
{
    /// <summary>A value over every sample at once (accuracy, total support).</summary>
    public const string Overall = "overall";

    /// <summary>Unweighted mean of the per-class values (scikit-learn <c>average="macro"</c>).</summary>
    public const string Macro = "macro";

    /// <summary>Mean of the per-class values weighted by class support (scikit-learn <c>average="weighted"</c>).</summary>
    public const string Weighted = "weighted";

    /// <summary>Binary detection metrics after DTAAD's point adjustment (equals <c>PotMetrics.Adjusted</c>).</summary>
    public const string Adjusted = "adjusted";

    /// <summary>Binary detection metrics without point adjustment (equals <c>PotMetrics.Raw</c>).</summary>
    public const string Raw = "raw";

    /// <summary>Whether <paramref name="name"/> is one of the scope names above (compared ordinally, case-sensitive).</summary>
    /// <param name="name">A candidate class name.</param>
    /// <returns><see langword="true"/> for <c>overall</c>, <c>macro</c>, <c>weighted</c>, <c>adjusted</c> or <c>raw</c>.</returns>
    public static bool IsReserved(string name) => name is Overall or Macro or Weighted or Adjusted or Raw;
}
