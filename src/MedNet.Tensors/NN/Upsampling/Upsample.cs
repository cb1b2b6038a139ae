// SPDX-License-Identifier: MIT
using MedNet.Tensors.Autograd;

namespace MedNet.Tensors.NN;

/// <summary>Resamples the last dimension of (N, C, L) by nearest or linear interpolation, like <c>torch.nn.Upsample</c>.</summary>
/// <remarks>
/// out[t] = (1 − λ_t)·x[i0_t] + λ_t·x[i1_t] with the source positions of <see cref="UpsampleMode"/>; the backward scatters the
/// same weights. With scale_factor the output length is ⌊L·scale⌋ and the source scale is 1/scale_factor, as PyTorch's default
/// (recompute_scale_factor = None). Linear with align_corners = true maps the end samples onto each other:
/// src = t·(L_in − 1)/(L_out − 1).
/// </remarks>
public sealed class Upsample : Module<Tensor, Tensor>
{
    /// <summary>Creates the layer; give exactly one of size and scale_factor.</summary>
    /// <param name="size">Output length, or null.</param>
    /// <param name="scale_factor">Length multiplier, or null.</param>
    /// <param name="mode">Nearest (default) or linear.</param>
    /// <param name="align_corners">Linear only: true aligns the first and last samples of input and output; null (default) means false. PyTorch rejects it for nearest, and so does the kit.</param>
    public Upsample(long? size = null, double? scale_factor = null, UpsampleMode mode = UpsampleMode.Nearest, bool? align_corners = null)
    {
        if ((size is null) == (scale_factor is null))
        {
            throw new ArgumentException($"Upsample: expected exactly one of size and scale_factor but got size={size}, scale_factor={scale_factor}.");
        }

        if (align_corners is not null && mode == UpsampleMode.Nearest)
        {
            throw new ArgumentException("Upsample: align_corners can only be set with the interpolating mode 'linear', not 'nearest' (as PyTorch).", nameof(align_corners));
        }

        this.size = size;
        this.scale_factor = scale_factor;
        this.mode = mode;
        this.align_corners = align_corners ?? false;
    }

    /// <summary>Creates the layer from PyTorch's mode string ("nearest" or "linear").</summary>
    /// <param name="size">Output length, or null.</param>
    /// <param name="scale_factor">Length multiplier, or null.</param>
    /// <param name="mode">"nearest" or "linear"; 1-D input has no other PyTorch mode.</param>
    /// <param name="align_corners">As in the other constructor.</param>
    /// <returns>The layer.</returns>
    public static Upsample FromMode(long? size, double? scale_factor, string mode, bool? align_corners) => mode switch
    {
        "nearest" => new Upsample(size, scale_factor, UpsampleMode.Nearest, align_corners),
        "linear" => new Upsample(size, scale_factor, UpsampleMode.Linear, align_corners),
        _ => throw new ArgumentException($"Upsample: expected mode 'nearest' or 'linear' for (N, C, L) input but got '{mode}'.", nameof(mode)),
    };

    /// <summary>Output length or null.</summary>
    public long? size { get; }

    /// <summary>Scale factor or null.</summary>
    public double? scale_factor { get; }

    /// <summary>Interpolation.</summary>
    public UpsampleMode mode { get; }

    /// <summary>Whether linear interpolation aligns the corner samples.</summary>
    public bool align_corners { get; }

    /// <summary>Resamples.</summary>
    /// <param name="input">(N, C, L).</param>
    /// <returns>(N, C, L_out).</returns>
    public override Tensor forward(Tensor input)
    {
        var lin = input.Dims[^1];
        var lout = size is not null ? (int)size : (int)Math.Floor(lin * scale_factor!.Value);
        var scale = align_corners
            ? (lout > 1 ? (lin - 1) / (double)(lout - 1) : 0.0)
            : scale_factor is not null ? 1.0 / scale_factor.Value : (double)lin / lout;
        var i0 = new int[lout];
        var i1 = new int[lout];
        var lam = new double[lout];
        for (var t = 0; t < lout; t++)
        {
            switch (mode)
            {
                case UpsampleMode.Nearest:
                    i0[t] = i1[t] = Math.Min((int)Math.Floor(t * scale), lin - 1);
                    break;
                case UpsampleMode.Linear:
                    var src = align_corners ? t * scale : Math.Max(((t + 0.5) * scale) - 0.5, 0);
                    i0[t] = Math.Min((int)src, lin - 1);
                    i1[t] = Math.Min(i0[t] + 1, lin - 1);
                    lam[t] = src - i0[t];
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(mode), mode, $"Upsample: expected mode one of {string.Join(", ", Enum.GetNames<UpsampleMode>())}.");
            }
        }

        return Resample(input, i0, i1, lam);
    }

    /// <inheritdoc/>
    public override string extra_repr() => $"size={size}, scale_factor={scale_factor}, mode={mode}" + (align_corners ? ", align_corners=True" : string.Empty);

    private static Tensor Resample(Tensor x, int[] i0, int[] i1, double[] lambdas)
    {
        if (x.IsF64)
        {
            return Float64Pooling.Resample(x, i0, i1, lambdas);
        }

        var lam = new float[lambdas.Length];
        for (var t = 0; t < lam.Length; t++)
        {
            lam[t] = (float)lambdas[t];
        }

        var lin = x.Dims[^1];
        var lout = i0.Length;
        var rows = lin == 0 ? 0 : x.NumelInt / lin;
        var dims = (int[])x.Dims.Clone();
        dims[^1] = lout;
        var y = Tensor.Empty(dims);
        for (var r = 0; r < rows; r++)
        {
            for (var t = 0; t < lout; t++)
            {
                y.Data[(r * lout) + t] = ((1f - lam[t]) * x.Data[(r * lin) + i0[t]]) + (lam[t] * x.Data[(r * lin) + i1[t]]);
            }
        }

        return Engine.Record(
            y,
            "UpsampleBackward",
            g =>
            {
                var gx = Tensor.Zeros(x.Dims);
                for (var r = 0; r < rows; r++)
                {
                    for (var t = 0; t < lout; t++)
                    {
                        var gv = g.Data[(r * lout) + t];
                        gx.Data[(r * lin) + i0[t]] += (1f - lam[t]) * gv;
                        gx.Data[(r * lin) + i1[t]] += lam[t] * gv;
                    }
                }

                Engine.Accumulate(x, gx);
            },
            x);
    }
}
