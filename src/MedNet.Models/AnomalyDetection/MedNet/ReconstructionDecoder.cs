// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.MedNet;

/// <summary>MED-Net's reconstruction decoder: transposed convolutions from the fused feature maps to the window grid.</summary>
/// <remarks>
/// Source: [MEDNET] §3.5.7, Ŵ_t = Decoder(H̃1, H̃2) ∈ R^{C×L}, "a small stack of transposed convolutions or upsampling
/// convolutions". The paper gives no sizes; the kit uses Ŵ = ConvT_k(ReLU(ConvT_k([H̃1; H̃2]))) with stride 1 and
/// padding k/2 (the maps already have the window's length L), widths 2C → hidden → C. Differs: D-MN-02.
/// </remarks>
public sealed class ReconstructionDecoder : Module<Tensor, Tensor>
{
    private readonly ConvTranspose1d _hidden;
    private readonly ConvTranspose1d _output;

    /// <summary>Creates the decoder from the default generator.</summary>
    /// <param name="channels">Window channels C ≥ 1 (each fused map has C channels).</param>
    /// <param name="hidden">Width of the hidden layer ≥ 1.</param>
    /// <param name="kernelSize">Odd kernel size of both layers.</param>
    public ReconstructionDecoder(int channels, int hidden, int kernelSize)
    {
        if (channels < 1 || hidden < 1 || kernelSize < 1 || kernelSize % 2 == 0)
        {
            throw new ArgumentException(
                $"ReconstructionDecoder: expected channels ≥ 1, hidden ≥ 1 and an odd kernel but got C = {channels}, hidden = {hidden}, k = {kernelSize}.");
        }

        Channels = channels;
        _hidden = register_module("deconv_hidden", new ConvTranspose1d(2 * channels, hidden, kernelSize, padding: kernelSize / 2));
        _output = register_module("deconv_out", new ConvTranspose1d(hidden, channels, kernelSize, padding: kernelSize / 2));
    }

    /// <summary>Window channels C.</summary>
    public int Channels { get; }

    /// <summary>Reconstructs the window from the concatenated fused maps.</summary>
    /// <param name="input">[H̃1; H̃2] (B, 2C, W).</param>
    /// <returns>Ŵ (B, C, W).</returns>
    public override Tensor forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.dim() != 3 || input.size(1) != 2 * Channels)
        {
            throw new ArgumentException(
                $"ReconstructionDecoder: expected fused maps (B, {2 * Channels}, W) but got ({string.Join(", ", input.shape)}).", nameof(input));
        }

        return _output.call(_hidden.call(input).relu()); // (B, C, W)
    }
}
