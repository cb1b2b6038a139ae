// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Compression;

/// <summary>
/// Post-training int8 quantisation of a trained network's weights: per-output-channel symmetric scales, no calibration data.
/// </summary>
/// <remarks>
/// Source: [MSA] §4.1 ("further reduction to 3.5MB through 8-bit quantization, resulting in minimal accuracy impact"); the
/// scheme is PyTorch's per-channel symmetric weight quantisation (zero point 0, range ±127). Rules by module type:
/// Conv1d and Linear <c>weight</c> → int8 per output channel; LSTM <c>weight_ih_*</c> / <c>weight_hh_*</c> → int8 per gate row
/// (4H rows per direction and layer); MultiheadAttention <c>in_proj_weight</c> → int8 per row (its <c>out_proj</c> is a
/// Linear); every bias, BatchNorm1d / LayerNorm parameter and buffer stays float32. Activations are not quantised: the model
/// computes in float32 with the dequantised weights q · s (weight-only, "dequantised compute"). Differs: D-MS-40.
/// </remarks>
public static class Int8Quantizer
{
    /// <summary>The rules, for messages.</summary>
    public const string SupportedDescription =
        "Conv1d/Linear weight, LSTM weight_ih/weight_hh, MultiheadAttention in_proj_weight (int8 per output channel); biases, BatchNorm1d, LayerNorm and buffers (float32)";

    /// <summary>Quantises every weight of <paramref name="model"/> that has an int8 rule and keeps the rest as float32.</summary>
    /// <param name="model">A trained network (left unchanged).</param>
    /// <param name="keepUnsupportedAsFloat">
    /// Store parameters owned directly by modules of other types as float32 instead of failing. Default: false.
    /// </param>
    /// <returns>The quantised weights and the float tensors, in state-dict order.</returns>
    /// <exception cref="UnsupportedModuleException">A module of another type owns parameters and <paramref name="keepUnsupportedAsFloat"/> is false.</exception>
    public static QuantizedModel Quantize(Module model, bool keepUnsupportedAsFloat = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        var quantised = new List<QuantizedTensor>();
        var floats = new List<KeyValuePair<string, Tensor>>();
        var kept = new List<string>();
        foreach (var (path, module) in model.named_modules())
        {
            var own = new List<(string Name, Tensor Value)>();
            foreach (var (name, p) in module.named_parameters(recurse: false))
            {
                own.Add((name, p));
            }

            if (own.Count == 0)
            {
                continue;
            }

            var supported = module is Conv1d or Linear or LSTM or MultiheadAttention or BatchNorm1d or LayerNorm;
            if (!supported && !keepUnsupportedAsFloat)
            {
                var names = new List<string>();
                foreach (var (n, _) in own)
                {
                    names.Add(n);
                }

                throw new UnsupportedModuleException(path, module.GetType().Name, names);
            }

            foreach (var (name, p) in own)
            {
                var full = path.Length == 0 ? name : $"{path}.{name}";
                if (IsInt8Weight(module, name))
                {
                    quantised.Add(QuantizedTensor.Quantize(full, p.data(), p.shape));
                }
                else
                {
                    floats.Add(new(full, p.detach().clone()));
                    if (!supported)
                    {
                        kept.Add($"{full} ({module.GetType().Name})");
                    }
                }
            }
        }

        foreach (var (name, b) in model.named_buffers())
        {
            // An int64 buffer (BatchNorm's num_batches_tracked) is stored as float32, exact below 2^24; load_state_dict converts it back.
            floats.Add(new(name, b.is_floating_point() ? b.detach().clone() : b.to(ScalarType.Float32)));
        }

        return new QuantizedModel(quantised, floats, kept);
    }

    /// <summary>Whether parameter <paramref name="name"/> of <paramref name="module"/> is stored as int8.</summary>
    /// <param name="module">The module that owns it directly.</param>
    /// <param name="name">The parameter's own name.</param>
    /// <returns>True for weight matrices and kernels.</returns>
    public static bool IsInt8Weight(Module module, string name) => module switch
    {
        Conv1d or Linear => name == "weight",
        LSTM => name.StartsWith("weight_", StringComparison.Ordinal),
        MultiheadAttention => name == "in_proj_weight",
        _ => false,
    };
}
