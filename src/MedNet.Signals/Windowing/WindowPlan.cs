// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Windowing;

/// <summary>Where the windows of one series go: first row and anchor per window, and what the edge rule left out.</summary>
/// <remarks>The only window arithmetic of the kit; <see cref="WindowCutter"/> fills the windows it plans.</remarks>
internal sealed class WindowPlan
{
    private WindowPlan(int[] firstRow, int[] anchor, int[] skipped)
    {
        FirstRow = firstRow;
        Anchor = anchor;
        Skipped = skipped;
    }

    /// <summary>Per window, the source row of its first element.</summary>
    public int[] FirstRow { get; }

    /// <summary>Per window, the row it stands for.</summary>
    public int[] Anchor { get; }

    /// <summary>Anchors or tail starts left out by a skip rule.</summary>
    public int[] Skipped { get; }

    /// <summary>N.</summary>
    public int Count => FirstRow.Length;

    /// <summary>Plans the windows of a series of <paramref name="rows"/> rows.</summary>
    /// <param name="rows">T ≥ 1.</param>
    /// <param name="spec">A valid spec.</param>
    /// <param name="anchors">Anchor rows for <see cref="WindowAlignment.AtAnchors"/>; empty otherwise.</param>
    /// <param name="caller">Operation name for messages.</param>
    /// <param name="series">What the series is called in messages (e.g. "series" or "series 3").</param>
    /// <returns>The plan.</returns>
    public static WindowPlan Create(int rows, WindowSpec spec, ReadOnlySpan<int> anchors, string caller, string series)
    {
        int w = spec.Length;
        bool pad = spec.Edges is EdgeRule.RepeatEdge or EdgeRule.ZeroPad;
        var first = new List<int>();
        var anchor = new List<int>();
        var skipped = new List<int>();
        switch (spec.Alignment)
        {
            case WindowAlignment.FromStart:
                int s = spec.Stride;
                int start = 0;
                for (; start + w <= rows; start += s)
                {
                    first.Add(start);
                    anchor.Add(start + w - 1);
                }

                int coveredTo = first.Count == 0 ? 0 : first[^1] + w;
                if (coveredTo < rows && start < rows)
                {
                    if (pad)
                    {
                        first.Add(start);
                        anchor.Add(Math.Min(rows - 1, start + w - 1));
                    }
                    else
                    {
                        skipped.Add(start);
                    }
                }

                break;
            case WindowAlignment.EndingBeforeRow:
            case WindowAlignment.EndingAtRow:
            case WindowAlignment.AtAnchors:
                bool atAnchors = spec.Alignment == WindowAlignment.AtAnchors;
                int offset = spec.ResolvedAnchorOffset;
                int n = atAnchors ? anchors.Length : rows;
                for (int i = 0; i < n; i++)
                {
                    int a = atAnchors ? anchors[i] : i;
                    if ((uint)a >= (uint)rows)
                    {
                        throw new ArgumentException(
                            $"{caller}: anchors: expected anchor points in [0, {rows}) of {series} but got {a} (anchor {i}).", nameof(anchors));
                    }

                    int f = a - offset;
                    if (!pad && (f < 0 || f + w > rows))
                    {
                        skipped.Add(a);
                        continue;
                    }

                    first.Add(f);
                    anchor.Add(a);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Alignment,
                    $"{caller}: Alignment: expected one of {string.Join(", ", Enum.GetNames<WindowAlignment>())} but got {spec.Alignment}.");
        }

        if (first.Count == 0 && spec.Edges == EdgeRule.Skip)
        {
            throw new ArgumentException(
                spec.Alignment == WindowAlignment.AtAnchors && anchors.IsEmpty
                    ? $"{caller}: anchors: expected at least one anchor point for Alignment = AtAnchors but got none. Use EdgeRule.SkipAllowEmpty to allow an empty set."
                    : spec.Alignment == WindowAlignment.FromStart
                    ? $"{caller}: expected at least W = {w} rows but got T = {rows} in {series}. Use a shorter window, EdgeRule.SkipAllowEmpty, or WindowSpec.Dtaad, which pads with the first row."
                    : $"{caller}: expected at least one window of W = {w} rows inside {series} (T = {rows}) but every window runs past an end. Use EdgeRule.SkipAllowEmpty or a padding rule.",
                "series");
        }

        return new WindowPlan([.. first], [.. anchor], [.. skipped]);
    }
}
