// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>Where the rows of one attention head live in a flat buffer, so heads are read in place instead of copied out.</summary>
/// <remarks>
/// Element (i, c) of head b = n·H + h is at Offset + n·SampleStride + h·D + i·RowStride + c. Examples with width w of
/// the last dimension: (N, L, w) batch-first gives SampleStride = L·w, RowStride = w; (L, N, w) gives SampleStride = w,
/// RowStride = N·w; packed [q | k | v] projections use Offset 0, E and 2E of one buffer.
/// </remarks>
/// <param name="Offset">Offset of head 0, row 0, column 0.</param>
/// <param name="SampleStride">Distance between samples n and n + 1.</param>
/// <param name="RowStride">Distance between rows i and i + 1 of a head.</param>
internal readonly record struct HeadLayout(long Offset, long SampleStride, long RowStride)
{
    /// <summary>Offset of row 0 of head b = n·H + h with head width d.</summary>
    internal long Start(int b, int heads, int d) => Offset + ((b / heads) * SampleStride) + ((long)(b % heads) * d);

    /// <summary>Layout of H heads of width d side by side in the last dimension (width <paramref name="width"/>) of a batch-first (N, L, width) or sequence-first (L, N, width) buffer.</summary>
    internal static HeadLayout Of(bool batchFirst, int n, int l, int width, long offset) =>
        batchFirst ? new HeadLayout(offset, (long)l * width, width) : new HeadLayout(offset, width, (long)n * width);
}
